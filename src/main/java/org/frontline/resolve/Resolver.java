package org.frontline.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.gazetteer.Candidate;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.GazetteerService;
import org.frontline.gazetteer.Place;
import org.frontline.ingest.PreparedArticle;
import org.frontline.ingest.Sentence;
import org.frontline.ingest.TextRange;

/**
 * The resolve stage: finds the toponyms of an article and picks one gazetteer place for each, or abstains. Uses
 * the gazetteer in force at the time of the call, so a reload takes effect on the next article. Thread-safe: one
 * resolver serves all requests.
 *
 * <p>Find, choose, annotate: {@link SpanFinder} finds the names, {@link Disambiguator} chooses a place for each,
 * then each resolved mention is read for a relative phrase leading up to it ({@link RelativePhrases}) and for
 * government-for-place use ({@link Metonymy}).
 */
public final class Resolver {
    private final GazetteerService gazetteer;
    private final ResolverProfile profile;
    private final Disambiguator disambiguator;
    private final Lookups lookups;

    /** A resolver for war news from Ukraine ({@link ResolverProfile#UKRAINE}). */
    public Resolver(GazetteerService gazetteer) {
        this(gazetteer, ResolverProfile.UKRAINE);
    }

    public Resolver(GazetteerService gazetteer, ResolverProfile profile) {
        this.gazetteer = gazetteer;
        this.profile = profile;
        this.disambiguator = new Disambiguator(profile);
        this.lookups = new Lookups(profile.worldNames());
    }

    public ResolverProfile profile() {
        return profile;
    }

    /** Every toponym the article names, in text order, resolved or abstained. */
    public List<Mention> resolve(PreparedArticle article) {
        Gazetteer g = gazetteer.current();
        SpanFinder finder = new SpanFinder(g, lookups, profile);
        String text = article.article().text();
        List<Span> spans = new ArrayList<>();
        for (Sentence s : article.sentences()) spans.addAll(finder.find(text, s));
        return mentions(article, spans, disambiguator.choose(text, spans));
    }

    /**
     * Resolves the given spans of the article (a person's or another recogniser's toponyms) instead of finding
     * them. Every span gets a mention: a name the gazetteer cannot find even by a fuzzy search (a neighbourhood,
     * a street, a river) falls back to the article's focus - the place it names most often among those it
     * resolved with confidence - with confidence {@link #FOCUS_CONFIDENCE} and a reason that says so, because a
     * place the gazetteer does not know is, in local news, most often inside the town the article is about.
     */
    public List<Mention> resolveAt(PreparedArticle article, List<TextRange> ranges) {
        Gazetteer g = gazetteer.current();
        String text = article.article().text();
        List<Span> spans = new ArrayList<>(ranges.size());
        for (TextRange r : ranges) {
            Sentence s = sentenceAt(article, r.start());
            String name = text.substring(r.start(), r.end());
            String expanded = profile.worldNames() ? Abbreviations.expand(name.strip()) : null;
            List<Candidate> found = expanded != null ? Abbreviations.filter(name.strip(), lookups.lookup(g, expanded))
                    : lookups.lookup(g, name);
            if (found.isEmpty()) found = g.search(name, 40);
            spans.add(new Span(s == null ? -1 : s.index(), s == null ? -1 : s.paragraph(), r.start(), r.end(), name, found));
        }
        // a span a person marked is a place: no abstaining, the best reading however unsure
        List<Disambiguator.Choice> choices = new ArrayList<>();
        for (Disambiguator.Choice c : disambiguator.choose(text, spans)) {
            choices.add(c.place() == null && c.candidate() != null
                    ? new Disambiguator.Choice(c.candidate().place(), c.candidate(), c.confidence(), c.reason()) : c);
        }
        List<Mention> out = mentions(article, spans, choices);
        Place focus = focus(out);
        if (focus == null) return out;
        List<Mention> filled = new ArrayList<>(out.size());
        for (Mention m : out) {
            filled.add(m.resolved() ? m : new Mention(m.articleId(), m.sentenceIndex(), m.start(), m.end(), m.text(),
                    null, focus, FOCUS_CONFIDENCE, "not in the gazetteer: article focus " + focus.name(), null, 0));
        }
        return filled;
    }

    /** The confidence of a fallback to the article's focus: a guess, flagged as one. */
    public static final double FOCUS_CONFIDENCE = 0.05;

    /**
     * The settlement (else region) that carries most of the article's confidence: the sum of the confidences of
     * its mentions, so that one sure "New Orleans" outweighs two doubtful readings of "Franklin".
     */
    private static Place focus(List<Mention> mentions) {
        Place best = null;
        for (int pass = 0; pass < 2 && best == null; pass++) {
            Map<Long, Double> weight = new HashMap<>();
            double bestWeight = 0;
            for (Mention m : mentions) {
                if (!m.resolved() || m.confidence() <= FOCUS_CONFIDENCE) continue;
                if (pass == 0 && (m.place().isRegion() || "CONT".equals(m.place().featureCode()))) continue;
                double w = weight.merge(m.place().id(), m.confidence(), Double::sum);
                if (w > bestWeight) {
                    bestWeight = w;
                    best = m.place();
                }
            }
        }
        return best;
    }

    private static Sentence sentenceAt(PreparedArticle article, int offset) {
        Sentence last = null;
        for (Sentence s : article.sentences()) {
            if (s.start() > offset) break;
            last = s;
        }
        return last;
    }

    private List<Mention> mentions(PreparedArticle article, List<Span> spans, List<Disambiguator.Choice> choices) {
        String text = article.article().text();
        List<Mention> mentions = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            Disambiguator.Choice c = choices.get(i);
            String matched = c.candidate() == null ? null : c.candidate().matchedName();
            RelativeLocation relative = null;
            double metonymy = 0;
            if (c.place() != null) {
                Sentence sentence = s.sentenceIndex() >= 0 && s.sentenceIndex() < article.sentences().size()
                        ? article.sentences().get(s.sentenceIndex()) : null;
                relative = RelativePhrases.read(text, sentence == null ? 0 : sentence.start(), s.start(), s.end(), c.place());
                metonymy = Metonymy.likelihood(text, s.start(), s.end(), c.place());
            }
            mentions.add(new Mention(article.article().id(), s.sentenceIndex(), s.start(), s.end(), s.text(), matched,
                    c.place(), round(c.confidence()), c.reason(), relative, metonymy));
        }
        return mentions;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
