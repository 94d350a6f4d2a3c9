package sanctionswatch.match;

import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.text.Normalizer;
import sanctionswatch.text.Token;
import sanctionswatch.text.Tsv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    private static final String TRANSLATED = "/sanctionswatch/match/translated-names.tsv";

    /**
     * The names of {@code list}'s entries in other languages ({@code translated-names.tsv}), as name forms: a name in
     * full by rule {@link MatchRule#TRANSLATED}, a short name by the rule of a surname alone or a core name, which asks
     * for corroboration. Rows of entries the list does not have are passed over.
     */
    static List<NameForm> translated(Watchlist list) {
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : list.entities()) {
            byId.put(e.id(), e);
        }
        List<NameForm> forms = new ArrayList<>();
        for (Tsv.Row row : Tsv.rows(Words.class, TRANSLATED, 5)) {
            if (!row.get(2).equals("name") && !row.get(2).equals("short")) {
                throw new IllegalStateException("translated-names.tsv:" + row.line() + ": kind is name or short, not "
                        + row.get(2));
            }
            Entity e = byId.get(row.get(0));
            if (e == null) {
                continue;
            }
            MatchRule rule = row.get(2).equals("name") ? MatchRule.TRANSLATED
                    : e.type() == EntityType.PERSON ? MatchRule.SURNAME_ALONE : MatchRule.CORE;
            List<String> words = NameForms.words(row.get(3));
            if (!words.isEmpty()) {
                forms.add(new NameForm(e, words, rule));
            }
        }
        return forms;
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

    /**
     * Whether the word starts a word of the text as written: a Hangul syllable after another is inside a word
     * (이란 "Iran" is not the ending of 무엇이란 "what is"); words of every other script are words already.
     */
    static boolean startsWord(String text, Token t) {
        int start = t.start();
        return start == 0 || !ScriptKeys.hangul(text.codePointAt(start)) || !ScriptKeys.hangul(text.charAt(start - 1));
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
