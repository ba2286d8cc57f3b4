package org.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontline.SharedData;
import org.junit.jupiter.api.Test;

/** The splitter's shortcut past ICU for lines that can only be one sentence must agree with ICU. */
class SentenceSplitterTest {
    private final BreakIterator icu = SentenceSplitter.newIterator();

    @Test
    void takesOnlyLinesIcuKeepsWhole() {
        assertThat(SentenceSplitter.oneSentence("Russian troops shelled Kharkiv on Monday, the governor said.")).isTrue();
        assertThat(SentenceSplitter.oneSentence("“We will not give up,” he said.”  ")).isTrue();
        assertThat(SentenceSplitter.oneSentence("Live updates")).isTrue();
        assertThat(SentenceSplitter.oneSentence("Where are they?! ")).isTrue();
        assertThat(SentenceSplitter.oneSentence("Kyiv was shelled. Kharkiv too.")).isFalse();
        assertThat(SentenceSplitter.oneSentence("Prices rose 3.5 percent")).isFalse();
        assertThat(SentenceSplitter.oneSentence("It ended. ”")).isFalse();
        assertThat(SentenceSplitter.oneSentence("one\u2029two")).isFalse();
        assertThat(SentenceSplitter.oneSentence("emoji \uD83D\uDE00 here")).isFalse();
        for (String line : List.of("Russian troops shelled Kharkiv on Monday, the governor said.", "“We will not give up,” he said.”  ",
                "Live updates", "Where are they?! ", "Mr. Zelensky")) {
            if (SentenceSplitter.oneSentence(line)) assertThat(icuBreaks(line)).as(line).containsExactly(0, line.length());
        }
    }

    @Test
    void keepsTitlesAndPlaceNameAbbreviationsInsideTheirSentence() {
        String text = "Gen. Valery Zaluzhnyi said the consulate in St. Petersburg was closed. Gov. Syniehubov agreed.";
        List<Sentence> sentences = new Ingest().prepare(new Article("a", "", "", "", java.time.LocalDate.of(2022, 3, 1), text)).sentences();
        assertThat(sentences).extracting(s -> text.substring(s.start(), s.end()).strip()).containsExactly(
                "Gen. Valery Zaluzhnyi said the consulate in St. Petersburg was closed.", "Gov. Syniehubov agreed.");
    }

    @Test
    void agreesWithIcuOnEveryLineOfTheCorpus() throws Exception {
        List<String> lines = new ArrayList<>();
        // the JSON lines cut at their escaped line breaks: the texts' lines, with some JSON around the first and last
        for (String json : Files.readAllLines(SharedData.file("data/corpus/warline_2022_all.jsonl"))) lines.addAll(List.of(json.split("\\\\n")));
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) lines.addAll(Files.readAllLines(p));
        }
        int taken = 0;
        for (String line : lines) {
            if (line.isBlank() || !SentenceSplitter.oneSentence(line)) continue;
            taken++;
            assertThat(icuBreaks(line)).as(line).containsExactly(0, line.length());
        }
        assertThat(taken).isGreaterThan(400);
    }

    private List<Integer> icuBreaks(String line) {
        icu.setText(line);
        List<Integer> out = new ArrayList<>();
        for (int b = icu.first(); b != BreakIterator.DONE; b = icu.next()) out.add(b);
        return out;
    }
}
