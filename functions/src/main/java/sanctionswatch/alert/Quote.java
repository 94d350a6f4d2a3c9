package sanctionswatch.alert;

import sanctionswatch.match.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The sentence or paragraph around a match, as written, with the matched text marked «thus». */
final class Quote {
    private static final int MAX = 400;

    private Quote() {}

    static String sentence(String text, int from, int to, List<Mention> marked) {
        List<int[]> spans = new ArrayList<>();
        for (Mention m : marked) {
            spans.add(new int[]{m.start(), m.end()});
        }
        return sentenceMarked(text, from, to, spans);
    }

    static String sentenceMarked(String text, int from, int to, List<int[]> spans) {
        int s = from;
        while (s > 0 && text.charAt(s - 1) != '\n' && !(isStop(text.charAt(s - 1)) && Character.isWhitespace(text.charAt(s)))) {
            s--;
        }
        int e = to;
        while (e < text.length() && !isStop(text.charAt(e)) && text.charAt(e) != '\n') {
            e++;
        }
        if (e < text.length() && isStop(text.charAt(e))) {
            e++;
        }
        return marked(text, s, e, spans);
    }

    static String paragraphMarked(String text, int from, int to, List<int[]> spans) {
        int s = text.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
        int e = text.indexOf('\n', to);
        return marked(text, s, e < 0 ? text.length() : e, spans);
    }

    private static String marked(String text, int s, int e, List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(a -> a[0]));
        StringBuilder out = new StringBuilder(e - s + 8);
        int at = s;
        for (int[] span : sorted) {
            if (span[0] < at || span[1] > e) {
                continue;
            }
            out.append(text, at, span[0]).append('«').append(text, span[0], span[1]).append('»');
            at = span[1];
        }
        out.append(text, at, e);
        String q = out.toString().strip();
        return q.length() <= MAX ? q : q.substring(0, MAX - 1) + "…";
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }
}
