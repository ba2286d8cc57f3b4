package org.frontline.ingest;

/** A half-open character range [start, end) into an article's original text. */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range " + start + ".." + end);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public int length() {
        return end - start;
    }
}
