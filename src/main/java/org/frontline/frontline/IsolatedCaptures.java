package org.frontline.frontline;

import org.frontline.frontline.SettlementControl.Basis;

/**
 * Russian captures behind Ukrainian lines: a place held by Russia by its own claims, outside the pre-war
 * Russian-held territory, none of whose neighbours in the date's {@link BetweenRule.Mesh} (the places decided by
 * claims, the pre-war territory, the border with Russia and Belarus) is Russian-held. Such a report is a raid, a
 * stale row or a row placed on the wrong village of that name (Petropavlivka in Dnipropetrovsk oblast for the one in
 * Kharkiv oblast); it keeps its own cell but lends its side to no village around it. A thrust from the border, however
 * deep, has the border or another capture as a neighbour and is not isolated.
 */
final class IsolatedCaptures {

    private IsolatedCaptures() {
    }

    /** Per settlement: true for an isolated capture. Sides are those decided by claims (null: undecided). */
    static boolean[] find(BetweenRule.Mesh mesh, Side[] side, Basis[] basis, Side[] baseline) {
        int n = side.length;
        boolean[] ruNeighbour = new boolean[n];
        for (int q = 0; q < mesh.triangles(); q++) {
            for (int e = 0; e < 3; e++) {
                int a = mesh.corner(q, e);
                if (mesh.rear(a)) {
                    continue;
                }
                for (int f = 1; f < 3; f++) {
                    int b = mesh.corner(q, (e + f) % 3);
                    ruNeighbour[a] |= mesh.rear(b) || (side[b] == null ? baseline[b] : side[b]) == Side.RU;
                }
            }
        }
        boolean[] isolated = new boolean[n];
        for (int i = 0; i < n; i++) {
            isolated[i] = basis[i] == Basis.CLAIM && side[i] == Side.RU && baseline[i] == Side.UA && !ruNeighbour[i];
        }
        return isolated;
    }
}
