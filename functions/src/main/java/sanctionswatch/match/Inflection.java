package sanctionswatch.match;

import sanctionswatch.text.Normalizer;
import sanctionswatch.text.Token;
import sanctionswatch.text.Tokens;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The word an inflected word of a name stands for, as a list or gazetteer writes it:
 *
 * <ul>
 *   <li>Russian and Ukrainian, declined, from the romanised form: {@code "prigozhinym"} (Пригожиным, instrumental) is
 *       {@code "prigozhin"}, {@code "putina"} (Путина, genitive) {@code "putin"}, {@code "rossii"} (России) {@code
 *       "rossiya"}. Case endings are taken off longest first and the stem tried as it is and with the nominative
 *       endings names take (-a, -iy, -y, -o, -ya); the first that is a word of the lexicon wins. A word of fewer
 *       than four letters is left alone, and so is a stem that is no word of the lexicon: "Москве" does not become
 *       a name.</li>
 *   <li>Arabic, with the conjunctions and prepositions written joined to it: وإيران ("and Iran") is إيران, لحزب
 *       ("for the party") حزب, والحرس ("and the Guard") الحرس.</li>
 * </ul>
 */
final class Inflection {
    /**
     * Endings of the oblique cases of nouns, adjectives and names, romanised, longest first; -oyi and -oyu are the
     * Ukrainian feminine's (Майорової, Майоровою: MAYOROVA).
     */
    private static final String[] ENDINGS = {"yami", "yakh", "oyi", "oyu", "ogo", "ego", "omu", "emu", "ymi", "imi",
            "ami", "akh",
            "iem", "iey", "ym", "im", "om", "em", "oy", "oi", "ey", "ei", "yu", "ya", "iu", "ia", "ii", "u", "a", "e",
            "y", "i"};
    /**
     * Nominative endings the stem is tried with after itself; an adjective's feminine and neuter last, for the words of
     * a body's name declined: Сирийской арабской армии (siriyskoy arabskoy) is Сирийская арабская армия.
     */
    private static final String[] NOMINATIVE = {"", "a", "iy", "y", "o", "ya", "aya", "oe"};
    private static final String[] FEMININE = {"a", "ya"};
    private static final String[] FEMININE_FIRST = {"a", "", "iy", "y", "o", "ya"};
    private static final String[] IYA_FIRST = {"ya", "", "a", "iy", "y", "o"};
    /** The stem of a Russian surname of the -ов, -ев, -ин kind (Захаров, Соловьев, Набиуллин), romanised. */
    private static final Pattern SURNAME_STEM = Pattern.compile("(ov|ev|yov|in|yn)$");
    private static final int MIN_STEM = 4;
    /** The endings of the cases of a man's name in -й after a vowel, romanised: genitive, dative, instrumental. */
    private static final Set<String> DECLINED_Y = Set.of("ya", "yu", "em", "e");
    private static final String VOWELS = "aeiou";
    /** Arabic clitics joined before a word, longest first: "and the", "with the", "for the", "and", "with", "for". */
    private static final String[] ARABIC_PREFIXES = {"وال", "فال", "بال", "كال", "لل", "و", "ف", "ب", "ل", "ك"};

    private Inflection() {}

    /**
     * The id in {@code lexicon} of the base form of word {@code t} of {@code text} (России: rossiya), or -1 when the
     * word is neither Cyrillic nor Arabic script or no base form of it is a word there. The word itself is not
     * tried: the caller has it already.
     */
    static int base(String text, Token t, Lexicon lexicon) {
        return base(text, t, lexicon, id -> true, MIN_STEM);
    }

    /**
     * As {@link #base(String, Token, Lexicon)}, the base form one that {@code wanted} takes and a Russian stem of
     * {@code minStem} letters or more: the names of states are read from three ("Кубе" is Куба, "Сирии" Сирия, not
     * the Spanish Siria the lexicon also has).
     */
    static int base(String text, Token t, Lexicon lexicon, IntPredicate wanted, int minStem) {
        char first = text.charAt(t.start());
        if (cyrillic(first)) {
            return nominative(t.norm(), lexicon, wanted, minStem);
        }
        if (ScriptKeys.arabic(first)) {
            int id = unprefixed(t.norm(), lexicon);
            return id >= 0 ? id : persianSingular(t.norm(), lexicon);
        }
        return -1;
    }

