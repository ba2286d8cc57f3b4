package org.frontline.claims;

/**
 * Who a claim is attributed to: the words of the text ("Russia's defence ministry"), their side (UA, RU, or a
 * third party such as US, UK, NATO, UN, EU, press; null when the words do not tell), whether the attributing verb
 * itself doubts ("claims"), and how it was found.
 */
record Speaker(String text, String side, boolean hedgedVerb, Attribution.Kind kind) {
}
