package sanctionswatch.match;

import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.text.HanPinyin;
import sanctionswatch.text.Normalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people of China as Chinese news names them, in their own characters: 吴慧慧 is WU, Huihui, 田寅寅 TIAN, Yinyin.
 * The lists romanise a mainland name in pinyin without tones, surname first, so the characters read in pinyin
 * ({@link HanPinyin}) spell the list's name with its spaces left out: wu hui hui, "WU, Huihui". Names of three
 * characters and four only: a surname and a given name of one character (two syllables) are spelt by too many pairs
 * of characters of running text, of which Chinese writes no space between words; and the first character must read
 * as the surname, so that the syllables fall as the name's do. Taiwan's and Hong Kong's names, which the lists write
 * in other romanisations (HUANG, Chin-Hua; CHENG, Hung Man), are not found so.
 * {@code ChineseNames.of(list).find("吴慧慧")} is WU, Huihui.
 */
final class ChineseNames {
    /** States whose people's names Chinese writes in their own characters, romanised by the lists in pinyin. */
    private static final Set<String> CHINESE = Set.of("CN", "HK", "MO", "TW");
    /** Characters of a name at least and at most. */
    static final int SHORTEST = 3;
    static final int LONGEST = 4;

    /** The list's people by their name's letters run together (wuhuihui), each with its surname's (wu). */
    private final Map<String, List<Named>> byLetters;

    private record Named(Entity entity, String surname) {}

    private ChineseNames(Map<String, List<Named>> byLetters) {
        this.byLetters = byLetters;
    }

    /** The people of {@code list} of China, Hong Kong, Macau and Taiwan, by each of their names. */
    static ChineseNames of(Watchlist list) {
        Map<String, List<Named>> byLetters = new HashMap<>();
        for (Entity e : list.entities()) {
            if (e.type() != EntityType.PERSON || NameIndex.countries(e).stream().noneMatch(CHINESE::contains)) {
                continue;
            }
            add(byLetters, e, e.name());
            for (Alias a : e.aliases()) {
                add(byLetters, e, a.name());
            }
        }
        return new ChineseNames(byLetters);
    }

    /** Files a name written "SURNAME, Given name" by its letters; other names (no comma) are no Chinese name's. */
    private static void add(Map<String, List<Named>> byLetters, Entity e, String name) {
        int comma = name.indexOf(',');
        if (comma <= 0) {
            return;
        }
        String surname = letters(name.substring(0, comma));
        String all = surname + letters(name.substring(comma + 1));
        if (surname.isEmpty() || all.length() == surname.length()) {
            return;
        }
        List<Named> named = byLetters.computeIfAbsent(all, k -> new ArrayList<>(1));
        if (named.stream().noneMatch(n -> n.entity() == e)) {
            named.add(new Named(e, surname));
        }
    }

    /** The letters a to z of a name's words, folded, run together: "Hui-hui" is huihui. */
    private static String letters(String words) {
        String folded = Normalizer.fold(words);
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The people a run of three or four Chinese characters (simplified) names, read in pinyin: {@code
     * find("吴慧慧")} is WU, Huihui; empty for characters the table cannot read or whose first is not the surname.
     */
    List<Entity> find(CharSequence characters) {
        if (characters.length() < SHORTEST || characters.length() > LONGEST) {
            return List.of();
        }
        StringBuilder read = new StringBuilder(characters.length() * 4);
        String first = null;
        for (int i = 0; i < characters.length(); i++) {
            String syllable = HanPinyin.of(characters.charAt(i));
            if (syllable == null) {
                return List.of();
            }
            first = first == null ? syllable : first;
            read.append(syllable);
        }
        List<Named> named = byLetters.get(read.toString());
        if (named == null) {
            return List.of();
        }
        List<Entity> out = new ArrayList<>(named.size());
        for (Named n : named) {
            if (n.surname().equals(first)) {
                out.add(n.entity());
            }
        }
        return out;
    }
}