    /**
     * The id of a Persian plural's singular, with its ezafe where the plural has one, or -1: نیروهای قدس ("the Quds
     * forces") is نیروی قدس, the Quds Force, as English Forces is Force; سپاه‌ها is سپاه.
     */
    private static int persianSingular(String word, Lexicon lexicon) {
        if (word.endsWith("های") && word.length() >= 5) {
            String stem = word.substring(0, word.length() - 3);
            int id = lexicon.id(stem + "ی");
            return id >= 0 ? id : lexicon.id(stem);
        }
        if (word.endsWith("ها") && word.length() >= 4) {
            return lexicon.id(word.substring(0, word.length() - 2));
        }
        return -1;
    }

    /**
     * Endings, romanised, that Russian and Ukrainian give adjectives only, never a noun: -ых and -их (of the plural),
     * -ыми, -ого, -его, -ому, -ему, -ый, -ая, -ую, -ое, -ые. A name does not end with one: "российских финансовых"
     * runs on to the noun it describes ("российских финансовых институтов"), where "Белорусском нефтяном торговом
     * доме" ends with its noun.
     */
    private static final String[] ADJECTIVE_ONLY = {"ykh", "ikh", "ymi", "ogo", "ego", "omu", "emu", "yy", "aya",
            "uyu", "oe", "ye"};

