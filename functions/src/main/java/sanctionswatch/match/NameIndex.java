package sanctionswatch.match;

import sanctionswatch.country.Countries;
import sanctionswatch.country.CountryForm;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.Watchlist;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of a list as {@link EntityMatcher} looks them up: every form of every name ({@link NameForms}), numbered,
 * in a phrase index; their romanisation keys in another; the anchors of the fuzzy pass; the vessels' IMO numbers; the
 * other identifiers a text may print ({@link IdentifierIndex}).
 *
 * <p>Kept in arrays of word and form numbers rather than an object per form or per anchor: for a list of a million
 * names that is millions of objects, and their headers and references were most of the index.
 */
final class NameIndex {
    /** A word of at least this many letters anchors the search for a misspelt neighbour; shorter ones are common. */
    static final int MIN_ANCHOR = 4;
    /**
     * An anchor word and neighbour's letter in more names than this are too common to anchor anything ("korea" then
     * "d…", "mohammed" then "a…"); "vladimir" then "p…" stays.
     */
    private static final int MAX_ANCHORED = 32;
    /** Slots of a neighbour's first letter: a–z and anything else, after the anchor or before it. */
    private static final int SLOTS = 54;
    private static final MatchRule[] RULES = MatchRule.values();
    private static final EntityType[] TYPES = EntityType.values();
    /** How {@link #formEntry} packs a form's type, rule and entry position into one int. */
    private static final int TYPE_BITS = 2;
    private static final int TYPE_MASK = (1 << TYPE_BITS) - 1;
    private static final int RULE_BITS = 4;
    private static final int RULE_MASK = (1 << RULE_BITS) - 1;
    private static final int ENTRY_SHIFT = TYPE_BITS + RULE_BITS;
    /** The most entries a list indexed may hold: 67,108,864, 58 times the 1.16 million of the 3M-name list. */
    static final int MAX_ENTRIES = 1 << (Integer.SIZE - ENTRY_SHIFT);

    static {
        if (TYPES.length > 1 << TYPE_BITS || RULES.length > 1 << RULE_BITS) {
            throw new ExceptionInInitializerError("more entry types or rules than NameIndex.formEntry packs");
        }
    }

    private final Lexicon lexicon;
    private final PhraseIndex names;
    private final PhraseIndex variants;
    /** Words of the romanisation keys of names of two words or more. */
    private final BitSet keyed;
    /** Words that anchor names, crowded or not. */
    private final BitSet anchorWords;
    /**
     * The names anchored by word w are entries {@code [anchorStart[w], anchorStart[w + 1])}, in order of slot (the
     * neighbour's side and first letter), each a form and where in it the anchor stands.
     */
    private final int[] anchorStart;
    private final byte[] anchorSlot;
    private final int[] anchorForm;
    private final byte[] anchorAt;
    /** The list's entries, in list order: the entry at position p of {@link #formEntry}. */
    private final Entity[] entries;
    /**
     * Form f is the entry at position {@code formEntry[f] >>> ENTRY_SHIFT} of the list, by rule {@code (formEntry[f]
     * >>> TYPE_BITS) & RULE_MASK}, the entry of type {@code formEntry[f] & TYPE_MASK}, words {@code
     * formWords[formStart[f] ..]}. One int for the three, which every form of a phrase found is asked for: on a list
     * of OpenSanctions' size a phrase is a form of hundreds of entries ("Korea", 135 forms of the 3M-name list),
     * scattered through the index's millions of forms, and each of an array of entries, one of rules and one of types
     * cost a read from memory of its own (the first pass's check of the type read from its array alone was 9 % of that
     * list's scan of the AFP story at C1; bench/README.md, "An OpenSanctions-size list", perf9). The entry itself,
     * a record somewhere in a gigabyte of heap, is read only where it is needed.
     */
    private final int[] formEntry;
    private final int[] formStart;
    private final int[] formWords;
    private final Map<String, Entity> imo;
    private final IdentifierIndex identifiers;

