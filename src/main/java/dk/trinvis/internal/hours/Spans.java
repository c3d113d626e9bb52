package dk.trinvis.internal.hours;

import java.util.Comparator;
import java.util.List;

/** A day's open spans as a flat sorted array {@code [start, end, start, end, ...]} of minutes. */
final class Spans {
    /** No span: closed all day. */
    static final int[] NONE = new int[0];

    private Spans() {
    }

    /** Sorts and merges the spans; empty spans go. The list's arrays are not changed. */
    static int[] merge(List<int[]> spans) {
        if (spans.isEmpty()) {
            return NONE;
        }
        int[][] sorted = spans.toArray(new int[0][]);
        java.util.Arrays.sort(sorted, Comparator.comparingInt(s -> s[0]));
        int[] out = new int[sorted.length * 2];
        int n = 0;
        for (int[] s : sorted) {
            if (n > 0 && s[0] <= out[n - 1]) {
                out[n - 1] = Math.max(out[n - 1], s[1]);
            } else if (s[1] > s[0]) {
                out[n++] = s[0];
                out[n++] = s[1];
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }
}
