package org.frontline.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Links claims that cannot both be true, so that the map shows them side by side instead of silently picking one.
 *
 * <p>Two claims about the same place and the same date conflict when (a) both say who holds the place afterwards
 * and they disagree - "captured by RU" against "captured by UA" or "repelled by UA" - or (b) the two belligerents
 * (or a belligerent and a third party) tell different stories about it and at least one of them is about control:
 * Russia's "we captured Snake Island and the garrison surrendered" against Ukraine's "all border guards were killed
 * by a warship's fire". Two sides saying the same thing corroborate each other and are not linked.
 */
final class ConflictLinker {
    private ConflictLinker() {
    }

    static List<Claim> link(List<Claim> claims) {
        Map<String, Set<String>> links = new LinkedHashMap<>();
        Map<String, List<Claim>> groups = new LinkedHashMap<>();
        for (Claim c : claims) {
            if (c.place() == null || c.place().place() == null || c.date() == null) continue;
            groups.computeIfAbsent(c.place().place().id() + "@" + c.date(), k -> new ArrayList<>()).add(c);
        }
        for (List<Claim> g : groups.values()) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    Claim a = g.get(i);
                    Claim b = g.get(j);
                    if (!a.id().equals(b.id()) && conflict(a, b)) {
                        links.computeIfAbsent(a.id(), k -> new TreeSet<>()).add(b.id());
                        links.computeIfAbsent(b.id(), k -> new TreeSet<>()).add(a.id());
                    }
                }
            }
        }
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            Set<String> found = links.get(c.id());
            if (found == null || c.conflictsWith().containsAll(found)) {
                out.add(c); // nothing new: most claims (a day of the map links 3,000 of them)
                continue;
            }
            Set<String> ids = new TreeSet<>(c.conflictsWith());
            ids.addAll(found);
            out.add(c.withConflicts(List.copyOf(ids)));
        }
        return out;
    }

    static boolean conflict(Claim a, Claim b) {
        String holderA = holder(a);
        String holderB = holder(b);
        if (holderA != null && holderB != null) return !holderA.equals(holderB);
        boolean control = isControl(a.type()) || isControl(b.type());
        String sa = a.claimantSide();
        String sb = b.claimantSide();
        boolean differentTellers = sa != null && sb != null && !sa.equals(sb)
                && (Side.belligerent(sa) || Side.belligerent(sb));
        boolean differentStories = a.type() != b.type() || !Objects.equals(a.actor(), b.actor());
        return control && differentTellers && differentStories;
    }

    /** The side a claim says holds the place after the event, if it says so. */
    private static String holder(Claim c) {
        if (!Side.belligerent(c.actor())) return null;
        return switch (c.type()) {
            case CAPTURED, REPELLED -> c.actor();
            case WITHDRAWN -> Side.opposite(c.actor());
            default -> null;
        };
    }

    private static boolean isControl(ClaimType t) {
        return t == ClaimType.CAPTURED || t == ClaimType.WITHDRAWN || t == ClaimType.REPELLED;
    }
}
