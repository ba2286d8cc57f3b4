package org.frontline.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.frontline.claims.Claim;
import org.frontline.gazetteer.Candidate;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.Place;
import org.frontline.resolve.Mention;
import org.frontline.store.PlaceRow;
import org.frontline.store.StoredClaim;

/** Turns the pipeline's values into the features of the HTTP contract (property names as DESIGN.md lists them). */
final class Features {
    private Features() {
    }

    static PointFeature claim(StoredClaim stored) {
        Claim c = stored.claim();
        Mention m = c.place();
        Place p = m.place();
        Map<String, Object> props = new LinkedHashMap<>(32); // 23 properties: no rehash on the way
        props.put("id", c.id());
        props.put("date", c.date());
        props.put("datePrecision", c.datePrecision().wire());
        props.put("published", c.published());
        props.put("type", c.type().wire());
        props.put("actor", c.actor());
        props.put("claimant", c.claimant());
        props.put("claimantSide", c.claimantSide());
        props.put("hedged", c.hedged());
        props.put("placeId", p.id());
        props.put("placeName", p.name());
        props.put("mentionText", m.text());
        props.put("quote", c.quote());
        props.put("quoteStart", c.quoteStart());
        props.put("quoteEnd", c.quoteEnd());
        // offsets of the place name inside the quote, so a popup can mark it without searching; null when the
        // place was named in a neighbouring sentence of the same entry
        boolean inside = m.start() >= c.quoteStart() && m.end() <= c.quoteEnd() && m.end() > m.start();
        props.put("mentionStart", inside ? m.start() - c.quoteStart() : null);
        props.put("mentionEnd", inside ? m.end() - c.quoteStart() : null);
        props.put("article", c.articleId());
        props.put("articleTitle", stored.articleTitle());
        props.put("source", c.source());
        props.put("url", stored.articleUrl());
        props.put("confidence", m.confidence());
        props.put("conflictsWith", c.conflictsWith());
        return new PointFeature(p.lon(), p.lat(), props);
    }

    static PointFeature claim(Claim c) {
        return claim(new StoredClaim(c, null, null));
    }

    static PointFeature mention(Mention m) {
        Place p = m.place();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("article", m.articleId());
        props.put("text", m.text());
        props.put("start", m.start());
        props.put("end", m.end());
        props.put("sentence", m.sentenceIndex());
        props.put("matchedName", m.matchedName());
        props.put("placeId", p == null ? null : p.id());
        props.put("placeName", p == null ? null : p.name());
        props.put("admin1", p == null ? null : p.admin1());
        props.put("country", p == null ? null : p.countryCode());
        props.put("featureCode", p == null ? null : p.featureCode());
        props.put("confidence", m.confidence());
        props.put("reason", m.reason());
        return new PointFeature(p == null ? null : p.lon(), p == null ? null : p.lat(), props);
    }

    static PointFeature place(PlaceRow r) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("placeId", r.placeId());
        props.put("name", r.name());
        props.put("admin1", r.admin1());
        props.put("country", r.country());
        props.put("featureCode", r.featureCode());
        props.put("mentions", r.mentions());
        return new PointFeature(r.lon(), r.lat(), props);
    }

    static PointFeature candidate(Candidate c, int rank, Gazetteer gazetteer) {
        Place p = c.place();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("rank", rank);
        props.put("placeId", p.id());
        props.put("name", p.name());
        props.put("admin1", p.admin1());
        props.put("admin1Name", gazetteer.admin1Name(p.countryCode(), p.admin1()).orElse(null));
        props.put("country", p.countryCode());
        props.put("featureClass", p.featureClass());
        props.put("featureCode", p.featureCode());
        props.put("population", p.population());
        props.put("matchedName", c.matchedName());
        props.put("match", c.match().name().toLowerCase(java.util.Locale.ROOT));
        props.put("source", p.source());
        return new PointFeature(p.lon(), p.lat(), props);
    }
}