    /**
     * Whether a romanised Russian or Ukrainian word is an adjective by its ending: {@code adjectival("finansovykh")}
     * (финансовых) is true, {@code adjectival("dome")} (доме) and {@code adjectival("komissiya")} false.
     */
    static boolean adjectival(String word) {
        for (String ending : ADJECTIVE_ONLY) {
            if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Endings of Russian, Ukrainian and Polish adjectives, folded and romanised, that {@link #adjectival} leaves to
     * nouns: сирийской (siriyskoy), российский (rossiyskiy), rosyjskiej, rosyjskich.
     */
    private static final Pattern ADJECTIVE_ENDS = Pattern.compile("(oy|iy|yy|ey|ej|ich|ych|ski|ska|skie|sk[aey]j)$");

    /**
     * Whether a romanised Russian, Ukrainian or Polish word may be an adjective: {@link #adjectival}, or one of the
     * endings it leaves to nouns. {@code adjectiveLike("siriyskoy")} (сирийской) is true, {@code
     * adjectiveLike("rossii")} (России) false.
     */
    static boolean adjectiveLike(String word) {
        return adjectival(word) || ADJECTIVE_ENDS.matcher(word).find();
    }

    /**
     * Endings of Polish and Czech names' cases, folded, longest first: Putinowi, Putinem, Wekselbergu, Pieskowie,
     * Czajkowskiego; -a of the genitive (Putina, Władimira), -ę of a woman's accusative (Tatianę), -y and -i of her
     * genitive (Nawki).
     */
    private static final String[] WEST_SLAVIC_ENDINGS = {"owi", "ovi", "ego", "emu", "iem", "em", "ie", "ej", "ou",
            "a", "u", "e", "y", "i"};
    /** Of those, the endings only a man's name or a neuter noun takes (Putinowi, Putinem, Wekselbergiem). */
    private static final Set<String> WEST_SLAVIC_HIS = Set.of("owi", "ovi", "ego", "emu", "iem", "em");
    /** Letters Polish and Czech write and English never does, as a text's language says itself: ł, ą, ę, ř, ě, ů. */
    private static final String WEST_SLAVIC_LETTERS = "łąęśźżńćřěůŁŚŻŹĆŘ";

    /**
     * Whether a text in Latin letters is Polish or Czech, by three letters or more that only they write: "Sankcje
     * nałożono na Władimira Putina" is; an English text quoting "Łukasz" once is not.
     */
    static boolean westSlavic(String text, List<Token> tokens) {
        return threeOf(WEST_SLAVIC_LETTERS, LATIN_EXTENDED_A, text, tokens);
    }

    /** Letters Ukrainian writes and Russian never does: і, ї, є, ґ. */
    private static final String UKRAINIAN_LETTERS = "іїєґІЇЄҐ";

    /**
     * Whether a text is Ukrainian, by three letters or more that only it writes: "Війна путіна триває" is; "Война
     * Путина продолжается" is not.
     */
    static boolean ukrainian(String text, List<Token> tokens) {
        return threeOf(UKRAINIAN_LETTERS, CYRILLIC, text, tokens);
    }

    /** The block of Unicode {@link #threeOf} looks in, first character and the one past its last. */
    private record Block(char first, char end) {}

    private static final Block LATIN_EXTENDED_A = new Block('\u0100', '\u0180');
    private static final Block CYRILLIC = new Block('\u0400', '\u0500');

    /**
     * Whether the text has three letters or more of {@code letters}, all of them in {@code block}: a text whose words
     * have no letter from the block on (most news: Latin-1 only) is not read again.
     */
    private static boolean threeOf(String letters, Block block, String text, List<Token> tokens) {
        if (!Tokens.anyLetterFrom(tokens, block.first())) {
            return false;
        }
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= block.first() && c < block.end() && letters.indexOf(c) >= 0 && ++seen >= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * A Polish word of a Russian or Ukrainian name respelt as the lists romanise its sounds, folded, or null where
     * nothing changes: ż is the zh of ж, which folding would leave a z ("Prigożyn" is prigozhin), and an initial j
     * before a vowel the y of е, я, ю ("Jewgienij" is yewgienij, whose key is Yevgeniy's).
     */
    static String polishRespelt(String text, Token t) {
        String raw = text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
        boolean initialJ = raw.length() > 2 && raw.charAt(0) == 'j' && "aeiou".indexOf(raw.charAt(1)) >= 0;
        if (raw.indexOf('ż') < 0 && !initialJ) {
            return null;
        }
        String w = raw.replace("ż", "zh");
        return Normalizer.fold(initialJ ? "y" + w.substring(1) : w);
    }

    /**
     * The id in {@code lexicon} of the nominative of a Polish or Czech word of a name, folded, or of its romanisation
     * key, or -1: {@code "putina"} is putin, {@code "wladimira"} the key vladimir, {@code "tatiane"} (Tatianę) tatiana.
     */
    static int westSlavicBase(String word, Lexicon lexicon) {
        for (String ending : WEST_SLAVIC_ENDINGS) {
            if (!word.endsWith(ending) || word.length() - ending.length() < MIN_STEM) {
                continue;
            }
            String stem = word.substring(0, word.length() - ending.length());
            // A man's ending reads back to a man's name first: Putinem (with Putin) is Putin, not PUTINA, Yekaterina.
            for (String nominative : WEST_SLAVIC_HIS.contains(ending) ? NOMINATIVE : FEMININE_FIRST) {
                String candidate = stem + nominative;
                if (candidate.equals(word)) {
                    continue;
                }
                int id = lexicon.id(candidate);
                if (id < 0) {
                    id = lexicon.id(Romanisation.key(candidate));
                }
                if (id >= 0) {
                    return id;
                }
            }
        }
        return -1;
    }

    /**
     * Endings of the plural cases of Polish and Czech states' names, folded, with the nominative each is read back to:
     * Polish locative -ach (w Indiach, Indie), genitive -ów (Zjednoczonych Emiratów Arabskich: Zjednoczone Emiraty
     * Arabskie, each word declined), -ych and -ich of the adjectives in them (Brytyjskich Wysp Dziewiczych); Czech -ých
     * (Spojených arabských emirátů: Spojené arabské emiráty).
     */
    private static final String[][] WEST_SLAVIC_PLURAL = {{"ach", "ie"}, {"ach", "y"}, {"ych", "e"}, {"ich", "ie"},
            {"ow", "y"}, {"u", "y"}};

    /**
     * The id in {@code lexicon} of the plural nominative of a Polish or Czech word of a state's name, folded, or -1:
     * {@code "indiach"} is indie, {@code "emiratow"} emiraty, {@code "arabskich"} arabskie. Only states' names are read
     * so: a person's or a company's word ending in -ach or -ich is no plural (Bach, Abramovich).
     */
    static int westSlavicPluralBase(String word, Lexicon lexicon) {
        for (String[] ending : WEST_SLAVIC_PLURAL) {
            if (word.endsWith(ending[0]) && word.length() - ending[0].length() >= MIN_STEM) {
                int id = lexicon.id(word.substring(0, word.length() - ending[0].length()) + ending[1]);
                if (id >= 0) {
                    return id;
                }
            }
        }
        return -1;
    }

    /** Words of German that the other languages of the news do not write: "und", "der", "nicht". */
    private static final Set<String> GERMAN_WORDS = Set.of("und", "der", "nicht", "ist", "wird", "sich", "auch",
            "einer", "eines", "wurde", "werden");

    /**
     * Whether a text is German, by three of its words or more that only German writes, in a text with a letter past
     * ASCII (German news writes ä, ö, ü and ß in almost every paragraph; a text of ASCII alone is not read again).
     */
    static boolean german(List<Token> tokens) {
        if (!Tokens.anyLetterFrom(tokens, '\u00c0')) {
            return false;
        }
        int seen = 0;
        for (Token t : tokens) {
            if (GERMAN_WORDS.contains(t.norm()) && ++seen >= 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * A German word of a Russian or Arabic name respelt as the lists romanise its sounds, folded, or null where
     * nothing changes: German writes х as ch where the lists write kh ("Sacharow" is sakharov, ZAKHAROV; "Chodorkowski"
     * khodorkovski), ц as z where they write ts ("Kusnezow" is kusnetsov, KUZNETSOV) and the Arabic j as dsch
     * ("Dschabhat" is jabhat). Not the ch of sch or tsch, which the romanisation key reads as sh and ch already
     * (Mordaschow, Tschemesow), nor the z of tz.
     */
    static String germanRespelt(String word) {
        if (word.indexOf('z') < 0 && !word.contains("ch")) {
            return null;
        }
        StringBuilder b = new StringBuilder(word.length() + 2);
        String w = word.replace("dsch", "j");
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char before = i > 0 ? w.charAt(i - 1) : ' ';
            if (c == 'c' && i + 1 < w.length() && w.charAt(i + 1) == 'h' && before != 's') {
                b.append("kh");
                i++;
            } else if (c == 'z' && before != 't') {
                b.append("ts");
            } else {
                b.append(c);
            }
        }
        String respelt = b.toString();
        return respelt.equals(word) ? null : respelt;
    }

    /** The endings of German's abstract nouns, which no name of the lists ends in: Sanktionen, Regierung, Führung. */
    private static final String[] GERMAN_NOUN_ENDINGS = {"ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft",
            "schaften", "ion", "ionen", "tat", "taten", "ismus", "nis", "nisse"};

    /**
     * Whether a folded word of six letters or more ends as German's abstract nouns do: {@code "sanktionen"},
     * {@code "regierung"}; not {@code "krisht"}.
     */
    static boolean germanNoun(String word) {
        return Words.endsWithOne(word, 6, GERMAN_NOUN_ENDINGS);
    }

    /**
     * The id in {@code lexicon} of a German genitive's name, folded, or -1: {@code "putins"} ("Wladimir Putins Krieg",
     * Putin's war) is putin. Only a word the lexicon does not have (Hamas stays Hamas) whose stem it has, of three
     * letters or more: a name's last word may be short ("Kim Jong Uns Geheimdienst"), and a word alone is read as a
     * name only at six letters or more.
     */
    static int germanGenitiveBase(String word, Lexicon lexicon) {
        if (word.length() < 3 || !word.endsWith("s") || word.endsWith("ss") || lexicon.id(word) >= 0) {
            return -1;
        }
        return lexicon.id(word.substring(0, word.length() - 1));
    }

    /** Letters Turkish writes and the other languages of the news do not: dotless ı, ğ, dotted İ. */
    private static final String TURKISH_LETTERS = "ığİĞ";

    /**
     * Whether a text in Latin letters is Turkish, by three letters or more that only Turkish writes: "Devrim
     * Muhafızları'na milyonlarca dolar" is.
     */
    static boolean turkish(String text, List<Token> tokens) {
        return threeOf(TURKISH_LETTERS, LATIN_EXTENDED_A, text, tokens);
    }

    /** Whether the word is in capitals up to an apostrophe and a suffix of lower-case letters after it: "ABD’den". */
    static boolean upperBeforeSuffix(String text, Token t) {
        int apostrophe = suffixAt(text, t);
        if (apostrophe < 0) {
            return false;
        }
        for (int c = t.start(); c < apostrophe; c++) {
            if (!Character.isUpperCase(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a word's apostrophe stands before a suffix of lower-case letters only, as Turkish writes a proper name's
     * case ending ("Kore’ye"); -1 for none.
     */
    private static int suffixAt(String text, Token t) {
        for (int c = t.start() + 1; c < t.end() - 1; c++) {
            if (Normalizer.isApostrophe(text.charAt(c))) {
                for (int after = c + 1; after < t.end(); after++) {
                    if (!Character.isLowerCase(text.charAt(after))) {
                        return -1;
                    }
                }
                return c;
            }
        }
        return -1;
    }

    /**
     * The id of a word's part before an apostrophe and a suffix of lower-case letters, as Turkish writes a proper
     * name's case endings ("ABD’den", "Kore’ye", "Cumhuriyeti'nde"), or -1: the tokenizer keeps such a word whole, as
     * it must the apostrophes inside Arabic names (Ja'far, Sana'a).
     */
    static int beforeSuffix(String text, Token t, Lexicon lexicon) {
        int apostrophe = suffixAt(text, t);
        return apostrophe < 0 ? -1 : lexicon.id(Normalizer.fold(text.substring(t.start(), apostrophe)));
    }

    /** A Cyrillic letter (Russian, Ukrainian and the rest of the block and its supplement). */
    static boolean cyrillic(char c) {
        return c >= 0x400 && c < 0x530;
    }

    /** The id of an Arabic word without the clitics joined before it: وإيران is إيران. */
    private static int unprefixed(String word, Lexicon lexicon) {
        for (String prefix : ARABIC_PREFIXES) {
            if (prefix.length() == 3 && word.startsWith(prefix) && word.length() > 4) {
                // "and the" keeps its article first: والإمارات is الإمارات (the Emirates), which the gazetteer
                // has, before إمارات (emirates), which a list name may have too.
                int id = lexicon.id(word.substring(1));
                if (id >= 0) {
                    return id;
                }
            }
            if (word.startsWith(prefix) && word.length() - prefix.length() >= 2) {
                int id = lexicon.id(prefix.equals("لل") ? "ال" + word.substring(2) : word.substring(prefix.length()));
                if (id >= 0) {
                    return id;
                }
            }
        }
        return -1;
    }

    /**
     * The id in {@code lexicon} of the romanisation key ({@link Romanisation#key}) of the nominative of a Cyrillic word
     * of {@code text}, or -1: for a nominative the lists spell otherwise, Ukrainian Міхєєва (mikhyeyeva) is mikhyeyev,
     * whose key is MIKHEEV's. Asked where {@link #base} finds nothing.
     */
    static int baseByKey(String text, Token t, Lexicon lexicon) {
        if (!cyrillic(text.charAt(t.start()))) {
            return -1;
        }
        String form = nominative(t.norm(), candidate -> lexicon.id(Romanisation.key(candidate)) >= 0, MIN_STEM);
        return form == null ? -1 : lexicon.id(Romanisation.key(form));
    }

    /** The id of the nominative of a romanised Russian or Ukrainian word: "prigozhinym" is "prigozhin". */
    private static int nominative(String word, Lexicon lexicon, IntPredicate wanted, int minStem) {
        String form = nominative(word, candidate -> {
            int id = lexicon.id(candidate);
            return id >= 0 && wanted.test(id);
        }, minStem);
        return form == null ? -1 : lexicon.id(form);
    }

    /**
     * The surname of a family named in the genitive plural, Russian's -ов and Ukrainian's -ів after a consonant, that
     * {@code known} takes, where it does not take the word itself: Ротенбергов (rotenbergov, "of the Rotenbergs", in
     * "Бориса и Аркадия Ротенбергов") and Ротенбергів are rotenberg; Иванов stays ivanov.
     */
    private static String surnameOfFamily(String word, Predicate<String> known) {
        if (word.length() < 7 || !(word.endsWith("ov") || word.endsWith("iv"))
                || VOWELS.indexOf(word.charAt(word.length() - 3)) >= 0 || known.test(word)) {
            return null;
        }
        String stem = word.substring(0, word.length() - 2);
        return known.test(stem) ? stem : null;
    }

    /**
     * The nominative of a romanised Russian or Ukrainian word that {@code known} takes, or null: {@code
     * nominative("kubani", Set.of("kuban")::contains, 3)} is "kuban" (Кубани, of the Kuban).
     */
    static String nominative(String word, Predicate<String> known, int minStem) {
        String plural = surnameOfFamily(word, known);
        if (plural != null) {
            return plural;
        }
        for (String ending : ENDINGS) {
            if (!word.endsWith(ending) || word.length() - ending.length() < minStem) {
                continue;
            }
            String stem = word.substring(0, word.length() - ending.length());
            // A Ukrainian feminine ending is a woman's name: Майорової is MAYOROVA before MAYOROV. So is the Russian
            // -ой of a surname in -ов, -ев or -ин, which no man's case has: Захаровой is ZAKHAROVA, Mariya before
            // any ZAKHAROV, Львовой-Беловой LVOVA-BELOVA; the man's name is tried after hers.
            boolean feminine = ending.equals("oyi") || ending.equals("oyu");
            boolean herFirst = !feminine && (ending.equals("oy") || ending.equals("oi")) && SURNAME_STEM.matcher(stem)
                    .find();
            // -ии is the oblique case of a noun in -ия, never a nominative (the -ий of a man's name is "iy"): Марии is
            // Mariya before any Mari, Юлии Yuliya.
            boolean ofIya = ending.equals("i") && stem.endsWith("i");
            // A man's name in -ей, -ай or -ий declines to -ея, -ею, -еем, -ее: Андрея (andreya) is Andrey before the
            // French Andre the lexicon also has, Николая Nikolay before Nikola, Дмитрия Dmitriy.
            if (DECLINED_Y.contains(ending) && VOWELS.indexOf(stem.charAt(stem.length() - 1)) >= 0
                    && known.test(stem + "y")) {
                return stem + "y";
            }
            for (String nominative : feminine ? FEMININE : herFirst ? FEMININE_FIRST : ofIya ? IYA_FIRST : NOMINATIVE) {
                String candidate = stem + nominative;
                if (!candidate.equals(word) && known.test(candidate)) {
                    return candidate;
                }
            }
            if (ending.equals("i") && stem.endsWith("iy") && stem.length() >= 5) {
                // Ukrainian writes -ія where Russian writes -ья and the lists -ya or -ia: Дарії (dariyi) is Дарья,
                // Darya; Юлії Yulia.
                String root = stem.substring(0, stem.length() - 2);
                for (String nominative : FOREIGN_IYA) {
                    if (known.test(root + nominative)) {
                        return root + nominative;
                    }
                }
            }
        }
        return null;
    }

    /** The nominative endings the lists write for a name Ukrainian ends in -ія: Darya, Yulia. */
    private static final String[] FOREIGN_IYA = {"ya", "ia"};
}