    /**
     * The layout of {@link #write}, and the rules that made what it holds: raised whenever the forms, keys or anchors
     * a name gives change ({@link NameForms}, {@link Romanisation}, the anchoring here), so that an index written
     * before is not read as current. (A test compares the bundled list's index with one built afresh.) 3: the
     * identifiers of {@link IdentifierIndex} before the IMO numbers. 4: names tokenized without their elided French
     * or Italian article ("COTE D'IVOIRE" is "cote", "ivoire"). 5: a person's alias with a part left out is a
     * {@link MatchRule#PARTIAL_ALIAS}. 11: a hard c keyed as k ({@link Romanisation}: SOVCOMBANK and Совкомбанк).
     * 12: y and w before a long a kept in Arabic keys ({@link ScriptKeys}: Iyad, إياد), ii keyed as i ({@link
     * Romanisation}: Serniya, Sernia), legal forms abbreviated at the end of a name (General Corp). 13: a Turkish
     * company's core without its words of trade ({@link NameForms}: MARGIANA INSAAT DIS TICARET LIMITED SIRKETI); a head
     * of state's surname alone his, however many share it ("Assad"); z keyed as s ({@link Romanisation}: Koslow). 14:
     * North Korea's people keyed for Arabic script too ({@link ScriptKeys#koreanInArabic}: كيم جونغ أون); a bank by the
     * word its name joins to -bank (Sovcom); j before a consonant keyed as y ({@link Romanisation}: Sulejman); a
     * group's branch by its parent's acronym (ISIS-Mozambique); Mahmud keyed apart from Muhammad; the Arabic-speaking
     * world's people keyed for Cyrillic too ({@link ScriptKeys#arabicInCyrillic}: Джаафар аль-Хусейни). 15: a head of
     * state's surname alone without its Arabic article ("Asad"); a legal form abbreviated at the end of a name without
     * its other legal forms ({@link NameForms}: "Bank Otkritie Financial Corp"). 16: the list's fingerprint takes the
     * aliases from the bytes they are kept in ({@link Entity#aliasesHash}), their kinds too. 17: given names of the
     * Arabic-speaking world keyed as one ({@link Romanisation}: Mohammed, Muhammad); "hafiz" and "alhaj" read as titles
     * and "associated" as a generic head ({@link NameForms}); an organisation's one long word keyed; Polish cz, sz and
     * Dutch oe keyed as English writes them ({@link Romanisation}: Wiaczesław, Poetin); guard and guards inside a
     * name ({@link NameForms}). 18: Lebanon's SAL and SAL OFFSHORE read as legal forms ({@link NameForms}: "Hokoul
     * SAL"); no core name of one word that is a listed person's given name ("Nour"); Russia's people in Arabic
     * script by keys of their own ({@link ScriptKeys#russianOfLatin}: شيميزوف is CHEMEZOV). 19: "industries" read
     * as a generic head ({@link NameForms}: "Qods Aviation" for QODS AVIATION INDUSTRIES); Seyed and its spellings
     * read as titles ("Morteza Minaye Hashemi"); HK and Hong Kong after a core name ("Dirac Technology"). 20: each
     * form's entry type beside its rule. 21: a Korean key's n and k before a vowel read as ng ({@link ScriptKeys}: 은금
     * is "Ungum"); a bank whose name has "bank" first in English order ({@link NameForms}: "Sepah Bank", "Shahr Bank"
     * for BANK-E SHAHR); a Russian body's own name after its type and ordinary words as its core (CONCERN BARL). 22:
     * a body's Arabic name after a kunya or the article as its core, "association" a generic head ({@link
     * NameForms}: "Abu Sayyaf", "Al-Qard al-Hassan"); no partial name of a North Korean without a syllable of the
     * given name ("Jong Son" of SON, Jong Hyok); "corporation" a legal form and "Korea" a country word before a
     * core ("Rounsan Trading", "Green Pine"); no name without its legal forms of ordinary words alone ("Global
     * Energy" of GLOBAL ENERGY COMPANY S.A.S.). 23: a body of the Arabic-speaking world or Iran whose name is Arabic
     * or Persian words romanised filed under its Arabic-script keys ({@link #arabicWords}: حركة النجباء). 24: a Korean
     * key's aspirates written with an h read as the plain consonant ({@link ScriptKeys}: UNPHA, 은파). 25: an
     * organisation's word with the Arabic article joined written apart where another of its names parts it ({@link
     * NameForms}: "Muhjat Al-Quds Foundation" for MUHJAT ALQUDS FOUNDATION); Spanish's plural article before a core
     * left out ("the Zetas" for LOS ZETAS). 26: an organisation's name without its own state's name at its end
     * ({@link NameForms#ownStateLast}: "Bank Saderat" for BANK SADERAT IRAN). 27: a soft c keyed as s ({@link
     * Romanisation}: GARCIA and Гарсия). 28: dz keyed as j (Polish "Kim Dzong Un"). 29: a letter the keys double
     * written once (ANDREYEV and Андреев); an o or u before an a the w of an Arabic key (SINALOA, سينالوا); the forms
     * of an organisation's name without its first Arabic article ("Qatirji Company") and of a defence concern without
     * CONCERN ("Almaz-Antey"). 30: an organisation's names with another entry's acronym spelt out ({@link
     * #acronymsSpelt}: "Islamic Revolutionary Guard Corps Navy" for IRGC NAVY). 31: a final h after a or e keyed
     * away ({@link Romanisation}: Saadeh, SAADE). 32: a person's two surnames the other way round ("Ruy López Delgado"
     * for DELGADO LOPEZ, Ruy). 33: no form of an alias the news uses as another body's name ({@code
     * other-bodies.tsv}: ANSAR ALLAH, the Houthis, not HIZBALLAH). 34: no surname alone of a person's former name
     * ("Braun", KRAVTSOV, Sergey, fka BRAUN). 35: no one-word core of an organisation's former name ("Batı", fka BATI
     * ENERJI). 36: "services" a generic head ("Sewa Security" for SEWA SECURITY SERVICES). 37: a given name
     * of the faith ("X al-Din") filed under its two Arabic words' keys too ({@link #AL_DIN}: صفي الدين for SAFIEDDINE).
     * 38: a word ending in a ta marbuta filed under the Arabic key without it too ({@link
     * ScriptKeys#withoutTaMarbuta}: حمية for HAMIYAH, Talal).
     */
    static final int FORMAT = 38;
    /** The fewest letters of an organisation's one-word name filed under its key: shorter ones are other words. */
    static final int LONG_WORD = 8;
    private static final int MAGIC = 0x53574958;

    /** Receives the names anchored by a word: form number and the anchor's position in it. */
    interface Anchored {
        void accept(int form, int at);
    }

    private NameIndex(Lexicon lexicon, PhraseIndex names, PhraseIndex variants, BitSet keyed, BitSet anchorWords,
                      int[] anchorStart, byte[] anchorSlot, int[] anchorForm, byte[] anchorAt, Entity[] entries,
                      int[] formEntry, int[] formStart, int[] formWords, Map<String, Entity> imo,
                      IdentifierIndex identifiers) {
        this.lexicon = lexicon;
        this.names = names;
        this.variants = variants;
        this.keyed = keyed;
        this.anchorWords = anchorWords;
        this.anchorStart = anchorStart;
        this.anchorSlot = anchorSlot;
        this.anchorForm = anchorForm;
        this.anchorAt = anchorAt;
        this.entries = entries;
        this.formEntry = formEntry;
        this.formStart = formStart;
        this.formWords = formWords;
        this.imo = imo;
        this.identifiers = identifiers;
    }

    private static NameIndex build(Builder b, Watchlist list) {
        Lexicon lexicon = b.lexicon.trimmed();
        BitSet anchorWords = new BitSet(lexicon.size());
        // Entries sorted by word and then slot, keeping the order they were filed in: two stable counting sorts.
        int[] words = b.anchorWord.toArray();
        int[] slots = b.anchorSlot.toArray();
        int n = words.length;
        int[] order = countingOrder(words, countingOrder(slots, null, SLOTS), lexicon.size());
        int[] start = new int[lexicon.size() + 1];
        IntArray slot = new IntArray(n);
        IntArray form = new IntArray(n);
        IntArray at = new IntArray(n);
        int k = 0;
        for (int word = 0; word < lexicon.size(); word++) {
            start[word] = slot.size();
            while (k < n && words[order[k]] == word) {
                anchorWords.set(word);
                int run = k;
                int s = slots[order[k]];
                while (run < n && words[order[run]] == word && slots[order[run]] == s) {
                    run++;
                }
                if (run - k <= MAX_ANCHORED) {
                    for (int e = k; e < run; e++) {
                        slot.add(s);
                        form.add(b.anchorForm.get(order[e]));
                        at.add(b.anchorAt.get(order[e]));
                    }
                }
                k = run;
            }
        }
        start[lexicon.size()] = slot.size();
        Entity[] entries = list.entities().toArray(new Entity[0]);
        Map<Entity, Integer> position = positions(entries);
        int[] formEntry = new int[b.entities.size()];
        for (int f = 0; f < formEntry.length; f++) {
            formEntry[f] = packed(position.get(b.entities.get(f)), b.rules.get(f), b.types.get(f));
        }
        return new NameIndex(lexicon, b.names.build(), b.variants.build(), b.keyed, anchorWords, start,
                slot.toByteArray(), form.toArray(), at.toByteArray(), entries, formEntry, b.starts.toArray(),
                b.words.toArray(), b.imo, b.identifiers);
    }

