package sanctionswatch.match;

import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.text.Token;
import sanctionswatch.text.Tokenizer;
import sanctionswatch.text.Tsv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The ways a list entry's names are written in running text. */
public final class NameForms {
    private NameForms() {}

    /** Every form of the entry's primary name and aliases, the strongest rule kept where two forms coincide. */
    public static List<NameForm> of(Entity entity) {
        Map<List<String>, NameForm> forms = new LinkedHashMap<>();
        boolean person = entity.type() == EntityType.PERSON;
        addName(forms, entity, entity.name(), person, MatchRule.EXACT, MatchRule.REORDERED, MatchRule.PARTIAL);
        for (Alias alias : entity.aliases()) {
            if (person && alias.weak() && nickname(alias.name()) || otherBody(entity, alias)) {
                continue;
            }
            MatchRule rule = alias.weak() ? MatchRule.WEAK_ALIAS : MatchRule.ALIAS;
            // A part of an alias left out is a weaker sign than the alias whole; of a person's, it may be another
            // person's name (MatchRule.PARTIAL_ALIAS).
            addName(forms, entity, alias.name(), person, rule, rule,
                    alias.weak() ? rule : person ? MatchRule.PARTIAL_ALIAS : MatchRule.PARTIAL);
        }
        return List.copyOf(forms.values());
    }

    /**
     * The aliases the news uses as another body's name ({@code other-bodies.tsv}), by entry id and alias: ANSAR ALLAH,
     * an alias of HIZBALLAH, is Yemen's Houthi movement in the news of the snapshot's years.
     */
    private static final Set<String> OTHER_BODIES = otherBodies();

    /** Whether the alias is one the news uses as another body's name ({@link #OTHER_BODIES}). */
    static boolean otherBody(Entity entity, Alias alias) {
        return OTHER_BODIES.contains(entity.id() + '\t' + alias.name());
    }

    private static Set<String> otherBodies() {
        Set<String> out = new HashSet<>();
        for (Tsv.Row row : Tsv.rows(NameForms.class, "/sanctionswatch/match/other-bodies.tsv", 4)) {
            out.add(row.get(0) + '\t' + row.get(1));
        }
        return Set.copyOf(out);
    }

    /**
     * Whether a person's weak alias is a nickname of one word, with an article or a number at most ("SERB", "FRITZ",
     * "ASAD", "EL 20" of four traffickers and fighters): a word of that kind is anybody's in the news, where the
     * entry's countries are named too. Its organisations' ("IRIB", "SETAD", "FSB") and people's names of two words
     * ("LAM, Gary") are kept.
     */
    private static boolean nickname(String name) {
        int words = 0;
        for (String w : words(name)) {
            if (!ARTICLES.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                words++;
            }
        }
        return words <= 1;
    }

    /**
     * The surname of a person's name written "LAST, First": the folded words before the comma; empty when the name
     * has no comma.
     */
    public static List<String> surname(String name) {
        int comma = name.indexOf(',');
        return comma <= 0 ? List.of() : words(name.substring(0, comma));
    }

    /**
     * The first given name of a person's name written "LAST, First Middle", folded; null when the name has no comma or
     * nothing after it: {@code givenName("ROTENBERG, Boris Romanovich")} is "boris".
     */
    static String givenName(String name) {
        int comma = name.indexOf(',');
        if (comma <= 0) {
            return null;
        }
        List<String> given = words(name.substring(comma + 1));
        return given.isEmpty() ? null : given.get(0);
    }

    /**
     * Whether two given names are a man's and a woman's of one stem, by their last vowel as Spanish, Italian and
     * Portuguese write them: {@code otherGender("felipa", "felipe")} and {@code ("julia", "julio")} are true, {@code
     * ("mohamad", "mohamed")} false (the vowel is not the last letter).
     */
    static boolean otherGender(String a, String b) {
        int n = a.length();
        if (n < 4 || b.length() != n || !a.regionMatches(0, b, 0, n - 1)) {
            return false;
        }
        char x = a.charAt(n - 1);
        char y = b.charAt(n - 1);
        return x == 'a' && (y == 'o' || y == 'e') || y == 'a' && (x == 'o' || x == 'e');
    }

