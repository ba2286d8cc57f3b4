package org.frontline.claims;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compiled-once regular expressions for the reading rules. {@code String.matches} compiles its pattern on every
 * call, which made pattern compilation a visible share of the text path; the rules read better with the pattern
 * where it is used, so they keep it inline and this cache compiles each one once.
 */
final class Regex {
    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private Regex() {
    }

    static Pattern of(String regex) {
        return CACHE.computeIfAbsent(regex, Pattern::compile);
    }

    /** Whether the whole input matches, as {@code input.matches(regex)}. */
    static boolean matches(String input, String regex) {
        return of(regex).matcher(input).matches();
    }

    /** As {@code input.replaceFirst(regex, replacement)}. */
    static String replaceFirst(String input, String regex, String replacement) {
        return of(regex).matcher(input).replaceFirst(replacement);
    }

    /** As {@code input.split(regex)}. */
    static String[] split(String input, String regex) {
        return of(regex).split(input);
    }
}