    /** Each entry's position in {@code entries}, by identity. */
    private static Map<Entity, Integer> positions(Entity[] entries) {
        if (entries.length > MAX_ENTRIES) {
            throw new IllegalArgumentException("a list of " + entries.length + " entries, more than an index holds");
        }
        Map<Entity, Integer> position = new IdentityHashMap<>();
        for (Entity e : entries) {
            position.put(e, position.size());
        }
        return position;
    }

    /** A form's entry position, rule and type as {@link #formEntry} keeps them. */
    private static int packed(int entry, int rule, int type) {
        return entry << ENTRY_SHIFT | rule << TYPE_BITS | type;
    }

    /** Indexes every name and alias of the list, their romanisation keys, and the vessels' IMO numbers. */
    static NameIndex of(Watchlist list, Set<String> common) {
        Builder b = new Builder();
        alone(list, common).forEach(form -> b.add(form.entity(), form.rule(), form.words()));
        for (NameForm form : Words.translated(list)) {
            b.add(form.entity(), form.rule(), form.words());
        }
        acronymsSpelt(list).forEach(form -> b.add(form.entity(), form.rule(), form.words(), false));
        for (Entity e : list.entities()) {
            for (NameForm form : NameForms.of(e)) {
                List<String> words = form.words();
                // A name of one ordinary word ("Majestic", "Courage") never matches alone; a vessel's may, next to
                // a word that makes it a ship.
                if (words.size() == 1 && common.contains(words.get(0)) && e.type() != EntityType.VESSEL) {
                    continue;
                }
                b.add(e, form.rule(), words);
            }
            for (String number : e.imoNumbers()) {
                b.imo.put(number, e);
            }
        }
        b.identifiers = IdentifierIndex.of(list, common);
        return build(b, list);
    }

    /**
     * Organisations' names with another entry's acronym spelt out, as that entry's names give it: IRGC NAVY is the
     * "Islamic Revolutionary Guard Corps Navy" of the news, which writes the Guards' name in full as often as not. Only
     * an acronym that is the name of one word of one organisation, no ordinary word, and the initials of another of
     * its names (IRGC: ISLAMIC REVOLUTIONARY GUARD CORPS, "of", "and" and "the" passed over), spelt out by each such
     * name.
     */
    private static List<NameForm> acronymsSpelt(Watchlist list) {
        // Each organisation's names as words, read once for both passes below.
        Map<Entity, List<List<String>>> organisations = new LinkedHashMap<>();
        for (Entity e : list.entities()) {
            if (e.type() == EntityType.ORGANISATION) {
                organisations.put(e, e.strongNames().stream().map(NameForms::words).toList());
            }
        }
        Map<String, List<List<String>>> spelt = new HashMap<>();
        Map<String, Entity> owner = new HashMap<>();
        Set<String> shared = new HashSet<>();
        organisations.forEach((e, names) -> {
            for (List<String> words : names) {
                String acronym = words.size() == 1 ? words.get(0) : "";
                if (acronym.length() < 3 || acronym.length() > 6 || Words.common().contains(acronym)) {
                    continue;
                }
                for (List<String> full : names) {
                    if (full.size() > 1 && initials(full).equals(acronym)) {
                        Entity before = owner.putIfAbsent(acronym, e);
                        if (before != null && before != e) {
                            shared.add(acronym);
                        }
                        spelt.computeIfAbsent(acronym, k -> new ArrayList<>()).add(full);
                    }
                }
            }
        });
        shared.forEach(spelt::remove);
        List<NameForm> out = new ArrayList<>();
        organisations.forEach((e, names) -> {
            for (List<String> words : names) {
                for (int i = 0; i < words.size() && words.size() > 1; i++) {
                    List<List<String>> fulls = spelt.get(words.get(i));
                    if (fulls == null || owner.get(words.get(i)) == e) {
                        continue;
                    }
                    for (List<String> full : fulls) {
                        List<String> longer = new ArrayList<>(words.subList(0, i));
                        longer.addAll(full);
                        longer.addAll(words.subList(i + 1, words.size()));
                        out.add(new NameForm(e, List.copyOf(longer), MatchRule.ALIAS));
                    }
                }
            }
        });
        return out;
    }

