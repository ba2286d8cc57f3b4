package org.frontline.ingest;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits article body into sentences with offsets into the original text, using ICU's sentence rules with the
 * English abbreviation exceptions (Mr., Gen., St.) so that titles do not cut sentences.
 */
final class SentenceSplitter {
    private static final ULocale ENGLISH_WITH_EXCEPTIONS = new ULocale("en@ss=standard");
    /**
     * One iterator per thread, pointed at each line in turn: building one (rules, exception trie) costs more than
     * splitting a short article, and an iterator holds its text, so threads cannot share one.
     */
    private static final ThreadLocal<BreakIterator> ITERATOR = ThreadLocal.withInitial(SentenceSplitter::newIterator);

    /**
     * ICU's English sentence rules with CLDR's abbreviation exceptions (Mr., Col., Sgt.), plus the ones CLDR's list
     * lacks that war news and place names use all the time: titles (Gen. Zaluzhnyi, Gov. Syniehubov, Adm., Sen.,
     * Dr.) and the abbreviations that begin place names. Without them "Gen. Valery Zaluzhnyi said" loses its
     * claimant to another sentence, and "the consulate in St. Petersburg" loses its city (or gains a Petersburg in
     * Virginia). "St." also ends "Orchard St." now and then; a street address joined to the next sentence costs less
     * than a city cut in half.
     */
    static BreakIterator newIterator() {
        FilteredBreakIteratorBuilder exceptions = FilteredBreakIteratorBuilder.getInstance(ENGLISH_WITH_EXCEPTIONS);
        for (String a : List.of("Gen.", "Gens.", "Adm.", "Brig.", "Cmdr.", "Gov.", "Sen.", "Pres.", "Dr.", "St.", "Ste.",
                "Ft.", "Pt.")) {
            exceptions.suppressBreakAfter(a);
        }
        // the builder already holds CLDR's list: the iterator it wraps is the plain one, not filtered a second time
        return exceptions.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
    }

    List<Sentence> split(String text, List<Line> lines, List<TextRange> chrome) {
        List<Sentence> out = new ArrayList<>();
        BreakIterator it = ITERATOR.get();
        int paragraph = -1;
        boolean previousBlank = true;
        for (Line line : lines) {
            if (line.blank()) {
                previousBlank = true;
                continue;
            }
            if (isChrome(line, chrome)) continue;
            // Each non-blank line is a block in these captures (live blogs put one paragraph a line), so a new line
            // always starts a new paragraph; blank lines only make the break more certain.
            paragraph++;
            previousBlank = false;
            boolean heading = line.words() <= 20 && !line.endsLikeProse();
            if (oneSentence(line.text())) {
                add(out, text, paragraph, heading, line, line.start(), line.end());
                continue;
            }
            it.setText(line.text());
            int s = it.first();
            for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
                add(out, text, paragraph, heading, line, line.start() + s, line.start() + e);
            }
        }
        return out;
    }

    private static void add(List<Sentence> out, String text, int paragraph, boolean heading, Line line, int start, int end) {
        while (start < end && isLead(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end <= start) return;
        // a sentence that is its whole line (most are) shares the line's string instead of copying it again
        String sentence = start == line.start() && end == line.end() ? line.text() : text.substring(start, end);
        out.add(new Sentence(out.size(), paragraph, start, end, sentence, heading));
    }

    /**
     * Whether ICU's sentence rules (UAX #29) can find no break inside the line, which then is one sentence without
     * asking them: they break only after a terminator (. ! ? and their kin) or a paragraph separator, and never inside
     * a closing run of terminators, closing punctuation and spaces ("... said.”  "). Headings, bylines and the many
     * one-sentence lines of live blogs pass; ICU's iterator costs more than the rest of ingest together.
     * Conservative: a character outside the Basic Multilingual Plane sends the line to ICU.
     */
    static boolean oneSentence(String line) {
        int k = line.length();
        while (k > 0 && breakClass(line.charAt(k - 1)) == UCharacter.SentenceBreak.SP) k--;
        while (k > 0 && breakClass(line.charAt(k - 1)) == UCharacter.SentenceBreak.CLOSE) k--;
        while (k > 0 && terminator(breakClass(line.charAt(k - 1)))) k--;
        for (int i = 0; i < k; i++) {
            int c = breakClass(line.charAt(i));
            if (terminator(c) || c == UCharacter.SentenceBreak.SEP || c == UCharacter.SentenceBreak.CR
                    || c == UCharacter.SentenceBreak.LF || c == SURROGATE) {
                return false;
            }
        }
        return true;
    }

    private static boolean terminator(int breakClass) {
        return breakClass == UCharacter.SentenceBreak.ATERM || breakClass == UCharacter.SentenceBreak.STERM;
    }

    private static final int SURROGATE = -1;
    /** Sentence_Break values of the first 2,048 characters, asked of ICU once. */
    private static final byte[] BREAK_CLASS = new byte[0x800];

    static {
        for (char c = 0; c < BREAK_CLASS.length; c++) {
            BREAK_CLASS[c] = (byte) UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK);
        }
    }

    private static int breakClass(char c) {
        if (c < BREAK_CLASS.length) return BREAK_CLASS[c];
        if (Character.isSurrogate(c)) return SURROGATE;
        return UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK);
    }

    private static boolean isLead(char c) {
        return Character.isWhitespace(c) || c == '•' || c == '-' || c == '*' || c == '–' || c == '\u00a0';
    }

    private static boolean isChrome(Line line, List<TextRange> chrome) {
        for (TextRange r : chrome) {
            if (r.start() <= line.start() && line.end() <= r.end()) return true;
        }
        return false;
    }
}