    static List<String> words(String phrase) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.norm());
        }
        return out;
    }

    /** The Arabic article as lists romanise it, written apart from the name: "AL ZAWAHIRI". */
    static final Set<String> ARTICLES = Set.of("al", "el", "as", "ash", "ad", "an", "ar", "az");

    /** Whether the folded word is one of {@link #ARTICLES}: asked of every word of a text, so the set only last. */
    static boolean article(String w) {
        return w.length() <= 3 && w.length() >= 2 && (w.charAt(0) == 'a' || w.charAt(0) == 'e')
                && ARTICLES.contains(w);
    }

    /** Titles a list may write before a given name ("AL ZAWAHIRI, Dr. Ayman"); the news often leaves them out. */
    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "sheikh", "shaykh", "shaikh", "sheik",
            "gen", "general", "col", "colonel", "maj", "major", "capt", "captain", "mullah", "mulla", "maulana",
            "maulvi", "mawlawi", "haji", "hajji", "alhaj", "imam", "qari", "hafiz", "prof", "professor",
            // The honorific of the Prophet's descendants, which Iranian names carry and the news mostly leaves
            // out: HASHEMI, Seyed Morteza Minaye is "Morteza Minaye Hashemi".
            "seyed", "seyyed", "sayyed", "sayyid", "seyyid");

    /**
     * Legal forms an organisation's name may carry at either end, folded: the news mostly leaves them out
     * ("Beijing Alite Technologies" for BEIJING ALITE TECHNOLOGIES CO., LTD.). Longest first.
     */
    private static final List<List<String>> LEGAL_FORMS = Stream.of(
            "public joint stock company", "closed joint stock company", "open joint stock company",
            "joint stock company", "limited liability company", "company limited", "co ltd", "co limited",
            "pte ltd", "pvt ltd", "sdn bhd", "s a", "s a de c v", "sa de cv", "limited", "ltd", "llc", "inc",
            "incorporated", "corporation", "corp", "co", "company", "jsc", "pjsc", "ojsc", "cjsc", "oao", "zao",
            "ooo", "pao", "ao", "gmbh", "ag", "sa", "sarl", "srl", "spa", "bv", "nv", "fze", "fzc", "fzco", "fz llc",
            "llp", "plc", "ltda", "lp",
            // Lebanon's société anonyme libanaise, many of them registered offshore: HOKOUL SAL OFFSHORE is the
            // "Hokoul SAL" of the news, GOLDEN FISH S.A.L. (OFFSHORE) "Golden Fish".
            "sal offshore", "s a l offshore", "sal", "s a l",
            // Written with dots, a letter a word: L.L.C., S.A.R.L., P.L.C.
            "l l c", "l l p", "p l c", "s a r l", "s r l", "s p a", "b v", "n v", "s a s", "f z e", "j s c")
            .map(f -> List.of(f.split(" "))).sorted(Comparator.comparingInt((List<String> f) -> -f.size())).toList();

    /** The legal forms of one word ("ltd", "sal", "gmbh"). */
    private static final Set<String> LEGAL_FORM_WORDS = LEGAL_FORMS.stream().filter(f -> f.size() == 1)
            .map(f -> f.get(0)).collect(Collectors.toUnmodifiableSet());

    /** Whether a folded word is a legal form of one word: {@code legalFormWord("sal")} is true. */
    static boolean legalFormWord(String w) {
        return LEGAL_FORM_WORDS.contains(w);
    }

    private static void addName(Map<List<String>, NameForm> forms, Entity entity, String name, boolean person,
                                MatchRule asWritten, MatchRule reordered, MatchRule partial) {
        int comma = name.indexOf(',');
        if (!person || comma <= 0) {
            List<String> words = words(name);
            add(forms, new NameForm(entity, words, asWritten));
            if (entity.type() == EntityType.ORGANISATION) {
                List<String> bare = withoutLegalForms(words);
                // Not ordinary words alone: SYRIAN ARAB RADIO AND TELEVISION CORPORATION's alias RADIO AND
                // TELEVISION CORPORATION is no "Radio and Television".
                if (bare.size() < words.size() && (bare.size() >= 2 && !ordinaryWords(bare) || bare.size() == 1
                        && bare.get(0).length() >= 5 && !Words.common().contains(bare.get(0)))) {
                    add(forms, new NameForm(entity, bare, partial));
                }
                for (List<String> other : otherWordings(name, words, bare)) {
                    add(forms, new NameForm(entity, other, partial));
                }
                List<String> apart = articleApart(entity, bare);
                if (apart != null) {
                    add(forms, new NameForm(entity, apart, partial));
                }
                if (words.size() >= 3 && ARTICLES.contains(words.get(0)) && !ordinaryWords(words.subList(1, 3))) {
                    // The Arabic article that begins the name left out, as English news writes it: "the Qatirji
                    // Company" for AL-QATIRJI COMPANY, "Rasheed Bank" for AL-RASHEED BANK.
                    add(forms, new NameForm(entity, words.subList(1, words.size()), partial));
                }
                if (ownStateLast(entity, bare) != null && !ordinaryWords(bare.subList(0, bare.size() - 1))
                        && !Words.PARTICLES.contains(bare.get(bare.size() - 2))) {
                    // "Iran's Bank Saderat", "Bank Keshavarzi" for BANK SADERAT IRAN, BANK KESHAVARZI IRAN: a
                    // state's body without the state's name, which the text gives elsewhere (Overlaps#decided).
                    add(forms, new NameForm(entity, bare.subList(0, bare.size() - 1), partial));
                }
            }
            return;
        }
        List<String> last = words(name.substring(0, comma));
        List<String> given = words(name.substring(comma + 1));
        while (given.size() > 1 && TITLES.contains(given.get(0))) {
            given = given.subList(1, given.size());
        }
        if (!given.isEmpty() && last.size() >= 2 && ARTICLES.contains(last.get(0))) {
            // "Ayman Zawahiri" for AL ZAWAHIRI, Ayman: the article left out.
            List<String> bare = new ArrayList<>(given.subList(0, 1));
            bare.addAll(last.subList(1, last.size()));
            add(forms, new NameForm(entity, bare, partial));
        }
        List<String> listOrder = new ArrayList<>(last);
        listOrder.addAll(given);
        add(forms, new NameForm(entity, listOrder, asWritten));
        if (given.isEmpty()) {
            return;
        }
        List<String> natural = new ArrayList<>(given);
        natural.addAll(last);
        add(forms, new NameForm(entity, natural, reordered));
        if (given.size() > 1 && !koreanGivenName(entity, given)) {
            // A middle name or patronymic may be left out, never the surname; not a syllable of a Korean given name,
            // which is one name: "Jong Son" of "Ho Jong Son" is no SON, Jong Hyok.
            List<String> firstLast = new ArrayList<>();
            firstLast.add(given.get(0));
            firstLast.addAll(last);
            add(forms, new NameForm(entity, firstLast, partial));
        }
        if (last.size() == 2 && !Words.PARTICLES.contains(last.get(0)) && !Words.PARTICLES.contains(last.get(1))) {
            // Two surnames, as in Spanish: the news often gives the first only ("Nicolas Maduro").
            add(forms, new NameForm(entity, List.of(given.get(0), last.get(0)), partial));
            if (given.size() > 1) {
                // "Tarek William Saab" for SAAB HALABI, Tarek William.
                List<String> givenFirstSurname = new ArrayList<>(given);
                givenFirstSurname.add(last.get(0));
                add(forms, new NameForm(entity, givenFirstSurname, partial));
            }
            // The two surnames the other way round, as the news or the list swaps them: "Ruy López Delgado" for
            // DELGADO LOPEZ, Ruy, the head of Nicaragua's mining company in the Treasury's own release.
            add(forms, new NameForm(entity, List.of(given.get(0), last.get(1), last.get(0)), partial));
        }
        if (last.size() == 2 && given.size() == 2 && !Words.PARTICLES.contains(last.get(0))) {
            // The later of two given names with both surnames: "Alfredo Guzman Salazar" for GUZMAN SALAZAR, Jesus
            // Alfredo, as Spanish names are often used.
            List<String> laterGiven = new ArrayList<>(3);
            laterGiven.add(given.get(1));
            laterGiven.addAll(last);
            add(forms, new NameForm(entity, laterGiven, partial));
        }
        if (last.size() == 3 && last.get(1).equals("de") && !Words.PARTICLES.contains(last.get(0))) {
            // A married name after "de": "Rosario Murillo" for MURILLO DE ORTEGA, Rosario Maria.
            add(forms, new NameForm(entity, List.of(given.get(0), last.get(0)), partial));
        }
        if (given.size() == 2 && last.size() == 1 && given.get(0).length() <= 4 && given.get(1).length() <= 4) {
            // A Korean given name of two syllables, also run together: "Kim Jongun", "Jongun Kim".
            String joined = given.get(0) + given.get(1);
            add(forms, new NameForm(entity, List.of(last.get(0), joined), partial));
            add(forms, new NameForm(entity, List.of(joined, last.get(0)), partial));
        }
        String surname = String.join("", last);
        if (surname.length() >= 5 && asWritten != MatchRule.WEAK_ALIAS && !Words.common().contains(surname)) {
            // "V. Putin": the initial of the first given name, then the surname.
            List<String> initialLast = new ArrayList<>();
            initialLast.add(given.get(0).substring(0, 1));
            initialLast.addAll(last);
            add(forms, new NameForm(entity, initialLast, MatchRule.INITIALS));
        }
    }

    /**
     * The states by their English names of one word, folded: "iran" is IR. (Not a name in another language the lists
     * romanise, ROSSII of SBERBANK ROSSII, which is "of Russia" and stays with the name.)
     */
    private static final Map<String, String> STATES_BY_WORD = statesByWord();

    private static Map<String, String> statesByWord() {
        Map<String, String> out = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            List<String> words = words(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
            if (words.size() == 1) {
                out.put(words.get(0), code);
            }
        }
        return Map.copyOf(out);
    }

    /** The words before a state's name that make it part of the state's long name: RESPUBLIKI BELARUS. */
    /** Whether a folded word is a title or honorific before a name ("sheikh", "dr", "seyed"). */
    static boolean title(String w) {
        return TITLES.contains(w);
    }

    private static final Set<String> STATE_TITLES = Set.of("republic", "respubliki", "respublika", "federation",
            "federatsii", "kingdom");

    /**
     * The code of the entry's own state (one its programmes are about: {@link Corroboration#programmeState}) whose
     * name of one word ends an organisation's name of three words or more, or null: {@code ownStateLast(BANK SADERAT
     * IRAN, [bank, saderat, iran])} is IR; VTB BANK BELARUS, a Russian bank's subsidiary there, has none. (A name
     * whose state's name follows a particle, BANCO CENTRAL DE VENEZUELA, ISIS IN THE PHILIPPINES, keeps it.)
     */
    static String ownStateLast(Entity entity, List<String> words) {
        if (words.size() < 3 || STATE_TITLES.contains(words.get(words.size() - 2))) {
            return null;
        }
        String code = STATES_BY_WORD.get(words.get(words.size() - 1));
        return code != null && Corroboration.programmeState(entity, code) ? code : null;
    }

    /**
     * An organisation's name with the Arabic article joined to a word written apart, as the entry's other names write
     * it: MUHJAT ALQUDS FOUNDATION as "Muhjat Al-Quds Foundation" (its alias MUHJAT AL-QUDS INSTITUTION), ALROWAD
     * COMPANY's "Alrowad" as "Al Rowad" (AL ROWAD REAL ESTATE DEVELOPMENT); null for a name with no such word. Only
     * where another name of the entry parts it: ALVAREZ and ALLIANCE are words of their own.
     */
    private static List<String> articleApart(Entity entity, List<String> bare) {
        List<String> out = null;
        for (int i = 0; i < bare.size(); i++) {
            String w = bare.get(i);
            if (w.length() < 6 || !ARTICLES.contains(w.substring(0, 2)) || "aeiou".indexOf(w.charAt(2)) >= 0) {
                continue;
            }
            List<String> parted = List.of(w.substring(0, 2), w.substring(2));
            if (entity.names().stream().anyMatch(n -> Collections.indexOfSubList(words(n), parted) >= 0)) {
                out = out == null ? new ArrayList<>(bare) : out;
                out.set(out.indexOf(w), parted.get(0));
                out.add(out.indexOf(parted.get(0)) + 1, parted.get(1));
            }
        }
        return out;
    }

    /** Whether every word is an ordinary word or a particle ("radio and television"). */
    private static boolean ordinaryWords(List<String> words) {
        return words.stream().allMatch(Words::ordinary);
    }

    /** Whether a North Korean's given name is two syllables the list writes apart (SON, Jong Hyok; KIM, Jong Un). */
    private static boolean koreanGivenName(Entity entity, List<String> given) {
        return given.size() == 2 && given.get(0).length() <= 4 && given.get(1).length() <= 4
                && NameIndex.korean(entity);
    }

    /** Heads of a state body the news also writes after what it is of: "Defence Ministry" for MINISTRY OF DEFENCE. */
    private static final Set<String> BODY_HEADS = Set.of("ministry", "department", "directorate", "committee",
            "bureau", "agency", "office", "council", "commission");

    /**
     * The other ways the news words an organisation's name ({@code words}; {@code bare}, without its legal forms),
     * each a part left as the list has it:
     *
     * <ul>
     *   <li>a word joined by a hyphen written as one: COUNTER-TERRORISM as "Counterterrorism";</li>
     *   <li>a compound of two ordinary words written apart: EVERWIN SHIPMANAGEMENT as "Everwin Ship Management",
     *       GENERAL DIRECTORATE OF MILITARY COUNTERINTELLIGENCE as "… Counter-Intelligence";</li>
     *   <li>the head of a state body after what it is of: IRANIAN MINISTRY OF PETROLEUM as "Iranian Petroleum
     *       Ministry", and "Directorate General" for GENERAL DIRECTORATE;</li>
     *   <li>a generic last word in the other number: QODS AVIATION INDUSTRIES as "Qods Aviation Industry";</li>
     *   <li>a legal form at the end abbreviated: KOREA RYONBONG GENERAL CORPORATION as "… General Corp".</li>
     * </ul>
     */
    static List<List<String>> otherWordings(String name, List<String> words, List<String> bare) {
        List<List<String>> out = new ArrayList<>(0);
        if (name.indexOf('-') > 0) {
            // Most names have no hyphen, and are not read again.
            List<Token> tokens = Tokenizer.tokenize(name);
            List<String> joined = new ArrayList<>(tokens.size());
            for (int i = 0; i < tokens.size(); i++) {
                String w = tokens.get(i).norm();
                if (i > 0 && name.charAt(tokens.get(i).start() - 1) == '-' && tokens.get(i - 1).end() + 1
                        == tokens.get(i).start() && !Words.PARTICLES.contains(tokens.get(i - 1).norm())) {
                    joined.set(joined.size() - 1, joined.get(joined.size() - 1) + w);
                } else {
                    joined.add(w);
                }
            }
            if (joined.size() < tokens.size()) {
                out.add(List.copyOf(joined));
            }
        }
        int branch = name.indexOf(" - ");
        if (branch > 0) {
            out.addAll(branchByAcronym(words(name.substring(0, branch)), words(name.substring(branch + 3))));
        }
        List<String> split = new ArrayList<>(bare.size() + 1);
        for (String w : bare) {
            String[] parts = compoundOfOrdinaryWords(w);
            if (parts == null) {
                split.add(w);
            } else {
                split.add(parts[0]);
                split.add(parts[1]);
            }
        }
        if (split.size() > bare.size()) {
            out.add(List.copyOf(split));
        }
        List<List<String>> wordings = new ArrayList<>(split.size() > bare.size() ? List.of(bare, split) : List.of(bare));
        List<String> head = ministryBeforeAnd(bare);
        if (head != null) {
            out.add(head);
            wordings.add(head);
        }
        for (List<String> wording : List.copyOf(wordings)) {
            List<String> other = otherSpelling(wording);
            if (other != null) {
                out.add(other);
                wordings.add(other);
            }
        }
        for (List<String> wording : wordings) {
            int of = wording.indexOf("of");
            if (of > 0 && BODY_HEADS.contains(wording.get(of - 1)) && wording.size() - of - 1 <= 3
                    && wording.subList(of + 1, wording.size()).stream().noneMatch(Words.PARTICLES::contains)) {
                List<String> reordered = new ArrayList<>(wording.subList(0, of - 1));
                reordered.addAll(wording.subList(of + 1, wording.size()));
                reordered.add(wording.get(of - 1));
                out.add(reordered);
            }
            int general = wording.indexOf("general");
            if (general >= 0 && general + 1 < wording.size() && BODY_HEADS.contains(wording.get(general + 1))) {
                List<String> swapped = new ArrayList<>(wording);
                swapped.set(general, wording.get(general + 1));
                swapped.set(general + 1, "general");
                out.add(swapped);
            }
        }
        int proper = bare.size() >= 2 && bare.get(0).equals("bank") ? bare.get(1).equals("e") ? 2 : 1 : -1;
        if (proper > 0 && bare.size() - proper >= 1 && bare.size() - proper <= 2
                && bare.subList(proper, bare.size()).stream().noneMatch(Words.PARTICLES::contains)) {
            // A bank whose name has the Persian or Russian order, "bank" first, as English news orders it: BANK SEPAH
            // as "Sepah Bank" (not the IRGC's SEPAH before "Bank"), BANK-E SHAHR, with the Persian ezafe, as "Bank
            // Shahr" and "Shahr Bank".
            List<String> after = new ArrayList<>(bare.subList(proper, bare.size()));
            if (proper == 2) {
                List<String> withoutEzafe = new ArrayList<>(after);
                withoutEzafe.add(0, "bank");
                out.add(withoutEzafe);
            }
            after.add("bank");
            out.add(after);
        }
        for (List<String> wording : bare.size() < words.size() ? List.of(words, bare) : List.of(words)) {
            // The name without its legal forms too: PUBLIC JOINT STOCK COMPANY BANK OTKRITIE FINANCIAL CORPORATION
            // as "Bank Otkritie Financial Corp.".
            String abbreviated = wording.size() >= 3 ? ABBREVIATED.get(wording.get(wording.size() - 1)) : null;
            if (abbreviated != null) {
                List<String> other = new ArrayList<>(wording);
                other.set(other.size() - 1, abbreviated);
                out.add(other);
            }
        }
        String number = bare.size() >= 2 ? OTHER_NUMBER.get(bare.get(bare.size() - 1)) : null;
        if (number != null && !bare.stream().allMatch(Words.common()::contains)) {
            // A proper word is in it: "Industrial Technology" is anyone's, "Qods Aviation Industry" one company.
            List<String> other = new ArrayList<>(bare);
            other.set(other.size() - 1, number);
            out.add(other);
        }
        for (int k = 0; k + 1 < bare.size(); k++) {
            // Inside a name too, the guards: "Islamic Revolutionary Guard Corps Aerospace Force" for ISLAMIC
            // REVOLUTIONARY GUARDS CORPS AEROSPACE FORCE.
            String guard = bare.get(k).equals("guards") ? "guard" : bare.get(k).equals("guard") ? "guards" : null;
            if (guard != null && bare.size() >= 3) {
                List<String> other = new ArrayList<>(bare);
                other.set(k, guard);
                out.add(other);
            }
        }
        return out;
    }

    /**
     * Words British and American English spell apart, British to American and back: of a state body's field only,
     * as each spelling is one form more of every name that has it, and a word that files more than {@code
     * NameIndex}'s anchored limit of forms anchors none ("organisation" in every IRGC unit's name would).
     */
    private static final Map<String, String> AMERICAN_SPELLING = Map.of("defence", "defense");
    private static final Map<String, String> BRITISH_SPELLING = AMERICAN_SPELLING.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    /** The American spelling of a word British English spells otherwise ("defence" is "defense"), or the word. */
    static String americanSpelling(String w) {
        return AMERICAN_SPELLING.getOrDefault(w, w);
    }

    /**
     * The wording with its words of {@link #AMERICAN_SPELLING} spelt the other way, or null for none: the British news
     * writes "Ministry of Defence" for the list's MINISTRY OF DEFENSE ….
     */
    private static List<String> otherSpelling(List<String> wording) {
        List<String> other = null;
        for (int k = 0; k < wording.size(); k++) {
            String w = wording.get(k);
            String spelt = AMERICAN_SPELLING.getOrDefault(w, BRITISH_SPELLING.get(w));
            if (spelt != null) {
                if (other == null) {
                    other = new ArrayList<>(wording);
                }
                other.set(k, spelt);
            }
        }
        return other;
    }

    /**
     * A ministry's name up to the "and" or "for" that joins a second field to its first, or null: the news calls Iran's
     * MINISTRY OF DEFENSE AND ARMED FORCES LOGISTICS its "Ministry of Defence", Syria's MINISTRY OF OIL AND MINERAL
     * RESERVES its "Ministry of Oil". Generic words, it stands only where the state is named. {@code bare}: the
     * name's folded words without legal forms ({@link #withoutLegalForms}).
     */
    static List<String> ministryBeforeAnd(List<String> bare) {
        if (bare.size() < 5 || !bare.get(0).equals("ministry") || !bare.get(1).equals("of")) {
            return null;
        }
        for (int k = 3; k < bare.size() - 1; k++) {
            if (bare.get(k).equals("and") || bare.get(k).equals("for")) {
                return List.copyOf(bare.subList(0, k));
            }
        }
        return null;
    }

    /**
     * A group's branch by its parent's acronym and its own word, as the news names it: ISLAMIC STATE OF IRAQ AND
     * SYRIA - MOZAMBIQUE is "ISIS-Mozambique", … - KHORASAN PROVINCE "ISIS Khorasan Province" and "ISIS Khorasan".
     * The parent has three words or more besides particles, the branch three at most.
     */
    private static List<List<String>> branchByAcronym(List<String> parent, List<String> branch) {
        StringBuilder acronym = new StringBuilder(parent.size());
        for (String w : parent) {
            if (!Words.PARTICLES.contains(w)) {
                acronym.append(w.charAt(0));
            }
        }
        if (acronym.length() < 3 || branch.isEmpty() || branch.size() > 3) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>(2);
        List<String> named = new ArrayList<>(branch.size() + 1);
        named.add(acronym.toString());
        named.addAll(branch);
        out.add(named);
        if (branch.size() >= 2 && branch.get(branch.size() - 1).equals("province")) {
            out.add(named.subList(0, named.size() - 1));
        }
        return out;
    }

    /**
     * Legal forms at the end of a name the news abbreviates: "Korea Ryonbong General Corp" for KOREA RYONBONG GENERAL
     * CORPORATION.
     */
    private static final Map<String, String> ABBREVIATED = Map.of("corporation", "corp", "company", "co",
            "limited", "ltd", "incorporated", "inc");

    /**
     * Generic last words the news writes in the other number, each with that form: "Qods Aviation Industry" for QODS
     * AVIATION INDUSTRIES, "Aerospace Force" for … AEROSPACE FORCES.
     */
    private static final Map<String, String> OTHER_NUMBER = Map.ofEntries(Map.entry("industries", "industry"),
            Map.entry("industry", "industries"), Map.entry("forces", "force"), Map.entry("force", "forces"),
            Map.entry("technologies", "technology"), Map.entry("technology", "technologies"),
            Map.entry("services", "service"), Map.entry("service", "services"), Map.entry("systems", "system"),
            Map.entry("system", "systems"), Map.entry("products", "product"), Map.entry("engines", "engine"),
            Map.entry("investments", "investment"), Map.entry("investment", "investments"),
            Map.entry("holdings", "holding"), Map.entry("holding", "holdings"));

    /**
     * The two ordinary words of four letters or more a word is made of ("shipmanagement" is ship and management), or
     * null: proper words ("Rosneft", "Hezbollah") are made of no two.
     */
    private static String[] compoundOfOrdinaryWords(String w) {
        if (w.length() < 9 || Words.common().contains(w)) {
            return null;
        }
        for (int p = 4; p <= w.length() - 4; p++) {
            String head = w.substring(0, p);
            String rest = w.substring(p);
            if (Words.common().contains(head) && Words.common().contains(rest)) {
                return new String[] {head, rest};
            }
        }
        return null;
    }

    /**
     * Words around an organisation's distinctive core that the news leaves out, besides legal forms: generic heads
     * ("STATE CORPORATION ROSTEC" is "Rostec", "USM HOLDINGS LIMITED" is "USM", "JOINT-STOCK COMPANY CONCERN
     * ALMAZ-ANTEY" is "Almaz-Antey", as Russia's defence concerns are named; "HYDRA MARKETPLACE" is "Hydra"), the
     * Russian legal forms as the lists transliterate them ("HOLDINGOVAYA KOMPANIYA METALLOINVEST AO" is
     * "Metalloinvest"), and a region after the core
     * ("GARANTEX EUROPE OU" is "Garantex"; "DIRAC TECHNOLOGY HK LIMITED", a front company of Hong Kong, is "Dirac
     * Technology"), and "industries" after a name ("Qods Aviation" for QODS AVIATION INDUSTRIES). Longest first.
     */
    private static final List<List<String>> GENERIC_HEADS = Stream.of(
            "obshchestvo s ogranichennoi otvetstvennostyu", "obshchestvo s ogranichennoy otvetstvennostyu",
            "publichnoe aktsionernoe obshchestvo", "otkrytoe aktsionernoe obshchestvo",
            "zakrytoe aktsionernoe obshchestvo", "aktsionernoe obshchestvo", "holdingovaya kompaniya",
            "kholdingovaya kompaniya", "state corporation", "state company", "holding company", "group of companies",
            "concern", "kontsern", "marketplace",
            // "services": SEWA SECURITY SERVICES is "Sewa Security", as the news names the Wagner firm.
            "holdings", "holding", "group", "services", "industries", "the", "s r o", "sro", "ou", "otc", "europe",
            "asia", "hk", "hong kong", "international", "global", "associated", "khk", "association")
            .map(f -> List.of(f.split(" "))).sorted(Comparator.comparingInt((List<String> f) -> -f.size())).toList();

    /**
     * The distinctive core of an organisation's name, as the news names it: legal forms, generic heads and a leading
     * demonym or country name taken off ("LEBANESE HEZBOLLAH" is "Hezbollah", "STATE CORPORATION ROSTEC" is
     * "Rostec"); empty when nothing is taken off, when nothing is left, or when what is left is one ordinary word or
     * a country word ("THE BASE" has no core).
     */
    private static boolean endsInState(List<String> words, Set<List<String>> countryNames) {
        for (int k = 1; k < words.size(); k++) {
            if (words.get(k - 1).equals("of") && countryNames.contains(words.subList(k, words.size()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Turkish legal forms, which the lists write unabbreviated or abbreviated at the end of a Turkish company's name
     * ("… LIMITED SIRKETI", "… ANONIM SIRKETI", "… LTD STI").
     */
    private static final List<List<String>> TURKISH_LEGAL_FORMS = Stream.of("limited sirketi", "anonim sirketi",
            "ltd sti", "sti", "a s").map(f -> List.of(f.split(" "))).toList();

    /**
     * The words of trade and sector a Turkish company's name runs on with after its own word, which the news leaves
     * out: MARGIANA INSAAT DIS TICARET LIMITED SIRKETI ("construction and foreign trade") is "Margiana", DEMIRCI BILISIM
     * TICARET SANAYI LIMITED SIRKETI "Demirci". Taken off the end only of a name with a Turkish legal form, so that an
     * English name ending in "petrol" keeps it.
     */
    private static final Set<String> TURKISH_TRADE_WORDS = Set.of("ve", "ic", "dis", "ticaret", "sanayi", "san",
            "tic", "insaat", "lojistik", "kargo", "ithalat", "ihracat", "pazarlama", "enerji", "enerjisi", "petrol",
            "gida", "bilisim", "bilgi", "teknolojileri", "teknoloji", "havacilik", "tasimacilik", "nakliyat",
            "yatirim", "uluslararasi", "elektronik", "elektrik", "madencilik", "turizm", "denizcilik", "kimya",
            "savunma", "metalurji", "gayrimenkul", "kuyumculuk", "proje", "toptan", "satis", "uretim", "urunleri",
            "saglik", "transit", "otomotiv", "makina", "makine", "tekstil", "endustri", "endustrisi", "liman",
            "isletmeciligi", "muhendislik", "danismanlik", "hizmetleri", "sistemleri", "teknik", "malzemeleri");

    /** Spanish's plural articles before a body's name (LOS ZETAS); not LA, a word of many names (LA RIVIERA). */
    private static final Set<String> SPANISH_ARTICLES = Set.of("los", "las");

    /** Whether words name a state's body by its demonym: "the Syrian Arab Army", "the Russian Armed Forces". */
    private static boolean ofAStateBody(List<String> words, Set<String> countryWords) {
        return words.size() >= 3 && words.get(0).equals("the") && countryWords.contains(words.get(1));
    }

    static List<String> core(List<String> words, Set<String> countryWords, Set<List<String>> countryNames) {
        int from = 0;
        int to = words.size();
        for (List<String> form : TURKISH_LEGAL_FORMS) {
            if (form.size() < to && matchesAt(words, to - form.size(), form)) {
                to -= form.size();
                while (to > 1 && TURKISH_TRADE_WORDS.contains(words.get(to - 1))) {
                    to--;
                }
                break;
            }
        }
        boolean changed = true;
        while (changed && to - from > 1) {
            changed = false;
            for (List<List<String>> set : List.of(LEGAL_FORMS, GENERIC_HEADS)) {
                for (List<String> form : set) {
                    int n = form.size();
                    if (n < to - from && matchesAt(words, to - n, form)) {
                        to -= n;
                        changed = true;
                    } else if (n < to - from && matchesAt(words, from, form)) {
                        from += n;
                        changed = true;
                    }
                    if (changed) {
                        break;
                    }
                }
                if (changed) {
                    break;
                }
            }
            if (!changed && to - from > 1 && (countryWords.contains(words.get(from))
                    || SPANISH_ARTICLES.contains(words.get(from)))) {
                // The state's word before a body's name, and Spanish's article, which English news writes "the":
                // LOS ZETAS is "the Zetas", LOS CABALLEROS TEMPLARIOS "the Caballeros Templarios".
                from++;
                changed = true;
            }
            if (!changed && to - from > 2) {
                // "FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA": the state it is of, left out;
                // and a body of a body of a state, where two words or more are left ("STATE DUMA OF THE FEDERAL
                // ASSEMBLY OF THE RUSSIAN FEDERATION" is "State Duma", "FOURTH DIVISION OF THE SYRIAN ARAB ARMY"
                // "Fourth Division").
                int of = words.subList(from, to).indexOf("of");
                List<String> tail = of > 0 ? words.subList(from + of + 1, to) : List.of();
                if (of > 0 && (countryNames.contains(tail) || of >= 2 && (endsInState(tail, countryNames)
                        || ofAStateBody(tail, countryWords)))) {
                    to = from + of;
                    changed = true;
                }
            }
        }
        if (to - from == 2 && (words.get(to - 1).equals("bank") || words.get(from).equals("bank"))
                && words.get(words.get(from).equals("bank") ? from + 1 : from).length() <= 4) {
            // An acronym's bank: VTB BANK PUBLIC JOINT STOCK COMPANY is "VTB". (A bank named by a word, BANK ZENIT,
            // keeps its head: Zenit is a football club.)
            if (words.get(from).equals("bank")) {
                from++;
            } else {
                to--;
            }
            String acronym = words.get(from);
            return acronym.length() >= 3 && !Words.common().contains(acronym) ? List.of(acronym) : List.of();
        }
        // The last word read only where there are four: a name may have none ("&" or ":" alone, as 268 names of
        // organisations of LargeList's 3M-name list are, which indexing that list stopped at).
        String last = to - from >= 4 ? words.get(to - 1) : "";
        if (to - from >= 4 && TYPE_BEFORE_NAME.contains(words.get(to - 2)) && last.length() >= 4
                && !Words.common().contains(last) && !countryWords.contains(last)
                && last.chars().noneMatch(Character::isDigit)
                && ordinaryWords(words.subList(from, to - 1))) {
            // A Russian body's name: what it is, in ordinary words, then its own name, which Russian news writes in
            // quotes after its type and English news alone: RESEARCH AND PRODUCTION CONCERN BARL is "BARL" (АО
            // "БАРЛ"). A name with a word of its kind that is no ordinary English word keeps its core as it was:
            // FEDERAL STATE BUDGETARY EDUCATIONAL INSTITUTE ... CENTER ARTEK is not "Artek" by this.
            return List.of(last);
        }
        if (from == 0 && to == words.size()) {
            return List.of();
        }
        List<String> core = words.subList(from, to);
        String first = core.get(0);
        if (Words.PARTICLES.contains(first) && !arabicNameOfABody(core)
                || Words.PARTICLES.contains(core.get(core.size() - 1))) {
            return List.of();
        }
        if (core.size() == 1 && (first.length() < 4 || countryWords.contains(first)
                || first.chars().anyMatch(Character::isDigit))) {
            return List.of();
        }
        if (core.size() == 1 && Words.common().contains(first)) {
            // "THE BASE": a word of every other text. (Cores of ordinary words, "National Police" of NICARAGUAN
            // NATIONAL POLICE, stand only where the entry's state is named: EntityMatcher.generic.)
            return List.of();
        }
        return List.copyOf(core);
    }

    /**
     * Whether a core that begins with a particle is an Arabic name of a body all the same: a kunya or the article
     * before a word no given name. ABU SAYYAF GROUP is "Abu Sayyaf" ("an alleged Abu Sayyaf member"), AL-QARD
     * AL-HASSAN ASSOCIATION "Al-Qard al-Hassan"; ABU AHMED GROUP is no "Abu Ahmed", the name of thousands of men.
     */
    private static boolean arabicNameOfABody(List<String> core) {
        return core.size() >= 2 && (core.get(0).equals("abu") || article(core.get(0)))
                && !Romanisation.givenName(core.get(1));
    }

    /** The kinds of body a Russian name names before the body's own name: CONCERN BARL, INSTITUTE VEKTOR. */
    private static final Set<String> TYPE_BEFORE_NAME = Set.of("concern", "center", "centre", "institute", "plant",
            "factory", "bureau", "enterprise", "complex", "works");

    /** States' long names as the lists write them inside a body's name, and the country word news writes for them. */
    private static final Map<List<String>, String> STATES_IN_FULL = Map.of(
            List.of("democratic", "people", "republic", "of", "korea"), "korea",
            List.of("islamic", "republic", "of", "iran"), "iran",
            List.of("syrian", "arab", "republic"), "syria",
            List.of("russian", "federation"), "russia",
            List.of("republic", "of", "belarus"), "belarus",
            List.of("bolivarian", "republic", "of", "venezuela"), "venezuela",
            List.of("republic", "of", "cuba"), "cuba",
            List.of("republic", "of", "iraq"), "iraq");

    /**
     * The words with a state's long name written as its country's word, as news in other languages names the body
     * ("朝鲜中央银行", the Korean central bank: CENTRAL BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA is "central
     * bank of the korea"); the words themselves when they have none.
     */
    static List<String> withStatesShort(List<String> words) {
        for (Map.Entry<List<String>, String> state : STATES_IN_FULL.entrySet()) {
            List<String> full = state.getKey();
            for (int i = 0; i + full.size() <= words.size(); i++) {
                if (matchesAt(words, i, full)) {
                    List<String> out = new ArrayList<>(words.subList(0, i));
                    out.add(state.getValue());
                    out.addAll(words.subList(i + full.size(), words.size()));
                    return out;
                }
            }
        }
        return words;
    }

    /** The words with the legal forms at either end taken off: "oao rosoboronexport" is "rosoboronexport". */
    static List<String> withoutLegalForms(List<String> words) {
        // Index bounds, not sublists: this runs for every organisation name at index build, on Lambda's C1 compiler.
        int from = 0;
        int to = words.size();
        boolean changed = true;
        while (changed && to - from > 1) {
            changed = false;
            for (List<String> form : LEGAL_FORMS) {
                int n = form.size();
                if (n < to - from && matchesAt(words, to - n, form)) {
                    to -= n;
                    changed = true;
                    break;
                }
                if (n < to - from && matchesAt(words, from, form)) {
                    from += n;
                    changed = true;
                    break;
                }
            }
        }
        return from == 0 && to == words.size() ? words : List.copyOf(words.subList(from, to));
    }

    private static boolean matchesAt(List<String> words, int at, List<String> form) {
        for (int i = 0; i < form.size(); i++) {
            if (!words.get(at + i).equals(form.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static void add(Map<List<String>, NameForm> forms, NameForm form) {
        if (form.words().isEmpty()) {
            return;
        }
        forms.merge(form.words(), form, (a, b) -> a.rule().score() >= b.rule().score() ? a : b);
    }
}
