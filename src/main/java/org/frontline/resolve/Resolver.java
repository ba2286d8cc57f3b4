package org.frontline.resolve;

import java.util.ArrayList;
import java.util.List;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.GazetteerService;
import org.frontline.ingest.PreparedArticle;
import org.frontline.ingest.Sentence;

/**
 * The resolve stage: finds the toponyms of an article and picks one gazetteer place for each, or abstains. Uses
 * the gazetteer in force at the time of the call, so a reload takes effect on the next article.
 */
public final class Resolver {
    private final GazetteerService gazetteer;
    private final Disambiguator disambiguator = new Disambiguator();

    public Resolver(GazetteerService gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Mention> resolve(PreparedArticle article) {
        Gazetteer g = gazetteer.current();
        SpanFinder finder = new SpanFinder(g);
        String text = article.article().text();
        List<Span> spans = new ArrayList<>();
        for (Sentence s : article.sentences()) spans.addAll(finder.find(text, s));
        List<Disambiguator.Choice> choices = disambiguator.choose(spans);
        List<Mention> mentions = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            Disambiguator.Choice c = choices.get(i);
            if (c.candidate() == null) continue; // every reading was implausible: a capitalised word, not a toponym
            String matched = c.candidate() == null ? null : c.candidate().matchedName();
            mentions.add(new Mention(article.article().id(), s.sentenceIndex(), s.start(), s.end(), s.text(), matched,
                    c.place(), round(c.confidence()), c.reason()));
        }
        return mentions;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
