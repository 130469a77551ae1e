package org.peacetalks.eval;

import java.util.Arrays;

/** Maximum one-to-one matching in a bipartite graph (Kuhn's augmenting paths): gold items left, extracted items right. */
final class Matching {
    private Matching() {}

    /** For each right-hand item, the index of the left-hand item it is matched to, or -1. */
    static int[] maximum(boolean[][] edge, int right) {
        int[] matchOfRight = new int[right];
        Arrays.fill(matchOfRight, -1);
        for (int l = 0; l < edge.length; l++) augment(l, edge, matchOfRight, new boolean[right]);
        return matchOfRight;
    }

    private static boolean augment(int l, boolean[][] edge, int[] matchOfRight, boolean[] seen) {
        for (int r = 0; r < matchOfRight.length; r++) {
            if (!edge[l][r] || seen[r]) continue;
            seen[r] = true;
            if (matchOfRight[r] < 0 || augment(matchOfRight[r], edge, matchOfRight, seen)) {
                matchOfRight[r] = l;
                return true;
            }
        }
        return false;
    }
}
