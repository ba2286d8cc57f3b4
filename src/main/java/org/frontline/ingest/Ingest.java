package org.frontline.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * The ingest stage: reads articles from a seeds folder and prepares any article for the pipeline (page chrome
 * marked, body split into sentences with offsets into the original text).
 */
public final class Ingest {
    private final SeedFolderReader seeds = new SeedFolderReader();
    private final ChromeDetector chrome = new ChromeDetector();
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** Every readable article of the folder, and a file-naming message for each file that is not one. */
    public SeedScan readSeeds(Path folder) {
        return seeds.read(folder);
    }

    public PreparedArticle prepare(Article article) {
        // the lines are cut once for both passes
        List<Line> lines = Line.split(article.text());
        List<TextRange> chromeRanges = chrome.detect(lines, article.published());
        return new PreparedArticle(article, chromeRanges, splitter.split(article.text(), lines, chromeRanges));
    }
}
