package org.frontline.ingest;

import java.util.List;

/** What a seeds folder held: the articles that could be read, and a precise message for each file that could not. */
public record SeedScan(List<Article> articles, List<String> problems) {
    public SeedScan {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