    /** A name's words' first letters, "of", "and" and "the" passed over: ISLAMIC REVOLUTIONARY GUARD CORPS, "irgc". */
    private static String initials(List<String> words) {
        StringBuilder b = new StringBuilder(words.size());
        for (String w : words) {
            if (!w.equals("of") && !w.equals("and") && !w.equals("the")) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /**
     * The names that stand for an entry alone only because no other entry of the list has them: an organisation's
     * core ({@link NameForms#core}) and a person's surname of five letters or more that is no ordinary word. A core
     * or surname that several entries have is left out ("Ivanov"). A parent and its subsidiaries part by their cores:
     * HOLDINGOVAYA KOMPANIYA METALLOINVEST AO has the core "Metalloinvest", METALLOINVEST TRADING AG the core
     * "Metalloinvest Trading", so "Metalloinvest" alone is the holding company.
     */
    private static List<NameForm> alone(Watchlist list, Set<String> common) {
        Set<String> countryWords = new HashSet<>();
        Set<List<String>> countryNames = new HashSet<>();
        for (CountryForm c : Countries.bundled().forms()) {
            if (c.kind() == CountryForm.Kind.NOT_A_COUNTRY || c.kind() == CountryForm.Kind.REGION) {
                continue;
            }
            if (c.words().size() == 1 && c.kind() != CountryForm.Kind.PLACE) {
                // Names and demonyms, not capitals: AMSTERDAM TRADE BANK is not a "Trade Bank" of the Netherlands.
                countryWords.add(c.words().get(0));
            }
            countryNames.add(c.words());
            if (c.words().size() > 1) {
                List<String> withThe = new ArrayList<>(c.words().size() + 1);
                withThe.add("the");
                withThe.addAll(c.words());
                countryNames.add(withThe);
            }
        }
        // "Korea", which no form names a state by alone (North or South?), begins North Korea's companies' names as
        // the state's word: KOREA ROUNSAN TRADING CORPORATION is "Rounsan Trading" ("Korean Rounsan Trading Corp.").
        countryWords.add("korea");
        // Given names of the list's people: "Boris" of BORIS, Albert is Boris Rotenberg's given name too, never a
        // surname that stands alone.
        Set<String> givenNames = new HashSet<>();
        Map<List<String>, Set<Entity>> cores = new LinkedHashMap<>();
        // Whole names of one or two words, with their entries: "Hamas" is the organisation's name, never a surname
        // that stands alone for another entry; nor is "Kazan", the tanker's.
        Map<List<String>, Set<Entity>> shortNames = new HashMap<>();
        // How many entries have each word in a name: a word of many ("Mujahideen", in ten) is no one entry's core.
        Map<String, Integer> entriesWith = new HashMap<>();
        Map<List<String>, Set<Entity>> surnames = new LinkedHashMap<>();
        // The surnames people bear now: a former name's (fka) is no surname alone of theirs, as the news uses it for
        // others ("von Braun" is not KRAVTSOV, Sergey, formerly BRAUN).
        Map<List<String>, Set<Entity>> borne = new HashMap<>();
        // A bank whose name is one joined word, by the word before "bank": Sovcom for SOVCOMBANK.
        Map<List<String>, Set<Entity>> bankStems = new LinkedHashMap<>();
        for (Entity e : list.entities()) {
            List<String> names = new ArrayList<>(1 + e.aliases().size());
            names.add(e.name());
            Set<String> formerName = new HashSet<>(0);
            for (Alias a : e.aliases()) {
                if (!a.weak() && !NameForms.otherBody(e, a)) {
                    names.add(a.name());
                    if (a.kind() == Alias.Kind.FKA) {
                        formerName.add(a.name());
                    }
                }
            }
            Set<String> seen = new HashSet<>();
            for (String name : names) {
                List<String> words = NameForms.words(name);
                for (String w : words) {
                    if (seen.add(w)) {
                        entriesWith.merge(w, 1, Integer::sum);
                    }
                }
                // A ship's former names (fka) are no name of it that another's word must give way to: HYDRA, once
                // HERBY's, leaves "Hydra" to HYDRA MARKET.
                if (words.size() <= 2 && name.indexOf(',') < 0
                        && !(e.type() == EntityType.VESSEL && formerName.contains(name))) {
                    shortNames.computeIfAbsent(words, k -> new HashSet<>()).add(e);
                }
                if (e.type() == EntityType.ORGANISATION) {
                    List<String> core = NameForms.core(words, countryWords, countryNames);
                    // Not a former name's one word: "Batı" ("West") is no GENT ELEKTRIK ENERJISI, once BATI ENERJI.
                    if (!core.isEmpty() && !(core.size() == 1 && formerName.contains(name))) {
                        cores.computeIfAbsent(core, k -> new LinkedHashSet<>()).add(e);
                    }
                    String stem = core.size() == 1 ? bankStem(core.get(0)) : null;
                    if (stem != null) {
                        bankStems.computeIfAbsent(List.of(stem), k -> new LinkedHashSet<>()).add(e);
                    }
                } else if (e.type() == EntityType.PERSON) {
                    List<String> surname = NameForms.surname(name);
                    String given = NameForms.givenName(name);
                    if (given != null) {
                        givenNames.add(given);
                    }
                    if (!surname.isEmpty()) {
                        surnames.computeIfAbsent(surname, k -> new LinkedHashSet<>()).add(e);
                        if (!formerName.contains(name)) {
                            borne.computeIfAbsent(surname, k -> new HashSet<>()).add(e);
                        }
                    }
                    if (surname.size() >= 2 && NameForms.ARTICLES.contains(surname.get(0))
                            && headOfState(Set.of(e)) != null) {
                        // The news drops the Arabic article of a head of state's surname alone: "the Asad regime"
                        // (AL-ASAD, Bashar). Not of others': "Houthi" is the movement before AL-HUTHI, Abd al-Khaliq.
                        surnames.computeIfAbsent(surname.subList(1, surname.size()), k -> new LinkedHashSet<>())
                                .add(e);
                        borne.computeIfAbsent(surname.subList(1, surname.size()), k -> new HashSet<>()).add(e);
                    }
                }
            }
        }
        Map<List<String>, NameForm> out = new LinkedHashMap<>();
        List<NameForm> ofStates = new ArrayList<>(0);
        cores.forEach((core, owners) -> {
            // Not a word that is a listed person's given name: "Nour" is a man before it is NOUR HOLDING SAL.
            if (owners.size() == 1 && shortNames.getOrDefault(core, Set.of()).stream().allMatch(owners::contains)
                    && (core.size() > 1 || core.get(0).length() <= 4
                    || entriesWith.getOrDefault(core.get(0), 0) <= MAX_CORE_ENTRIES)
                    && (core.size() > 1 || !givenNames.contains(core.get(0)))) {
                out.put(core, new NameForm(owners.iterator().next(), core, MatchRule.CORE));
            } else if (owners.size() <= MAX_STATE_BODIES && institution(core, common) && ofOtherStates(owners)) {
                // "Foreign Trade Bank": North Korea's and Myanmar's, each where its own state is named (a core of
                // ordinary words stands only there: EntityMatcher.generic).
                owners.forEach(o -> ofStates.add(new NameForm(o, core, MatchRule.CORE)));
            }
        });
        bankStems.forEach((stem, owners) -> {
            // "Otkritie, Novikom and Sovcom": news names Russia's banks without the -bank their names are joined to
            // (SOVCOMBANK OPEN JOINT STOCK COMPANY, JOINT STOCK COMMERCIAL BANK NOVIKOMBANK). Only where one entry at
            // most has the stem as a word of a longer name (SOVCOM FACTORING, a subsidiary) and none as its core:
            // Gazprom, a word of ten names, is not GAZPROMBANK, nor Sber, BPS-SBERBANK's "SBER BANK", SBERBANK's.
            if (owners.size() == 1 && entriesWith.getOrDefault(stem.get(0), 0) <= 1 && !common.contains(stem.get(0))
                    && !cores.containsKey(stem)) {
                out.putIfAbsent(stem, new NameForm(owners.iterator().next(), stem, MatchRule.CORE));
            }
        });
        surnames.forEach((surname, all) -> {
            String joined = String.join("", surname);
            // A surname a family shares (SECHIN, Igor and his son Ivan; LUKASHENKA, Alyaksandr and his sons) stands
            // for the one designated first, the one the news names by it; a surname more people have stands for none.
            // A head of state stands for his family's surname however large the family, and though others have it
            // as a given name: "Assad" is AL-ASSAD, Bashar ("President of the Syrian Arab Republic") of eleven
            // AL-ASSADs and two Assads by given name.
            Entity head = headOfState(all);
            Set<Entity> owners = head != null ? Set.of(head) : all.size() <= FAMILY && oneProgramme(all)
                    ? Set.of(Collections.min(all, Overlaps.FIRST_DESIGNATED)) : all;
            // Five letters at least, as shorter surnames are words of other languages or parts of other names; four
            // for a head of state's, whom the news names by it most ("the Asad regime", AL-ASAD, Bashar).
            if (owners.size() == 1 && joined.length() >= (head != null ? 4 : 5) && !common.contains(joined)
                    && !cores.containsKey(surname) && !Words.PARTICLES.contains(surname.get(0))
                    && !shortNames.getOrDefault(surname, Set.of()).stream().anyMatch(o -> !owners.contains(o))
                    && (head != null || !(surname.size() == 1 && givenNames.contains(joined)))
                    && borne.getOrDefault(surname, Set.of()).containsAll(owners)) {
                out.putIfAbsent(surname, new NameForm(owners.iterator().next(), surname, MatchRule.SURNAME_ALONE));
            }
        });
        List<NameForm> all = new ArrayList<>(out.values());
        all.addAll(ofStates);
        return all;
    }

    /** The word a bank's one-word name joins to "bank" ("sovcom" of "sovcombank"), or null for any other word. */
    static String bankStem(String word) {
        return word.length() >= 9 && word.endsWith("bank") ? word.substring(0, word.length() - 4) : null;
    }

    /**
     * The most entries whose names may have a one-word core and it still be one entry's ("Metalloinvest": four). An
     * acronym of four letters or fewer, matched only in capitals, is its entry's however many subsidiaries carry it
     * (VTB BANK's "VTB", in twenty names).
     */
    private static final int MAX_CORE_ENTRIES = 5;

    /** The most states whose bodies may share a core of ordinary words ("Foreign Trade Bank"). */
    private static final int MAX_STATE_BODIES = 4;

    /**
     * Whether a core is an institution named by three ordinary words or more, one of them an institution's ("Foreign
     * Trade Bank", "Central Election Commission"): two ("Central Bank") are every state's, and the news writes them
     * of its own without its name.
     */
    private static boolean institution(List<String> core, Set<String> common) {
        return core.size() >= 3 && core.stream().allMatch(w -> common.contains(w) || Words.PARTICLES.contains(w))
                && core.stream().anyMatch(Words.INSTITUTIONS::contains);
    }

    /** Whether each entry has a country and no two share one: bodies of different states, told apart by them. */
    private static boolean ofOtherStates(Set<Entity> entries) {
        Set<String> seen = new HashSet<>();
        for (Entity e : entries) {
            if (e.countries().isEmpty()) {
                return false;
            }
            for (String c : e.countries()) {
                if (!seen.add(c)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A position the list gives that makes its holder the head of a state or government, whom the news names by
     * surname alone: "President of the Syrian Arab Republic", "President of the Russian Federation", "Supreme Leader
     * of Iran"; not a company's president ("President of Korea Kumsan Trading Corporation") nor a court's.
     */
    private static final Pattern HEAD_OF_STATE = Pattern.compile(
            "(?:(?:president|prime minister) of (?:the )?.*\\b(?:republic|federation|kingdom)\\b.*|supreme leader\\b.*)");

    /** Whether the list's title makes the entry a head of state or government: AL-ASSAD, Bashar is. */
    static boolean headsAState(Entity e) {
        return headOfState(Set.of(e)) != null;
    }

    /** The one entry of {@code entries} whose title makes it a head of state or government; null when none or two. */
    private static Entity headOfState(Set<Entity> entries) {
        Entity head = null;
        for (Entity e : entries) {
            for (String position : e.details().title().split(";")) {
                if (HEAD_OF_STATE.matcher(position.strip().toLowerCase(Locale.ROOT)).matches()) {
                    if (head != null && head != e) {
                        return null;
                    }
                    head = e;
                }
            }
        }
        return head;
    }

    /** The most people a surname alone may be shared by and still stand for one of them: a family's. */
    private static final int FAMILY = 4;

    /** Whether the entries share a programme: a family is designated under one. */
    private static boolean oneProgramme(Set<Entity> entries) {
        Set<String> shared = null;
        for (Entity e : entries) {
            if (shared == null) {
                shared = new HashSet<>(e.programs());
            } else {
                shared.retainAll(e.programs());
            }
        }
        return shared != null && !shared.isEmpty();
    }

    private static final class Builder {
        final Lexicon lexicon = new Lexicon();
        final PhraseIndex.Builder names = new PhraseIndex.Builder(lexicon);
        final PhraseIndex.Builder variants = new PhraseIndex.Builder(lexicon);
        final BitSet keyed = new BitSet();
        final List<Entity> entities = new ArrayList<>();
        final IntArray rules = new IntArray(1024);
        final IntArray types = new IntArray(1024);
        final IntArray starts = new IntArray(1024);
        final IntArray words = new IntArray(4096);
        final IntArray anchorWord = new IntArray(4096);
        final IntArray anchorSlot = new IntArray(4096);
        final IntArray anchorForm = new IntArray(4096);
        final IntArray anchorAt = new IntArray(4096);
        final Map<String, Entity> imo = new HashMap<>();
        IdentifierIndex identifiers;
        /** The person whose script {@link #script} is: the forms of one entry are added one after another. */
        Entity scriptOf;
        String script;

        void add(Entity e, MatchRule rule, List<String> folded) {
            add(e, rule, folded, true);
        }

        /**
         * As {@link #add(Entity, MatchRule, List)}, the name's words filed as anchors only where {@code anchored}:
         * the IRGC's units with its name spelt out ({@link NameIndex#acronymsSpelt}) would crowd "revolutionary"
         * before "g…" past {@link #MAX_ANCHORED}, and no anchor would be left for "Islamic Revolutionary Guard
         * Crops".
         */
        void add(Entity e, MatchRule rule, List<String> folded, boolean anchored) {
            int form = entities.size();
            entities.add(e);
            rules.add(rule.ordinal());
            types.add(e.type().ordinal());
            starts.add(words.size());
            if (folded.stream().anyMatch(Words::ofWithArticle)) {
                // Copied only for the few names with "da", "del" (Words.ofBase): this runs for every form of a list
                // of millions when it is indexed.
                folded = folded.stream().map(Words::ofBase).toList();
            }
            int[] ids = new int[folded.size()];
            for (int w = 0; w < ids.length; w++) {
                ids[w] = lexicon.add(folded.get(w));
                words.add(ids[w]);
            }
            names.add(ids, form);
            if (ids.length == 1 && e.type() == EntityType.ORGANISATION && folded.get(0).length() >= LONG_WORD) {
                // A company's one long word, keyed: Cyrillic romanises it otherwise (Внешэкономбанк is
                // vneshekonombank, VNESHECONOMBANK's key).
                int key = lexicon.add(Romanisation.key(folded.get(0)));
                if (key != ids[0]) {
                    keyed.set(key);
                    variants.add(new int[] {key}, form);
                }
            }
            if (ids.length < 2 || e.type() == EntityType.VESSEL) {
                return;
            }
            int[] keys = new int[ids.length];
            boolean differs = false;
            for (int w = 0; w < ids.length; w++) {
                keys[w] = lexicon.add(Romanisation.key(folded.get(w)));
                keyed.set(keys[w]);
                differs |= keys[w] != ids[w];
            }
            if (differs) {
                variants.add(keys, form);
            }
            if (rule != MatchRule.INITIALS) {
                // Arabic script and Hangul write no initials: "A. Fawaz al-Akhras" (AL-ASSAD, Asma) keyed without
                // its initial would be her father's name.
                addScriptKeys(this, e, folded, form);
            }
            // Each word long enough files the name by the word next to it; positions are kept in a byte (no listed
            // name runs to 128 words).
            for (int p = 0; anchored && p < ids.length && p < Byte.MAX_VALUE; p++) {
                String w = folded.get(p);
                if (w.length() >= MIN_ANCHOR && !Words.PARTICLES.contains(w)) {
                    boolean after = p + 1 < ids.length;
                    anchorWord.add(ids[p]);
                    anchorSlot.add(slot(after, folded.get(after ? p + 1 : p - 1)));
                    anchorForm.add(form);
                    anchorAt.add(p);
                }
            }
        }
    }

    /** Whether an entry is North Korea's, by a country of any role, the remarks or a programme. */
    static boolean korean(Entity e) {
        return korean(e, countries(e));
    }

    /** The countries of every role the list gives an entry (born in, a citizen of, living in, registered in). */
    static Set<String> countries(Entity e) {
        Set<String> countries = new HashSet<>(e.countries());
        e.details().countries().forEach(c -> countries.add(c.code()));
        return countries;
    }

    private static boolean korean(Entity e, Set<String> countries) {
        String remarks = e.details().remarks();
        return countries.contains("KP") || remarks.contains("Democratic People's Republic of Korea")
                || remarks.contains("Korea, North") || remarks.contains("North Korea Sanctions")
                || e.programs().stream().anyMatch(p -> p.startsWith("DPRK") || p.startsWith("NKSPEA"));
    }

    /** Whether a person is of the Arabic-speaking world or Iran, by a country of any role or a programme. */
    private static boolean arabicWorld(Entity e, Set<String> countries) {
        return countries.stream().anyMatch(ARABIC_COUNTRIES::contains)
                || e.programs().stream().anyMatch(p -> ARABIC_PROGRAMMES.stream().anyMatch(p::startsWith));
    }

    /** Programmes of Russia's and Belarus's people, whom Persian and Arabic news names as often as Iran's own. */
    private static final List<String> RUSSIAN_PROGRAMMES = List.of("RUSSIA", "UKRAINE-EO13", "BELARUS",
            "CAATSA - RUSSIA");

    /** Programmes and countries whose people the news writes in Arabic script, or in Hangul. */
    private static final List<String> ARABIC_PROGRAMMES = List.of("SDGT", "FTO", "SDT", "IRAN", "IRGC", "IFSR",
            "SYRIA", "IRAQ", "LEBANON", "YEMEN", "LIBYA", "HIZBALLAH", "NPWMD");
    private static final Set<String> ARABIC_COUNTRIES = Set.of("IR", "IQ", "SY", "LB", "YE", "SA", "AE", "QA", "KW",
            "BH", "OM", "JO", "EG", "LY", "TN", "DZ", "MA", "SD", "PS", "AF", "PK");

    /**
     * The keys a person's names are filed under ({@link ScriptKeys#KOREAN} or {@link ScriptKeys#ARABIC}), from the
     * countries of every role the list gives (born in, a citizen of, living in), the remarks and the programmes; null
     * for neither. Korea first: PAEK, Se-Bong is of the non-proliferation programme Iran's people are of too, and his
     * remarks name the North Korea Sanctions Regulations.
     */
    static String script(Entity e) {
        Set<String> countries = countries(e);
        if (korean(e, countries)) {
            return ScriptKeys.KOREAN;
        }
        boolean russianProgramme = e.programs().stream()
                .anyMatch(p -> RUSSIAN_PROGRAMMES.stream().anyMatch(p::startsWith));
        if (russianProgramme && (countries.contains("RU") || countries.contains("BY"))
                && countries.stream().noneMatch(ARABIC_COUNTRIES::contains)) {
            // A Russian of the non-proliferation programme too (BORTNIKOV, Alexander, NPWMD) is Russia's:
            // الکساندر بورتنیکوف.
            return ScriptKeys.RUSSIAN_IN_ARABIC;
        }
        if (arabicWorld(e, countries)) {
            return ScriptKeys.ARABIC;
        }
        if (russianProgramme) {
            // Persian and Arabic news write Russia's people by their consonants too: میخائیل فریدمن is FRIDMAN,
            // Mikhail.
            return ScriptKeys.RUSSIAN_IN_ARABIC;
        }
        return null;
    }

    /**
     * Files a person's name of two words or more under its Korean or Arabic keys ({@link ScriptKeys}), for a person
     * of a North Korean programme or country, or of a programme or country of the Arabic-speaking world and Iran:
     * KIM, Jong Un under 김정은, NASRALLAH, Hasan under حسن نصرالله.
     */
    private static void addScriptKeys(Builder b, Entity e, List<String> folded, int form) {
        if (folded.size() < 2 || e.type() != EntityType.PERSON && !arabicWords(e, folded)) {
            return;
        }
        if (b.scriptOf != e) {
            // Once per person, not per form: a person has a dozen forms, and this reads the remarks.
            b.scriptOf = e;
            b.script = script(e);
        }
        if (b.script == null) {
            return;
        }
        boolean korean = b.script.equals(ScriptKeys.KOREAN);
        boolean russian = b.script.equals(ScriptKeys.RUSSIAN_IN_ARABIC);
        fileKeys(b, folded, form, 2, korean ? ScriptKeys::korean
                : russian ? ScriptKeys::russianOfLatin : ScriptKeys::arabicOfLatin);
        if (b.script.equals(ScriptKeys.ARABIC) && folded.stream().anyMatch(w -> AL_DIN.matcher(w).matches())) {
            List<String> apart = new ArrayList<>(folded.size() + 1);
            for (String w : folded) {
                Matcher m = AL_DIN.matcher(w);
                if (m.matches()) {
                    apart.add(m.group(1));
                    apart.add("din");
                } else {
                    apart.add(w);
                }
            }
            fileKeys(b, apart, form, 2, ScriptKeys::arabicOfLatin);
        }
        if (b.script.equals(ScriptKeys.ARABIC) && e.type() == EntityType.PERSON) {
            // A final ة the lists write ah, eh or iyah, which Arabic script writes as no consonant: HAMIYAH is حمية.
            // People's names only: a body's adjective (AL-ISLAMIYA) so keyed is a word of peace, سلامة.
            List<String> without = null;
            for (int i = 0; i < folded.size(); i++) {
                String w = ScriptKeys.withoutTaMarbuta(folded.get(i));
                if (w != null) {
                    without = without == null ? new ArrayList<>(folded) : without;
                    without.set(i, w);
                }
            }
            if (without != null) {
                fileKeys(b, without, form, 2, ScriptKeys::arabicOfLatin);
                // Russian and Ukrainian write the final h of a Persian name as nothing too: Зангане, ZANGANEH.
                fileKeys(b, without, form, 2, ScriptKeys::arabicInCyrillic);
            }
            // The Arabic-speaking world's and Iran's people in Russian and Ukrainian news too (Джаафар аль-Хусейни).
            fileKeys(b, folded, form, 2, ScriptKeys::arabicInCyrillic);
        }
        if (korean) {
            // North Korea's people in Arabic and Persian news too (كيم جونغ أون), by keys of their own.
            fileKeys(b, folded, form, 3, ScriptKeys::koreanInArabicOfLatin);
        }
    }

    /**
     * A given name of the faith, "X al-Din", written as one word as the lists romanise it (SAFIEDDINE, SIRAJUDDIN,
     * TAJEDDIN) and its first word, which Arabic and Persian news write apart from الدين (هاشم صفي الدين, سراج الدین
     * حقانی, قاسم تاج الدين), as English news does ("Hashem Safi al-Din"): the keys are the two words'.
     */
    private static final Pattern AL_DIN = Pattern.compile("([a-z]{3,}?)(?:u|e|a|o|oo|ou)?dd?(?:in|ine|een)");

    /**
     * Whether {@code folded} is a name of a body of the Arabic-speaking world or Iran written as Arabic words
     * romanised, which Arabic and Persian news write in their script as such: HARAKAT AL-NUJABA is حركة النجباء,
     * KATA'IB HIZBALLAH كتائب حزب الله. Not a name with an English word or a legal form ("AL-QARD AL-HASSAN
     * ASSOCIATION"), which the news translates.
     */
    private static boolean arabicWords(Entity e, List<String> folded) {
        if (e.type() != EntityType.ORGANISATION) {
            return false;
        }
        for (String w : folded) {
            if (!NameForms.article(w) && (Words.ordinary(w) || Words.GENERIC_ORGANISATION_WORDS.contains(w)
                    || NameForms.legalFormWord(w))) {
                return false;
            }
        }
        return arabicWorld(e, countries(e));
    }

    /**
     * Files name form {@code form} under the keys {@code key} gives its words ({@code folded}), articles passed over,
     * where {@code least} words or more have one; not where another word has none: a word of vowels only ("Ai") has
     * no key, and the name without it is another name.
     */
    private static void fileKeys(Builder b, List<String> folded, int form, int least, Function<String, String> key) {
        IntArray keys = new IntArray(folded.size());
        for (String w : folded) {
            String k = key.apply(w);
            if (k != null) {
                keys.add(b.lexicon.add(k));
            } else if (!NameForms.article(w)) {
                return;
            }
        }
        if (keys.size() >= least) {
            b.variants.add(keys.toArray(), form);
        }
    }

    /**
     * A stable counting sort: the positions of {@code keys} (or those of {@code within}, in its order) ordered by
     * key, the keys below {@code range}.
     */
    private static int[] countingOrder(int[] keys, int[] within, int range) {
        int[] counts = new int[range + 1];
        for (int key : keys) {
            counts[key + 1]++;
        }
        for (int r = 0; r < range; r++) {
            counts[r + 1] += counts[r];
        }
        int[] out = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            int item = within == null ? i : within[i];
            out[counts[keys[item]]++] = item;
        }
        return out;
    }

    /** Writes the index of {@code list} for {@link #read}: what a cold start loads instead of building it. */
    void write(OutputStream out, Watchlist list) throws IOException {
        Map<Entity, Integer> position = positions(list.entities().toArray(new Entity[0]));
        IndexData.Out o = new IndexData.Out(out);
        o.integer(MAGIC);
        o.integer(FORMAT);
        o.integer(list.size());
        o.longs(new long[]{fingerprint(list)});
        lexicon.write(o);
        names.write(o);
        variants.write(o);
        o.longs(keyed.toLongArray());
        o.longs(anchorWords.toLongArray());
        o.ints(anchorStart);
        o.bytes(anchorSlot);
        o.ints(anchorForm);
        o.bytes(anchorAt);
        int forms = formEntry.length;
        int[] entities = new int[forms];
        byte[] formRule = new byte[forms];
        byte[] formType = new byte[forms];
        for (int f = 0; f < forms; f++) {
            entities[f] = position.get(entity(f));
            formRule[f] = (byte) rule(f).ordinal();
            formType[f] = (byte) type(f).ordinal();
        }
        o.ints(entities);
        o.bytes(formRule);
        o.bytes(formType);
        o.ints(formStart);
        o.ints(formWords);
        identifiers.write(o, position);
        o.integer(imo.size());
        for (Map.Entry<String, Entity> e : imo.entrySet()) {
            o.string(e.getKey());
            o.integer(position.get(e.getValue()));
        }
        o.flush();
    }

    /**
     * The index {@link #write} wrote for {@code list}. Refuses, with {@link IllegalArgumentException}, data that is
     * not such an index, was written by a matcher of other rules, or for another list.
     */
    static NameIndex read(byte[] data, Watchlist list) {
        IndexData.In in = new IndexData.In(data);
        if (in.integer() != MAGIC) {
            throw new IllegalArgumentException("not a name index");
        }
        int format = in.integer();
        if (format != FORMAT) {
            throw new IllegalArgumentException("a name index of format " + format + ", not " + FORMAT
                    + ": written by a matcher of other rules");
        }
        if (in.integer() != list.size() || in.longs()[0] != fingerprint(list)) {
            throw new IllegalArgumentException("a name index of another list");
        }
        Entity[] entities = list.entities().toArray(new Entity[0]);
        Lexicon lexicon = Lexicon.read(in);
        PhraseIndex names = PhraseIndex.read(in, lexicon);
        PhraseIndex variants = PhraseIndex.read(in, lexicon);
        BitSet keyed = BitSet.valueOf(in.longs());
        BitSet anchorWords = BitSet.valueOf(in.longs());
        int[] anchorStart = in.ints();
        byte[] anchorSlot = in.bytes();
        int[] anchorForm = in.ints();
        byte[] anchorAt = in.bytes();
        int[] positions = in.ints();
        byte[] formRule = in.bytes();
        byte[] formType = in.bytes();
        int[] formStart = in.ints();
        int[] formWords = in.ints();
        if (entities.length > MAX_ENTRIES) {
            throw new IllegalArgumentException("a list of " + entities.length + " entries, more than an index holds");
        }
        IdentifierIndex identifiers = IdentifierIndex.read(in, entities);
        Map<String, Entity> imo = new HashMap<>();
        for (int i = in.integer(); i > 0; i--) {
            imo.put(in.string(), entities[checked(in.integer(), entities.length)]);
        }
        int forms = positions.length;
        if (!in.atEnd() || anchorStart.length != lexicon.size() + 1 || anchorSlot.length != anchorForm.length
                || anchorAt.length != anchorForm.length || formRule.length != forms || formType.length != forms
                || formStart.length != forms || anchorStart[lexicon.size()] != anchorForm.length
                || IndexData.max(anchorForm) >= forms
                || IndexData.max(names.values()) >= forms || IndexData.max(variants.values()) >= forms
                || IndexData.max(formWords) >= lexicon.size() || IndexData.max(formStart) > formWords.length) {
            throw new IllegalArgumentException("index data: a name index out of shape");
        }
        int[] formEntry = new int[forms];
        for (int f = 0; f < forms; f++) {
            formEntry[f] = packed(checked(positions[f], entities.length), checked(formRule[f], RULES.length),
                    checked(formType[f], TYPES.length));
        }
        return new NameIndex(lexicon, names, variants, keyed, anchorWords, anchorStart, anchorSlot, anchorForm,
                anchorAt, entities, formEntry, formStart, formWords, imo, identifiers);
    }

    private static int checked(int index, int length) {
        if (index < 0 || index >= length) {
            throw new IllegalArgumentException("index data: a number out of range");
        }
        return index;
    }

    /**
     * What the index is made from: each entry's id, type, names (the aliases by {@link Entity#aliasesHash}, with their
     * kinds) and IMO numbers, in list order; an index is read
     * only for the list whose fingerprint it carries. The other identifiers are left out, to keep a cold start from
     * walking every entry's details: the one index stored, the bundled list's, is written by the build from the list
     * it ships with, and a test compares the two.
     */
    static long fingerprint(Watchlist list) {
        long h = 17;
        for (Entity e : list.entities()) {
            h = h * 31 + e.id().hashCode();
            h = h * 31 + e.type().ordinal();
            h = h * 31 + e.name().hashCode();
            h = h * 31 + e.aliasesHash();
            h = h * 31 + e.imoNumbers().hashCode();
        }
        return h;
    }

    /** The slot of a neighbour: which side of the anchor, and its first letter. */
    private static int slot(boolean after, String neighbour) {
        char c = neighbour.isEmpty() ? ' ' : neighbour.charAt(0);
        return (after ? 0 : 27) + (c >= 'a' && c <= 'z' ? c - 'a' : 26);
    }

    Lexicon lexicon() {
        return lexicon;
    }

    PhraseIndex names() {
        return names;
    }

    PhraseIndex variants() {
        return variants;
    }

    /** The position in the list of form {@code form}'s entry ({@link Candidate#entry}). */
    int entry(int form) {
        return formEntry[form] >>> ENTRY_SHIFT;
    }

    Entity entity(int form) {
        return entries[formEntry[form] >>> ENTRY_SHIFT];
    }

    /** How many forms the index holds, numbered from 0. */
    int forms() {
        return formEntry.length;
    }

    MatchRule rule(int form) {
        return RULES[(formEntry[form] >>> TYPE_BITS) & RULE_MASK];
    }

    /** The type of form {@code form}'s entry, read from the index rather than from the entry. */
    EntityType type(int form) {
        return TYPES[formEntry[form] & TYPE_MASK];
    }

    /** How many words form {@code form} has. */
    int length(int form) {
        return (form + 1 < formStart.length ? formStart[form + 1] : formWords.length) - formStart[form];
    }

    /** The number of the {@code k}th word of form {@code form}. */
    int word(int form, int k) {
        return formWords[formStart[form] + k];
    }

    /** Whether word {@code id} is a word of the romanisation key of a name. */
    boolean keyed(int id) {
        return id >= 0 && keyed.get(id);
    }

    /** Whether word {@code id} anchors names (too many of them, perhaps, to try). */
    boolean anchors(int id) {
        return id >= 0 && anchorWords.get(id);
    }

    /**
     * The names anchored by word {@code id} whose word after it ({@code after}), or before it, starts as
     * {@code neighbour} does; none when they are too many.
     */
    void anchored(int id, boolean after, String neighbour, Anchored sink) {
        if (id < 0 || id + 1 >= anchorStart.length) {
            return;
        }
        int slot = slot(after, neighbour);
        int lo = anchorStart[id];
        int hi = anchorStart[id + 1];
        // The first entry of the slot, by binary search: a common word may file hundreds of names.
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (anchorSlot[mid] < slot) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int e = lo; e < anchorStart[id + 1] && anchorSlot[e] == slot; e++) {
            sink.accept(anchorForm[e], anchorAt[e]);
        }
    }

    /** Wallet addresses, MMSI numbers and SWIFT/BIC codes of the entries. */
    IdentifierIndex identifiers() {
        return identifiers;
    }

    /** The vessel with IMO number {@code number}, or null. */
    Entity vessel(String number) {
        return imo.get(number);
    }
}
