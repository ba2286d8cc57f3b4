package org.frontline.claims;

/**
 * A phrase that names a side as a possible agent ("Russian troops", "Moscow", "Ukraine"), with its span in the
 * sentence. {@code side} is "UA", "RU", or {@link Sides#SELF} for "its forces"/"our troops", which take the
 * claimant's side.
 */
record SidePhrase(String side, int start, int end, String text) {
}
