package sanctionswatch.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Small word sets the matching rules consult. */
final class Words {
    /** Lower-case words inside names: "Abu al-Baghdadi", "Bank of the Republic", "Ludwig van Beethoven". */
    static final Set<String> PARTICLES = Set.of("al", "el", "as", "ash", "ad", "an", "ar", "az", "bin", "ibn", "bint",
            "abu", "ul", "ud", "de", "da", "das", "do", "dos", "del", "della", "der", "den", "di", "du", "la", "le",
            "les", "van", "von", "y", "e", "i", "of", "the", "and", "for", "in", "on", "at", "to", "zu", "ter");

    /** Words that put a vessel's name in a maritime context. */
    static final Set<String> MARITIME = Set.of("vessel", "vessels", "ship", "ships", "shipping", "tanker",
            "tankers", "freighter", "cargo", "yacht", "yachts", "ferry", "imo", "flagged", "flag", "port", "ports",
            "sailed", "sailing", "maritime", "crew", "docked", "dock", "captain", "carrier", "bulker", "hull",
            "anchored", "seized", "boarded", "mmsi", "transponder", "ais", "strait", "shipment", "shipments",
            "oil", "sts", "coast");

    private static final String COMMON_WORDS = "/sanctionswatch/match/common-words.txt";
    private static volatile Set<String> common;

    private Words() {}

    /** Ordinary English words and common given names, folded; a list name of one such word never matches alone. */
    static Set<String> common() {
        Set<String> c = common;
        if (c == null) {
            synchronized (Words.class) {
                c = common;
                if (c == null) {
                    c = load(COMMON_WORDS);
                    common = c;
                }
            }
        }
        return c;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = Words.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> words = new HashSet<>(65_536);
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    words.add(Normalizer.fold(line.strip()));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A word of the set within {@code window} words of word {@code at}, in the same paragraph. */
    static boolean anyNear(List<Token> tokens, int at, int window, Set<String> words) {
        int paragraph = tokens.get(at).paragraph();
        for (int i = Math.max(0, at - window); i <= Math.min(tokens.size() - 1, at + window); i++) {
            if (i != at && tokens.get(i).paragraph() == paragraph && words.contains(tokens.get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Only spaces between offsets {@code from} and {@code to} of the text, and at least one. */
    static boolean spacesOnly(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return from < to;
    }

    /** The paragraphs that hold a word of the set. */
    static BitSet paragraphsWith(List<Token> tokens, Set<String> words) {
        BitSet paragraphs = new BitSet();
        for (Token t : tokens) {
            if (words.contains(t.norm())) {
                paragraphs.set(t.paragraph());
            }
        }
        return paragraphs;
    }
}
