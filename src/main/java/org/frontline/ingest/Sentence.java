package org.frontline.ingest;

/**
 * A sentence of article body text. {@code start}/{@code end} are offsets into {@link Article#text()};
 * {@code paragraph} numbers the body paragraphs (blank-line or line separated blocks) so that later stages can
 * look for an attribution in the sentences around a claim. {@code heading} marks a one-line block without final
 * punctuation (live-blog entry titles, list headlines).
 */
public record Sentence(int index, int paragraph, int start, int end, String text, boolean heading) {
}
