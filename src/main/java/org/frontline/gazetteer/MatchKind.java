package org.frontline.gazetteer;

/** How a query string met a gazetteer name, strongest first. */
public enum MatchKind {
    /** the name as written, after case and diacritic folding */
    EXACT,
    /** after transliteration or a romanisation variant rule (Kharkov, Gostomel, Харків) */
    VARIANT,
    /** a region phrase ("Kharkiv region", "Kherson province") resolved to the oblast */
    REGION,
    /** one edit away from a longer name (Kremenchuck) */
    FUZZY
}
