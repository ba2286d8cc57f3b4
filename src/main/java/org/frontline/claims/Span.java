package org.frontline.claims;

/** A half-open range [start, end) relative to one sentence's text. */
record Span(int start, int end) {
    boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    boolean overlaps(int s, int e) {
        return s < end && e > start;
    }
}
