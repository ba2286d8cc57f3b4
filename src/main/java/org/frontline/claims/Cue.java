package org.frontline.claims;

/** An event word found in a sentence: its claim type and its span [start, end) in the sentence text. */
record Cue(ClaimType type, int start, int end, String word) {
    int distanceTo(int s, int e) {
        if (e <= start) return start - e;
        if (s >= end) return s - end;
        return 0;
    }
}
