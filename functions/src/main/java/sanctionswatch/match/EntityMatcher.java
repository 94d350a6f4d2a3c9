package sanctionswatch.match;

import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityDetails;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.text.HanHangul;
import sanctionswatch.text.Lazy;
import sanctionswatch.text.Normalizer;
import sanctionswatch.text.Token;
import sanctionswatch.text.Tokenizer;
import sanctionswatch.text.Tokens;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds every mention of a list entry in a text: one pass over its words against the index of the lists' names, then
 * passes for what that pass cannot see (other romanisations, declined words, other scripts, Arabic names in Latin
 * letters, nicknames passed over, misspellings), each over the words that may need it. The state of one text lives in
 * a {@link Reading}; overlaps and ties are resolved by {@link Overlaps}, and the surname, acronym and short-form
 * mentions that a full mention lends to later words are found by {@link LaterMentions}.
 */
public final class EntityMatcher {
    /** How far (in words) a vessel word may stand from a vessel named by an ordinary word ("the tanker Courage"). */
    private static final int VESSEL_WORD_WINDOW = 3;
    /** Words of a list of names a vessel noun may stand before: "the tankers Balita, Domani and Freedom". */
    private static final int LISTED_NAMES = 8;

    /** A word of fewer letters than this is never taken as misspelt. */
    private static final int MIN_FUZZY = 5;

    private final NameIndex names;
    private final Watchlist list;
    /** North Korea's organisations by their words, made the first time a text has Hangul: most texts have none. */
    private final Lazy<KoreanNames> koreanNames;
    private final Lazy<ChineseNames> chineseNames;
    /** Organisations by their words in other languages, made the first time a text has one of those words. */
    private final Lazy<TranslatedOrganisations> translatedOrganisations;
    /** Foreign people's names by their sound in Hangul, Chinese and katakana, made the first time a text has one. */
    private final Lazy<TranscribedNames> transcribedNames;
    /**
     * The first given names of the list's people that are no ordinary words ("richard", "boris", "yevgeniy"), made
     * the first time a text has an organisation's name of one word after a capitalised word: {@link
     * Reading#afterGivenName}.
     */
    private final Lazy<Set<String>> givenNames;
    /** The organisations by primary name, for the entries the list links others to ({@link Reading#toParents}). */
    private final Lazy<Map<String, Entity>> organisationsByName;
    private final Set<String> common;
    /** The surname, acronym and short-form passes after the first, with the surnames of the people found so far. */
    private final LaterMentions later;

    /**
     * The romanisation key of each word of the lists, by word id, made the first time a text has the word: -1 when
     * the key is the word itself, the key's id otherwise, {@link #UNKEYED} before it is made. Most capitalised words
     * of a text are list words ("Treasury", "Moscow"), and their keys would otherwise be spelt anew in every text.
     * Filled without a lock: every thread writes the same value.
     */
    private final int[] keyOf;
    /** The same for the Arabic keys of list words ({@link #arabicKey}), and for their French spelling. */
    private final int[] arabicOf;
    private final int[] frenchArabicOf;
    private static final int UNKEYED = Integer.MIN_VALUE;

    private EntityMatcher(NameIndex names, Set<String> common, Watchlist list) {
        this.names = names;
        this.list = list;
        this.koreanNames = Lazy.of(() -> KoreanNames.of(list));
        this.chineseNames = Lazy.of(() -> ChineseNames.of(list));
        this.translatedOrganisations = Lazy.of(() -> TranslatedOrganisations.of(list));
        this.transcribedNames = Lazy.of(() -> TranscribedNames.of(names));
        this.givenNames = Lazy.of(() -> {
            Set<String> given = new HashSet<>();
            for (Entity e : list.entities()) {
                if (e.type() == EntityType.PERSON) {
                    for (String name : e.names()) {
                        String first = NameForms.givenName(name);
                        if (first != null && !common.contains(first)) {
                            given.add(first);
                        }
                    }
                }
            }
            return Set.copyOf(given);
        });
        this.organisationsByName = Lazy.of(() -> {
            Map<String, Entity> byName = new HashMap<>();
            for (Entity e : list.entities()) {
                if (e.type() == EntityType.ORGANISATION) {
                    byName.putIfAbsent(e.name(), e);
                }
            }
            return Map.copyOf(byName);
        });
        this.common = common;
        this.later = new LaterMentions(common, list);
        this.keyOf = unkeyed(names.lexicon().size());
        this.arabicOf = unkeyed(names.lexicon().size());
        this.frenchArabicOf = unkeyed(names.lexicon().size());
    }

    private static int[] unkeyed(int size) {
        int[] keys = new int[size];
        Arrays.fill(keys, UNKEYED);
        return keys;
    }

    /** The id of the romanisation key of a word whose id is {@code id} (or -1), when the key differs; else -1. */
    private int keyId(Token t, int id) {
        return keyId(t.norm(), id);
    }

    /** {@link #keyId(Token, int)} of a folded word: a text's or the lexicon's own, whose id is {@code id}. */
    private int keyId(String word, int id) {
        if (id >= 0 && id < keyOf.length && keyOf[id] != UNKEYED) {
            return keyOf[id];
        }
        String key = TextWordKeys.ROMANISED.of(word);
        // A word that is its own key is one still where a name is keyed by it: "Dmitri" is the key of PESKOV,
        // Dmitriy's given name, and "Dmitri Peskov" is his name in another romanisation.
        int keyId = key.equals(word) ? (names.keyed(id) ? id : -1) : names.lexicon().id(key);
        if (id >= 0 && id < keyOf.length) {
            keyOf[id] = keyId;
        }
        return keyId;
    }

    /** Indexes every name and alias of the list, their romanisation keys, and the vessels' IMO numbers. */
    public static EntityMatcher of(Watchlist list) {
        Set<String> common = Words.common();
        return new EntityMatcher(NameIndex.of(list, common), common, list);
    }

    /**
     * The matcher of {@code list} from its index as {@link #writeIndex} wrote it: what a cold start does instead of
     * indexing the list. Refuses ({@link IllegalArgumentException}) an index of another list or of other rules.
     */
    public static EntityMatcher of(Watchlist list, byte[] index) {
        return new EntityMatcher(NameIndex.read(index, list), Words.common(), list);
    }

    /** Indexes {@code list} and writes the index, for {@link #of(Watchlist, byte[])}. */
    public static void writeIndex(Watchlist list, OutputStream out) throws IOException {
        NameIndex.of(list, Words.common()).write(out, list);
    }

    /** The index of {@code list} as {@link #writeIndex} writes it, in memory. */
    public static byte[] indexOf(Watchlist list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            writeIndex(list, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Mentions of list entries in {@code text}, whose words are {@code tokens}, in text order; no country named. */
    public List<Mention> find(String text, List<Token> tokens) {
        return find(text, tokens, List.of());
    }

    /**
     * Mentions of list entries in {@code text}, whose words are {@code tokens} and whose countries named are {@code
     * countries}, in text order. The countries decide between entries of one name (the Sberbank of Moscow before
     * its namesake abroad), corroborate weak mentions ({@link Corroboration}), and keep their words from being taken
     * for surnames ("Marshall" of the Marshall Islands).
     */
    public List<Mention> find(String text, List<Token> tokens, List<CountryMention> countries) {
        List<Mention> found = new Reading(text, tokens, countries).mentions();
        Respacing respaced = Respacing.of(text, tokens, names.lexicon());
        found = respaced == null ? found : withRespacedPeople(text, found, countries, respaced);
        SharedHeads heads = SharedHeads.of(text, tokens, countries);
        return heads == null ? found : withSharedHeads(text, found, countries, heads);
    }

    /**
     * {@code found} and the banks a list under one plural head names ({@link SharedHeads}): the text read again with
     * the head before each word of the list, and the organisations that reading finds as the head and one word, at
     * that word, in place of what was found there ("Sepah" of "banks Mellat, Saderat and Sepah" is BANK SEPAH, not
     * the IRGC's alias).
     */
    private List<Mention> withSharedHeads(String text, List<Mention> found, List<CountryMention> countries,
                                          SharedHeads heads) {
        List<CountryMention> moved = new ArrayList<>(countries.size());
        for (CountryMention c : countries) {
            moved.add(new CountryMention(c.code(), c.text(), heads.forward(c.start()), heads.forward(c.end()),
                    c.paragraph(), c.sentence()));
        }
        List<Mention> all = new ArrayList<>(found);
        String again = heads.text();
        for (Mention m : new Reading(again, Tokenizer.tokenize(again), moved).mentions()) {
            if (m.entity().type() != EntityType.ORGANISATION) {
                continue;
            }
            for (int k = 0; k < heads.size(); k++) {
                // (Arabic's "and" before the head written after it: وبنك صادرات.)
                if (m.end() != heads.wordEnd(k) || m.start() != heads.headStart(k)
                        && m.start() != heads.headStart(k) - 1) {
                    continue;
                }
                int start = heads.start(k);
                int end = heads.end(k);
                all.removeIf(f -> f.start() < end && start < f.end());
                all.add(new Mention(m.entity(), text.substring(start, end), start, end, m.rule(), m.score(),
                        m.paragraph(), m.sentence(), m.evidence() + "; under the plural head of its list",
                        m.linked()));
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    /**
     * {@code found} and the people named across what the text respaced changes ({@link Respacing}): the text read again
     * so, and of what that reading finds, the people whose names run over a change, at their offsets in {@code text}
     * (آمنهسادات ذبیحپور, ZABIHPOUR, Ameneh Sadat; عزت الله ضرغامي, ZARGHAMI, Ezzatollah), in place of the mentions
     * found within them (محمد عبد of محمد عبد الله). People only: a body's name is written with spaces.
     */
    private List<Mention> withRespacedPeople(String text, List<Mention> found, List<CountryMention> countries,
                                             Respacing respaced) {
        String again = respaced.text();
        List<CountryMention> moved = new ArrayList<>(countries.size());
        for (CountryMention c : countries) {
            moved.add(new CountryMention(c.code(), c.text(), respaced.forward(c.start()), respaced.forward(c.end()),
                    c.paragraph(), c.sentence()));
        }
        List<Mention> all = new ArrayList<>(found);
        for (Mention m : new Reading(again, Tokenizer.tokenize(again), moved).mentions()) {
            if (m.entity().type() != EntityType.PERSON || !respaced.across(m.start(), m.end())) {
                continue;
            }
            int start = respaced.back(m.start());
            int end = respaced.back(m.end());
            boolean named = found.stream().anyMatch(f -> f.entity().equals(m.entity())
                    || f.start() < end && start < f.end() && (f.start() < start || f.end() > end));
            if (!named) {
                all.removeIf(f -> f.start() >= start && f.end() <= end);
                all.add(new Mention(m.entity(), text.substring(start, end), start, end, m.rule(), m.score(),
                        m.paragraph(), m.sentence(), m.evidence(), m.linked()));
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    /**
     * One text being read: its words, their ids in the lists' lexicon, the countries it names and what they
     * corroborate, and the candidates each pass adds, which the passes share rather than hand on. Made by {@link
     * #find} for each text and dropped with it: {@code new Reading(text, tokens, countries).mentions()}.
     */
    private final class Reading {
        private final String text;
        private final List<Token> tokens;
        /**
         * The same tokens in an array, read by {@link #token}: {@code tokens.get(i)} is a call through the {@code List}
         * interface that C1, Lambda's level, does not inline, and the passes make it a few hundred thousand times a
         * second of scanning.
         */
        private final Token[] tokenArray;
        private final List<CountryMention> countries;
        private final Corroboration corroboration;
        /** The id of each word in the lists' lexicon, or -1. */
        private final int[] ids;
        private final List<Candidate> candidates = new ArrayList<>();
        /** Surnames alone seen after another given name ("Alexey Likhachev"): a namesake the text is about. */
        private final List<Candidate> refused = new ArrayList<>(0);
        /** People named beside another trade ("the boxer", "the novelist"): a namesake wherever the text names them. */
        private final Set<Entity> namesakesByTrade = new HashSet<>(0);
        /** What follows a person's name that makes it a firm's: "& Co.", "and Company", "& Sons", "and Partners". */
        private static final Pattern FIRM_AFTER = Pattern.compile(
                "\\s*(?:&|and)\\s*(?:Co\\b|Company\\b|Sons\\b|Partners\\b)");

        /** The sentences of a sports report ({@link #sportSentence}), read the first time they are asked about. */
        private BitSet sportSentences;
        /**
         * Organisations' one-word names the text gives a person after a given name ("Richard Wagner") or a body of
         * another kind ("Mehr news agency").
         */
        private final Set<String> othersNames = new HashSet<>(0);
        /**
         * Mentions that stand only where an entry the list links theirs to is named in the text ({@link #linked}):
         * ships named by one word with no word beside it that says they are ships, and people named in Arabic script
         * by few consonants where none of their countries is named.
         */
        private final List<Candidate> byTheirLinks = new ArrayList<>(0);
        /** North Koreans named by two syllables in a row of names, held until the row is known ({@link #inItsRow}). */
        private final List<Candidate> inRows = new ArrayList<>(0);
        /**
         * {@link #acceptable}'s verdicts on the stretch of words it was last asked about ({@link #judgedFrom} to
         * {@link #judgedTo}), by the entry's type, whether a ship must be said and whether the words may be in sentence
         * case, {@link #UNJUDGED} until asked: the same for every entry of a type, and a stretch's entries are asked
         * about one after another. On a list of
         * OpenSanctions' size a word is a form of many entries: "Korea" is one of 135 forms of the 3M-name list, and
         * the AFP story has it twelve times; working the verdict out again for each form was a quarter of that scan's
         * time at C1 (bench/README.md, "An OpenSanctions-size list").
         */
        private final byte[] verdicts = new byte[EntityType.values().length * 4];
        private int judgedFrom = -1;
        private int judgedTo = -1;
        /** Set where a verdict asked more of the entry than its type ({@link #anotherAcronymAfter}): not kept. */
        private boolean judgedByEntry;
        /** The paragraphs with a maritime word ({@link #maritime()}), worked out the first time a vessel is found. */
        private BitSet maritime;
        /** Whether the text is Polish or Czech, whose names are declined in Latin letters ({@link #declined}). */
        private boolean westSlavic;
        /** Whether the text is Turkish, whose proper names take their case endings after an apostrophe. */
        private boolean turkish;
        /**
         * The ids of the text's words read in their nominative ({@link #declined}), each word's own where it has none;
         * null where no word was: "Бориса" is boris.
         */
        private int[] declinedIds;
        /** Whether the text is German, whose names take an -s in the genitive ("Wladimir Putins"). */
        private final boolean german;
        /** Whether the text is Ukrainian ({@link Inflection#ukrainian}), whose lower case Putin's name may take. */
        private final boolean ukrainian;
        /**
         * The keys of the text's words that the lists do not have ({@link #keyOf}, {@link #arabicKeyOf}), made once
         * per word of the text: the list's words have theirs kept by the matcher.
         */
        private final WordMemo unlistedKeys;
        private final WordMemo unlistedArabicKeys;
        private final WordMemo unlistedFrenchArabicKeys;

        Reading(String text, List<Token> tokens, List<CountryMention> countries) {
            this.text = text;
            this.tokens = tokens;
            this.tokenArray = tokens.toArray(new Token[0]);
            this.countries = countries;
            Set<String> codes = new HashSet<>();
            countries.forEach(c -> codes.add(c.code()));
            this.corroboration = new Corroboration(codes, tokens);
            this.ids = names.lexicon().ids(tokens);
            // Read before the first pass, whose verdicts on a name's next word ask it (insideLongerName).
            this.german = Inflection.german(tokens);
            this.ukrainian = Inflection.ukrainian(text, tokens);
            this.unlistedKeys = new WordMemo(tokens);
            this.unlistedArabicKeys = new WordMemo(tokens);
            this.unlistedFrenchArabicKeys = new WordMemo(tokens);
            for (int i = 0; i < ids.length; i++) {
                if (Words.ofWithArticle(token(i).norm())) {
                    // "da", "del": the lists' names have them as "de" (Words.ofBase).
                    ids[i] = names.lexicon().id("de");
                }
                String generation = Words.generation(token(i).norm());
                if (generation != null) {
                    // "Jnr", "Jr.": JUNIOR as the lists write it.
                    ids[i] = names.lexicon().id(generation);
                }
            }
        }

        /** The text's token {@code i}. */
        private Token token(int i) {
            return tokenArray[i];
        }

        /** {@link EntityMatcher#keyId} of the text's word {@code t}, whose id is {@code id}, once per word. */
        private int keyOf(Token t, int id) {
            if (id >= 0) {
                return keyId(t, id);
            }
            return unlistedKeys.has(t) ? unlistedKeys.value(t) : unlistedKeys.put(t, keyId(t, id));
        }

        /** {@link EntityMatcher#arabicKey} of the text's word {@code t}, whose id is {@code id}, once per word. */
        private int arabicKeyOf(Token t, int id, boolean french) {
            if (id >= 0) {
                return arabicKey(t.norm(), id, french);
            }
            WordMemo memo = french ? unlistedFrenchArabicKeys : unlistedArabicKeys;
            return memo.has(t) ? memo.value(t) : memo.put(t, arabicKey(t.norm(), id, french));
        }

        /** The mentions of the text, in text order: every pass, then overlaps resolved and weak mentions kept. */
        List<Mention> mentions() {
            Consumer<PhraseIndex.Hit> collect = hit -> {
                for (int form : hit.values()) {
                    MatchRule rule = names.rule(form);
                    // A name the news gives the entry in another language is that language's, which writes a body's
                    // later words in lower case: "les Gardiens de la révolution islamique".
                    boolean sentenceCase = rule == MatchRule.TRANSLATED && hit.to() - hit.from() >= 2;
                    // The form's entry type from the index, the entry itself read only when needed: see
                    // NameIndex#formEntry.
                    if (!acceptable(form, hit.from(), hit.to(), true, sentenceCase)) {
                        if (names.type(form) == EntityType.VESSEL && hit.to() - hit.from() == 1
                                && acceptable(form, hit.from(), hit.to(), false, false)) {
                            byTheirLinks.add(new Candidate(hit.from(), hit.to(), names.entity(form),
                                    names.entry(form), rule, rule.score()));
                        }
                        continue;
                    }
                    Candidate c = new Candidate(hit.from(), hit.to(), names.entity(form), names.entry(form), rule,
                            rule.score());
                    if (rule != MatchRule.SURNAME_ALONE || standsAlone(hit.from())) {
                        candidates.add(c);
                    } else {
                        refused.add(c);
                    }
                }
            };
            for (int i = 0; i < tokens.size(); i++) {
                names.names().matchAt(tokens, ids, i, collect);
                if (token(i).norm().equals("imo")) {
                    identifier(i);
                }
            }
            names.identifiers().find(text, tokens, (from, to, entity, type) -> candidates.add(
                    new Candidate(from, to, entity, list.position(entity), MatchRule.IDENTIFIER,
                            MatchRule.IDENTIFIER.score(), type)));
            transliterated();
            boolean beyondLatin = anyBeyondLatin(text, tokens);
            westSlavic = Inflection.westSlavic(text, tokens);
            turkish = Inflection.turkish(text, tokens);
            if (beyondLatin || westSlavic || turkish || german) {
                declined();
            }
            if (beyondLatin) {
                otherScripts();
            }
            arabicInLatin();
            arabicInCyrillic();
            organisationsInOtherLanguages();
            passedOver();
            fuzzy();
            List<Candidate> chosen = toParents(Overlaps.namedInFull(Overlaps.runOnIntoUnits(Overlaps.closestOfTies(
                    Overlaps.leftmostLongest(candidates), corroboration, tokens), text, tokens)));
            // A person the text gives another trade or year of birth is another person wherever it names him: "the
            // life of Muhammad Ali as a world-class athlete" makes every "Muhammad Ali" of the text the boxer.
            Set<Entity> namesakes = new HashSet<>(bornInAnotherYear(chosen));
            namesakes.addAll(namesakesByTrade);
            namesakes.addAll(ofAnotherFather(chosen));
            chosen = without(chosen, namesakes);
            chosen.addAll(later.surnameMentions(tokens, chosen));
            chosen.addAll(later.shortFormMentions(tokens, chosen));
            chosen = later.toTheOneNamedInFull(tokens, chosen);
            chosen = later.toTheLongerName(tokens, chosen);
            chosen = corroborated(notOrdinaryHere(withoutNamesakes(outsideOtherNames(
                    outsideCountries(without(withoutGivenNames(withoutSourceCredits(chosen)), namesakes))))));
            chosen.addAll(linked(chosen));
            chosen.addAll(inItsRow(chosen));
            chosen.addAll(coordinated(chosen));
            chosen.sort(Comparator.comparingInt(Candidate::from));
            List<Mention> mentions = new ArrayList<>(chosen.size());
            for (Candidate c : chosen) {
                Token first = token(c.from());
                Token last = token(c.to() - 1);
                mentions.add(new Mention(c.entity(), text.substring(first.start(), last.end()), first.start(),
                        last.end(), c.rule(), c.score(), first.paragraph(), first.sentence(), c.why()));
            }
            return mentions;
        }

        /**
         * Drops a news agency named as a report's source, not as what the report is about: "Iran's semi-official Fars
         * news agency reported", "according to Tasnim", "به گزارش خبرگزاری فارس" ("as Fars news agency reports"), "به
         * نقل از تسنیم" ("quoting Tasnim"). The text then says nothing of the agency; where it does, another mention
         * names it so ("the Treasury sanctioned Tasnim"). And the people of a byline, the report's writers
         * ({@link #byline}).
         */
        private List<Candidate> withoutSourceCredits(List<Candidate> chosen) {
            List<Candidate> kept = new ArrayList<>(chosen.size());
            for (Candidate c : chosen) {
                if ((!c.entity().name().contains(NEWS_AGENCY) || !sourceCredit(c.from(), c.to()))
                        && (c.entity().type() != EntityType.PERSON || !byline(c.from()))) {
                    kept.add(c);
                }
            }
            return kept;
        }

        /**
         * Drops an organisation's one word, found by a rule that wants corroboration, that is the given name of a
         * person the text names in full: after "Maher al-Assad", "Maher and Bashar" is the brothers, not MAHER TRADING
         * AND CONSTRUCTION COMPANY.
         */
        private List<Candidate> withoutGivenNames(List<Candidate> chosen) {
            Set<String> given = null;
            for (Candidate c : chosen) {
                if (c.entity().type() == EntityType.PERSON && c.to() - c.from() >= 2) {
                    if (given == null) {
                        given = new HashSet<>();
                    }
                    given.add(token(c.from()).norm());
                }
            }
            if (given == null) {
                return chosen;
            }
            List<Candidate> kept = new ArrayList<>(chosen.size());
            for (Candidate c : chosen) {
                if (c.to() - c.from() != 1 || c.entity().type() != EntityType.ORGANISATION
                        || !c.rule().needsCorroboration() || !given.contains(token(c.from()).norm())) {
                    kept.add(c);
                }
            }
            return kept;
        }

        /** Whether the words {@code [from, to)} stand between quotation marks of their own: «Соболь», "Sokol". */
        private boolean quoted(int from, int to) {
            int before = token(from).start() - 1;
            int after = token(to - 1).end();
            return before >= 0 && after < text.length() && OPENING_QUOTES.indexOf(text.charAt(before)) >= 0
                    && CLOSING_QUOTES.indexOf(text.charAt(after)) >= 0;
        }

        /** Whether a noun of a news outlet stands right before the name, or before a comma and it: "website, X". */
        private boolean outletBefore(int from) {
            if (from == 0) {
                return false;
            }
            Token noun = token(from - 1);
            String between = text.substring(noun.end(), token(from).start()).strip();
            return Words.OUTLETS.contains(noun.norm()) && (between.isEmpty() || between.equals(","));
        }

        /** Whether a bank's word stands before the name, in its sentence, and the name in quotes: банк “Мрія”. */
        private boolean bankBefore(int from, int to) {
            if (from == 0 || !quoted(from, to)) {
                return false;
            }
            Token kind = token(from - 1);
            return kind.sentence() == token(from).sentence() && Words.BANKS.contains(kind.norm())
                    && text.substring(kind.end(), token(from).start()).strip().length() == 1;
        }

        /** The most characters a byline's line has: "By Simon Marks and Mohammed Alamin" is 34. */
        private static final int BYLINE = 100;

        /**
         * Whether word {@code at} stands in a byline, the line of the report's writers, who are not what it is about:
         * "By. Simon Marks and Mohammed Alamin" is no AL-AMIN, Muhammad 'Abdallah (ALAMIN, Mohamed). A short line
         * of its own that begins "By" and has nothing but capitalised words and "and" after it.
         */
        private boolean byline(int at) {
            int start = text.lastIndexOf('\n', token(at).start()) + 1;
            int end = text.indexOf('\n', token(at).start());
            end = end < 0 ? text.length() : end;
            if (end - start > BYLINE) {
                return false;
            }
            int first = at;
            while (first > 0 && token(first - 1).start() >= start) {
                first--;
            }
            if (!token(first).norm().equals("by") || !token(first).capitalised() || first == at) {
                return false;
            }
            for (int i = first + 1; i < tokens.size() && token(i).start() < end; i++) {
                if (!token(i).capitalised() && !token(i).norm().equals("and")) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the words {@code [from, to)} stand as a report's source: a credit's words before, a verb after. */
        private boolean sourceCredit(int from, int to) {
            int sentence = token(from).sentence();
            for (List<String> credit : Words.SOURCE_CREDITS) {
                int at = from - credit.size();
                // The credit may stand a few words before the name: "according to the", "به گزارش گروه بین‌الملل
                // خبرگزاری فارس" ("as the international desk of Fars news agency reports").
                for (int start = at; start >= Math.max(0, at - 3); start--) {
                    if (token(start).sentence() == sentence && Words.startsAt(tokens, start, credit)) {
                        return true;
                    }
                }
            }
            for (int i = to; i < Math.min(tokens.size(), to + 3) && token(i).sentence() == sentence; i++) {
                if (Words.REPORTING_VERBS.contains(token(i).norm())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Weak aliases, core names and surnames alone stand only with corroboration ({@link
         * MatchRule#needsCorroboration}): another mention of the same entry, or what {@link Corroboration#of} asks of
         * the text for the rule.
         * "Tango" alone is no yacht; "Putin" in a text that names Russia is the president.
         */
        private List<Candidate> corroborated(List<Candidate> chosen) {
            BitSet generic = new BitSet(chosen.size());
            Set<String> strong = new HashSet<>();
            Set<String> commonName = new HashSet<>(0);
            for (int k = 0; k < chosen.size(); k++) {
                Candidate c = chosen.get(k);
                generic.set(k, generic(c));
                if (commonChineseName(c)) {
                    commonName.add(c.entity().id());
                }
                if (!c.rule().needsCorroboration() && !generic.get(k) && !oneProperWord(c)) {
                    strong.add(c.entity().id());
                }
            }
            List<Candidate> kept = new ArrayList<>(chosen.size());
            List<Candidate> unconfirmed = new ArrayList<>(0);
            for (int k = 0; k < chosen.size(); k++) {
                Candidate c = chosen.get(k);
                if (generic.get(k)) {
                    // "Ministry of Interior", "National Police", "Foreign Trade Bank": every state has one; the entry's
                    // is meant only where its state is named, and not where another state's name stands before it
                    // ("the Finnish Ministry of Defence", in a story that names Iran too).
                    String named = corroboration.countryNamed(c.entity());
                    if (named != null && !anotherStateBefore(c) && !properWordBefore(c)) {
                        kept.add(c.because("ordinary words, " + named));
                    }
                } else if (commonName.contains(c.entity().id())) {
                    // "Zhang Jian", a Chinese name of two syllables, is thousands of men's: ZHANG, Jian, a drug
                    // trafficker, only where the text speaks of his trade (drugs), not of North Korea's crypto
                    // launderers of that name; nor "Zhang" after it.
                    String why = corroboration.programme(c.entity());
                    if (why != null) {
                        kept.add(c.because("a name many bear; " + why));
                    } else {
                        // Or where an entry the list links him to is named: "Zhao Wei" beside the Kings Romans Group
                        // (ZHAO WEI TCO), in a story on his casinos that speaks of no drugs.
                        unconfirmed.add(c);
                    }
                } else if (!c.rule().needsCorroboration() && !oneProperWord(c)) {
                    kept.add(c);
                } else if (strong.contains(c.entity().id())) {
                    kept.add(c.because("the entry named in full in the text"));
                } else if (bankStem(c) && !sentenceSpeaksOfBanks(c)) {
                    // "Absolut" is a vodka before it is ABSOLUTBANK: a bank's name without its -bank stands where
                    // its sentence speaks of banks ("three Russian banks—Otkritie, Novikom and Sovcom").
                    continue;
                } else if (c.rule() == MatchRule.CORE && ordinaryWords(c)
                        && (anotherStateBefore(c) || properWordBefore(c))) {
                    // A core of ordinary words after another state's name is that state's body: "Korea Mining
                    // Development Corporation" (KOMID) is no ZIMBABWE MINING DEVELOPMENT CORPORATION; after another
                    // proper word, the end of another's name: "Itkan Real Estate" is no SWISS INTERNATIONAL REAL
                    // ESTATE AG.
                    continue;
                } else {
                    // A company's one short word without its legal form (OOO MAYAK, PAO ZVEZDA) is a word of its
                    // language first, a place, a module, a club ("at Mayak, a plutonium production site in Russia",
                    // "the Zvezda module"): its country named, which any text about such things names, is not
                    // enough; sanctions or its trade spoken of is. Coined names are longer (Rosoboronexport), or a
                    // bank's ("Sberbank, Russia's largest lender").
                    String word = token(c.from()).norm();
                    String why = c.rule() == MatchRule.PARTIAL && oneProperWord(c)
                            && word.length() <= NameIndex.LONG_WORD && !word.endsWith("bank") ? corroboration.sanctionsOrTrade(c.entity()) : corroboration.of(c.entity(), c.rule());
                    if (why == null && terroristGroupsOwnWord(c)) {
                        why = "a designated terrorist organisation's own word";
                    }
                    if (why == null && c.rule() == MatchRule.SURNAME_ALONE && regimeBeside(c)
                            && NameIndex.headsAState(c.entity())) {
                        // "la fornitura di armi al regime di Assad", in a story that names Russia and Ukraine only:
                        // the regime a head of state's surname names is his state's, however the text names it.
                        why = "a head of state's regime";
                    }
                    if (why == null && c.rule() == MatchRule.SURNAME_ALONE && !countries.isEmpty()
                            && NameIndex.headsAState(c.entity())) {
                        // "美國財政部宣布制裁馬杜羅的親信" (Maduro), in a story that names the United States only: a
                        // head of state's own surname, no other listed person's, in a text about states. (Not in
                        // one that names none: الأسد of an article on the lion.)
                        why = "a head of state's surname, states named";
                    }
                    if (why != null) {
                        kept.add(c.because(why));
                    } else {
                        unconfirmed.add(c);
                    }
                }
            }
            if (!unconfirmed.isEmpty()) {
                Map<List<String>, String> named = namesByWords(kept);
                for (Candidate c : unconfirmed) {
                    String why = linkNamed(c.entity(), named);
                    if (why != null) {
                        kept.add(c.because(why));
                    }
                }
            }
            return kept;
        }

        /**
         * What says that an entry the list links the entry to ({@link EntityDetails#linkedTo}) is among the entries the
         * text names ({@code named}, {@link #namesByWords}), or null: "The Hezbollah leadership met on Sunday. Qaouk
         * spoke at a funeral" names QAOUK, Nabil, whom the list links to HIZBALLAH, where Lebanon goes unnamed.
         */
        private static String linkNamed(Entity e, Map<List<String>, String> named) {
            for (String owner : e.details().linkedTo()) {
                String name = named.get(NameForms.words(owner));
                if (name != null && !name.equals(e.name())) {
                    return "linked to " + name + ", named in the text";
                }
            }
            return null;
        }

        /** The names of the entries of {@code chosen}, by their words, as {@link #linkNamed} looks them up. */
        private static Map<List<String>, String> namesByWords(List<Candidate> chosen) {
            Map<List<String>, String> named = new HashMap<>();
            for (Candidate c : chosen) {
                named.putIfAbsent(NameForms.words(c.entity().name()), c.entity().name());
            }
            return named;
        }

        /**
         * An organisation's word, written as the list writes it or in another script, that is a word of the name of
         * the entry the list links it to ({@link EntityDetails#linkedTo}), or that word without its -bank, is that
         * entry's, the parent the news names by it: "Otkritie" and Открытие are the bank, PUBLIC JOINT STOCK COMPANY
         * BANK FINANCIAL CORPORATION OTKRITIE, not OTKRITIE LTD GROUP (OTKRITIE LTD), its Cypriot holding linked to
         * it; "Sber Bank" and Сбер are SBERBANK OF RUSSIA, not BPS-SBERBANK of Belarus, whose alias SBER BANK is. As
         * a core name, with what corroborates one; not where the parent is named in full, whose short form the later
         * passes make the word.
         */
        private List<Candidate> toParents(List<Candidate> chosen) {
            List<Candidate> out = null;
            Set<Entity> named = null;
            for (int k = 0; k < chosen.size(); k++) {
                Candidate c = chosen.get(k);
                if (c.to() - c.from() > 2 || c.entity().type() != EntityType.ORGANISATION
                        || !PARENTS_RULES.contains(c.rule())) {
                    continue;
                }
                // Read from the entry's remarks at each call: once here.
                List<String> linkedTo = c.entity().details().linkedTo();
                if (linkedTo.isEmpty()) {
                    continue;
                }
                StringBuilder joined = new StringBuilder();
                for (int i = c.from(); i < c.to(); i++) {
                    joined.append(Romanisation.key(token(i).norm()));
                }
                String word = joined.toString();
                for (String name : linkedTo) {
                    Entity parent = organisationsByName.get().get(name);
                    if (parent == null || parent == c.entity()) {
                        continue;
                    }
                    if (named == null) {
                        named = new HashSet<>();
                        for (Candidate n : chosen) {
                            named.add(n.entity());
                        }
                    }
                    if (!named.contains(parent) && parent.names().stream().anyMatch(n -> NameForms.words(n).stream()
                            .map(Romanisation::key).anyMatch(w -> w.equals(word) || w.equals(word + "bank")))) {
                        if (out == null) {
                            out = new ArrayList<>(chosen);
                        }
                        out.set(k, new Candidate(c.from(), c.to(), parent, list.position(parent), MatchRule.CORE,
                                MatchRule.CORE.score())
                                .because("the word of " + c.entity().name() + ", which the list links to it"));
                        break;
                    }
                }
            }
            return out == null ? chosen : out;
        }

        /** The rules by which a linked entry's word is its parent's ({@link #toParents}). */
        private static final Set<MatchRule> PARENTS_RULES = Set.of(MatchRule.PARTIAL, MatchRule.TRANSLITERATED,
                MatchRule.CORE, MatchRule.ALIAS);

        /**
         * The mentions held for their links ({@link #byTheirLinks}) whose entry the list links to an entry named in
         * the text ({@link EntityDetails#linkedTo}). Ships named by one word, where the text speaks of ships: "a
         * Sanremo era toccato al Lena di Gennady Timchenko" is Timchenko's yacht LENA, "the Sabiti hull" the tanker
         * SABITI of the NATIONAL IRANIAN TANKER COMPANY the sentence before names; without its owner, "Lena" is a
         * woman. People named in Arabic script by five consonants: "امين عام حزب الله السيد حسن نصرالله ونائبه الشيخ
         * نعيم قاسم" is QASIM, Naim, linked to HIZBALLAH, in a story that names no Lebanon.
         */
        private List<Candidate> linked(List<Candidate> chosen) {
            if (byTheirLinks.isEmpty()) {
                return List.of();
            }
            Map<List<String>, String> named = namesByWords(chosen);
            BitSet taken = new BitSet(tokens.size());
            for (Candidate c : chosen) {
                taken.set(c.from(), c.to());
            }
            List<Candidate> out = new ArrayList<>(0);
            for (Candidate held : byTheirLinks) {
                if (taken.get(held.from(), held.to()).cardinality() > 0
                        || held.entity().type() == EntityType.VESSEL && maritime().isEmpty()) {
                    continue;
                }
                String why = linkNamed(held.entity(), named);
                if (why != null) {
                    out.add(held.because(why));
                    taken.set(held.from(), held.to());
                }
            }
            return out;
        }

        /**
         * Whether the Hangul word of tokens {@code from} to {@code to} stands whole between commas, or before "등"
         * ("and others"), as a name in a row of names does: "전일호, 유진, 조용원 등".
         */
        private boolean inARow(int from, int to) {
            int start = token(from).start();
            int end = token(to - 1).end();
            if (!Words.startsWord(text, token(from)) || end < text.length() && ScriptKeys.hangul(text.charAt(end))) {
                return false;
            }
            String before = text.substring(Math.max(0, start - 2), start).strip();
            String after = text.substring(end, Math.min(text.length(), end + 3)).strip();
            return before.endsWith(",") || after.startsWith(",") || after.startsWith("등");
        }

        /**
         * The held names of two syllables ({@link #inRows}) whose sentence names two North Koreans of the list or more
         * by longer names: "리병철, 김락겸, 김정식, 정승일, 장창하, 전일호, 유진, 조용원 등이 동행했다" is YU, Jin among
         * them. A name of two syllables alone is many a word and many a man's.
         */
        private List<Candidate> inItsRow(List<Candidate> chosen) {
            if (inRows.isEmpty()) {
                return List.of();
            }
            BitSet taken = new BitSet(tokens.size());
            Map<Integer, Set<Entity>> bySentence = new HashMap<>();
            for (Candidate c : chosen) {
                taken.set(c.from(), c.to());
                if (c.entity().type() == EntityType.PERSON && NameIndex.korean(c.entity())) {
                    bySentence.computeIfAbsent(token(c.from()).sentence(), k -> new HashSet<>()).add(c.entity());
                }
            }
            List<Candidate> out = new ArrayList<>(0);
            for (Candidate c : inRows) {
                Set<Entity> row = bySentence.getOrDefault(token(c.from()).sentence(), Set.of());
                if (!taken.get(c.from()) && row.size() >= 2 && !row.contains(c.entity())) {
                    out.add(c.because("in a row of names of the list's people"));
                    taken.set(c.from(), c.to());
                }
            }
            return out;
        }

        /**
         * Two people of one family named by their given names joined and one surname after them: "Boris et Arkadi
         * Rotenberg" names ROTENBERG, Arkady by the words a name of him covers and ROTENBERG, Boris by "Boris", his
         * given name with the surname after; so does "Joaquín and Ovidio Guzmán López". The name after the
         * conjunction must stand on its own, and the given name before it be no word of another mention.
         */
        private List<Candidate> coordinated(List<Candidate> chosen) {
            List<Candidate> out = new ArrayList<>(0);
            BitSet taken = new BitSet(tokens.size());
            for (Candidate c : chosen) {
                taken.set(c.from(), c.to());
            }
            for (Candidate c : chosen) {
                int and = c.from() - 1;
                int given = c.from() - 2;
                if (c.entity().type() != EntityType.PERSON || c.to() - c.from() < 2 || given < 0
                        || c.rule().needsCorroboration() || taken.get(given)
                        || !Words.COORDINATORS.contains(token(and).norm()) || !token(given).capitalised()
                        || wordBeside(given, and) == null || wordBeside(and, c.from()) == null) {
                    continue;
                }
                List<Token> words = new ArrayList<>(c.to() - c.from());
                words.add(token(given));
                words.addAll(tokens.subList(c.from() + 1, c.to()));
                // The words as read in the nominative where they were: "Бориса и Аркадия Ротенбергов" is Boris
                // Rotenberg beside Arkady.
                int[] read = declinedIds != null ? declinedIds : ids;
                int[] wordIds = new int[words.size()];
                int[] wordKeys = new int[words.size()];
                wordIds[0] = read[given];
                wordKeys[0] = read[given] != ids[given] ? read[given] : keyOf(token(given), ids[given]);
                for (int k = 1; k < words.size(); k++) {
                    int i = c.from() + k;
                    wordIds[k] = read[i];
                    wordKeys[k] = read[i] != ids[i] ? read[i] : keyOf(token(i), ids[i]);
                }
                Set<Entity> found = new LinkedHashSet<>();
                Consumer<PhraseIndex.Hit> collect = hit -> {
                    if (hit.from() != 0 || hit.to() != words.size()) {
                        return;
                    }
                    for (int form : hit.values()) {
                        Entity entity = names.entity(form);
                        // A given name first: in "Daniel Ortega and Rosario Murillo", "Ortega Murillo" is the
                        // surnames of ORTEGA MURILLO, Laureano Facundo, not a given name and a surname.
                        if (entity.type() == EntityType.PERSON && entity != c.entity()
                                && names.rule(form) != MatchRule.SURNAME_ALONE) {
                            found.add(entity);
                        }
                    }
                };
                names.names().matchAt(words, wordIds, 0, collect);
                names.names().matchAt(words, wordKeys, 0, collect);
                names.variants().matchAt(words, wordKeys, 0, collect);
                // Brothers share their father's name: Boris Romanovich beside Arkady Romanovich, not Boris's son
                // Boris Borisovich. Where that does not decide, the given name is nobody's.
                List<Entity> siblings = found.stream().filter(e -> sharesAMiddleName(e, c.entity())).toList();
                List<Entity> one = found.size() == 1 ? List.copyOf(found) : siblings.size() == 1 ? siblings : List.of();
                for (Entity entity : one) {
                    out.add(new Candidate(given, given + 1, entity, list.position(entity), MatchRule.PARTIAL,
                            MatchRule.PARTIAL.score(),
                            "its surname after \"" + token(and).norm() + "\" and another given name"));
                }
            }
            return out;
        }

        /** Whether two people's primary names share a word after the first given name: a patronymic, a middle name. */
        private static boolean sharesAMiddleName(Entity a, Entity b) {
            List<String> of = NameForms.words(a.name().substring(a.name().indexOf(',') + 1));
            List<String> other = NameForms.words(b.name().substring(b.name().indexOf(',') + 1));
            return of.size() > 1 && other.size() > 1 && of.subList(1, of.size()).stream()
                    .anyMatch(other.subList(1, other.size())::contains);
        }

        /** The paragraphs with a maritime word, worked out the first time a vessel asks. */
        private BitSet maritime() {
            if (maritime == null) {
                maritime = Words.paragraphsWith(text, tokens, Words.MARITIME, Words.MARITIME_RUNS);
            }
            return maritime;
        }

        /** Whether the candidate is a bank's one-word name without its joined -bank ("Sovcom", SOVCOMBANK). */
        private boolean bankStem(Candidate c) {
            if (c.rule() != MatchRule.CORE || c.to() - c.from() != 1) {
                return false;
            }
            String joined = token(c.from()).norm() + "bank";
            return c.entity().names().stream().anyMatch(n -> NameForms.words(n).contains(joined));
        }

        /** Whether a word of the candidate's sentence is a bank's: bank, banks, банки, banco, banque, banca. */
        private boolean sentenceSpeaksOfBanks(Candidate c) {
            int sentence = token(c.from()).sentence();
            for (int i = c.from(); i >= 0 && token(i).sentence() == sentence; i--) {
                if (bankWord(token(i).norm())) {
                    return true;
                }
            }
            for (int i = c.to(); i < tokens.size() && token(i).sentence() == sentence; i++) {
                if (bankWord(token(i).norm())) {
                    return true;
                }
            }
            return false;
        }

        private static boolean bankWord(String w) {
            return w.startsWith("bank") || w.startsWith("banc") || w.startsWith("banq");
        }

        /**
         * Whether a regime word stands beside the surname, before it with "of" between or none ("the Assad regime",
         * "regime di Assad", "режим Асада") or after it, in its sentence.
         */
        private boolean regimeBeside(Candidate c) {
            int after = c.to();
            if (after < tokens.size() && token(after).sentence() == token(c.from()).sentence()
                    && Words.REGIME_WORDS.contains(token(after).norm())) {
                return true;
            }
            int before = c.from() - 1;
            if (before >= 0 && Words.PARTICLES.contains(token(before).norm())) {
                before--;
            }
            return before >= 0 && token(before).sentence() == token(c.from()).sentence()
                    && Words.REGIME_WORDS.contains(token(before).norm());
        }

        /**
         * A company or group named by one word that is no acronym ("Sinbad", "Andariel", "Isis"), or by an acronym of
         * three letters or fewer, which many bodies share ("ICI", Imperial Chemical Industries in a story on Dulux
         * paints, before IRAN COMMUNICATION INDUSTRIES): the word is often a
         * person's, a game's or a goddess's name, and it stands as the entry only where the text speaks of sanctions,
         * the entry's trade or one of its countries ({@link Corroboration#of}), as a core name does. The comedian
         * Sinbad is not the mixer SINBAD; "Sinbad, the mixer sanctioned by the Treasury" is. (A ship named by one
         * word stands only beside a word that says it is a ship already: {@link #acceptable}.) Not a designated
         * terrorist organisation (FTO) by its own word, an alias's or its one-word name's core: "la guerre entre le
         * Hamas et Israël", "Hezbollah fired rockets" name the groups whatever else the text says, and a text about
         * them speaks of war in words no table of trades holds. A weak alias ("LH") and the core of a longer name
         * (INDIAN MUJAHIDEEN's "Mujahedeen", any fighters') are not.
         */
        private boolean oneProperWord(Candidate c) {
            return c.to() - c.from() == 1 && c.entity().type() == EntityType.ORGANISATION
                    && (!token(c.from()).upper() || token(c.from()).norm().length() <= 3)
                    && c.rule() != MatchRule.IDENTIFIER && c.rule() != MatchRule.TRANSLATED
                    && !terroristGroupsOwnWord(c);
        }

        /** A designated terrorist organisation named by its own word ({@link #oneProperWord}): Hamas, Hezbollah. */
        private boolean terroristGroupsOwnWord(Candidate c) {
            return c.to() - c.from() == 1 && c.entity().programs().contains("FTO")
                    && c.rule() != MatchRule.WEAK_ALIAS && c.rule() != MatchRule.SURNAME_ALONE
                    && (c.rule() != MatchRule.CORE || c.entity().name().indexOf(' ') < 0);
        }

        /** Whether the candidate's words are all ordinary words of English or particles ("Mining Development"). */
        private boolean ordinaryWords(Candidate c) {
            for (int i = c.from(); i < c.to(); i++) {
                if (!Words.ordinary(token(i).norm())) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether a capitalised word of no list's name and no ordinary word stands just before the candidate, in its
         * sentence: "Itkan" of "Itkan Real Estate", whose ordinary words are then the rest of that company's name.
         */
        private boolean properWordBefore(Candidate c) {
            if (c.from() == 0) {
                return false;
            }
            Token before = token(c.from() - 1);
            return before.sentence() == token(c.from()).sentence()
                    && Words.spacesOnly(text, before.end(), token(c.from()).start()) && ids[c.from() - 1] < 0
                    && ownWord(c.from() - 1);
        }

        /** Whether word {@code i} is capitalised and neither an ordinary word nor a state's: "Itkan", "Kinahan". */
        private boolean ownWord(int i) {
            return token(i).capitalised() && !common.contains(token(i).norm()) && !namesACountry(i, i + 1);
        }

        /**
         * Whether a state other than the entry's is named just before the candidate, as its owner: "the Finnish
         * Ministry of Defence", "Venezuela's Ministry of Interior" (a possessive's "'s" between), "Korea Mining
         * Development".
         */
        private boolean anotherStateBefore(Candidate c) {
            int start = token(c.from()).start();
            Set<String> own = NameIndex.countries(c.entity());
            if (c.from() > 0 && token(c.from() - 1).norm().equals("korea") && token(c.from() - 1).capitalised()
                    && Words.spacesOnly(text, token(c.from() - 1).end(), start)
                    && !own.contains("KR") && !NameIndex.korean(c.entity())) {
                // "Korea", which names no state alone (North or South?) and so is no country mention, names one of
                // the Koreas all the same: "Korea Mining Development Corporation" is North Korea's.
                return true;
            }
            for (CountryMention m : countries) {
                if (m.end() > start || start - m.end() > 3 || own.contains(m.code())) {
                    continue;
                }
                String between = text.substring(m.end(), start).strip();
                if (between.isEmpty() || between.length() == 2 && Normalizer.isApostrophe(between.charAt(0))
                        && between.charAt(1) == 's') {
                    return true;
                }
            }
            return false;
        }

        /**
         * An institution named by two or three ordinary words ("Ministry of Interior", "National Police", "Foreign
         * Trade Bank"), as institutions of many states are called. A longer phrase of ordinary words is a name of its
         * own ("Islamic Revolutionary Guard Corps"), and so are ordinary words that name no institution ("Tornado
         * Cash").
         */
        private boolean generic(Candidate c) {
            if (c.entity().type() != EntityType.ORGANISATION || c.to() - c.from() < 2) {
                return false;
            }
            int words = 0;
            boolean institution = false;
            for (int i = c.from(); i < c.to(); i++) {
                String w = token(i).norm();
                if (Words.PARTICLES.contains(w)) {
                    continue;
                }
                if (!common.contains(w) && !common.contains(NameForms.americanSpelling(w)) || ++words > 3) {
                    return false;
                }
                institution |= Words.INSTITUTIONS.contains(w);
            }
            return words >= 2 && institution;
        }

        /**
         * Drops the one-word core names and surnames alone that the text itself writes in lower case elsewhere: it uses
         * them as ordinary words ("Potash" in a headline, "potash" in the text), which the word list may not know.
         */
        private List<Candidate> notOrdinaryHere(List<Candidate> chosen) {
            Set<String> oneWord = new HashSet<>();
            for (Candidate c : chosen) {
                if (c.to() - c.from() == 1 && (c.rule() == MatchRule.CORE || c.rule() == MatchRule.SURNAME_ALONE)) {
                    oneWord.add(token(c.from()).norm());
                }
            }
            if (oneWord.isEmpty()) {
                return chosen;
            }
            Set<String> lower = new HashSet<>();
            for (Token t : tokens) {
                if (!t.capitalised() && oneWord.contains(t.norm()) && !inAddress(t)) {
                    lower.add(t.norm());
                }
            }
            if (lower.isEmpty()) {
                return chosen;
            }
            List<Candidate> kept = new ArrayList<>(chosen.size());
            for (Candidate c : chosen) {
                if (c.to() - c.from() != 1 || !c.rule().needsCorroboration()
                        || !lower.contains(token(c.from()).norm()) || lowerByChoice(c.entity(), c.from())) {
                    kept.add(c);
                }
            }
            return kept;
        }

        /**
         * Whether word {@code at}, in lower case, is the name of a head of state that Ukrainian news writes so by
         * choice: "режим путіна" is PUTIN, Vladimir's regime, no ordinary word.
         */
        private boolean lowerByChoice(Entity entity, int at) {
            return entity.type() == EntityType.PERSON && ukrainianLowerCase(at) && NameIndex.headsAState(entity);
        }

        /** Whether word {@code at} is Cyrillic in lower case in a Ukrainian text: "путіна" of "режим путіна". */
        private boolean ukrainianLowerCase(int at) {
            return ukrainian && !token(at).capitalised() && Inflection.cyrillic(text.charAt(token(at).start()));
        }

        /**
         * Whether word {@code t} is part of a web or mail address, which is written in lower case whatever the name:
         * "garantex[.]org", "www.garantex.io", "info@garantex.io" say nothing of "garantex" as a word.
         */
        private boolean inAddress(Token t) {
            int before = t.start() - 1;
            if (before >= 0 && "./@".indexOf(text.charAt(before)) >= 0) {
                return true;
            }
            for (String dot : ADDRESS_DOTS) {
                int after = t.end() + dot.length();
                if (text.startsWith(dot, t.end()) && after < text.length() && Character.isLetter(text.charAt(after))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Drops the surnames alone of an entry whose surname the text also gives another person, named in full with a
         * given name that is not the entry's: after "Rosatom's CEO Alexey Likhachev", "Likhachev" is not LIKHACHEV,
         * Vitaly. A given name that is the entry's own is part of a full mention of it, and refuses nothing.
         */
        private List<Candidate> withoutNamesakes(List<Candidate> chosen) {
            if (refused.isEmpty()) {
                return chosen;
            }
            // Where each entry is named, so that a text dense with names is not walked once per refused surname.
            Map<Entity, List<Candidate>> byEntity = new HashMap<>();
            for (Candidate c : chosen) {
                byEntity.computeIfAbsent(c.entity(), e -> new ArrayList<>(2)).add(c);
            }
            Set<Entity> namesakes = new HashSet<>();
            for (Candidate r : refused) {
                boolean inFullMention = byEntity.getOrDefault(r.entity(), List.of()).stream()
                        .anyMatch(c -> c.from() < r.from() && c.to() >= r.to());
                if (!inFullMention) {
                    namesakes.add(r.entity());
                }
            }
            if (namesakes.isEmpty()) {
                return chosen;
            }
            List<Candidate> kept = new ArrayList<>(chosen.size());
            for (Candidate c : chosen) {
                if (c.rule() != MatchRule.SURNAME_ALONE || !namesakes.contains(c.entity())) {
                    kept.add(c);
                }
            }
            return kept;
        }

        /**
         * The people named by given name and surname whom the text also names with a patronymic that none of their
         * entry's names has: "Evgeny Alexandrovich Lebedev, also known as Lord Lebedev" makes "Evgeny Lebedev" the
         * newspaper owner, not LEBEDEV, Yevgeny Viktorovich. Patronymics compared by their romanisation keys
         * (Viktorovich, Wiktorowitsch).
         */
        private Set<Entity> ofAnotherFather(List<Candidate> chosen) {
            // The text's patronymics first, in one pass: most texts have none, and a long one's names are not each
            // compared with every word.
            IntArray patronymics = null;
            for (int i = 1; i + 1 < tokens.size(); i++) {
                if (patronymic(token(i).norm())) {
                    if (patronymics == null) {
                        patronymics = new IntArray(4);
                    }
                    patronymics.add(i);
                }
            }
            if (patronymics == null) {
                return Set.of();
            }
            Set<Entity> out = null;
            for (Candidate c : chosen) {
                if (c.entity().type() != EntityType.PERSON || c.to() - c.from() != 2) {
                    continue;
                }
                String given = token(c.from()).norm();
                String surname = token(c.from() + 1).norm();
                for (int p = 0; p < patronymics.size(); p++) {
                    int i = patronymics.get(p) - 1;
                    String middle = token(i + 1).norm();
                    if (token(i).norm().equals(given) && token(i + 2).norm().equals(surname)
                            && !patronymicOf(c.entity(), Romanisation.key(middle))) {
                        if (out == null) {
                            out = new HashSet<>();
                        }
                        out.add(c.entity());
                    }
                }
            }
            return out == null ? Set.of() : out;
        }

        /** Whether a word of the entry's names is a patronymic of romanisation key {@code key}. */
        private static boolean patronymicOf(Entity e, String key) {
            return anyWordOfItsNames(e, w -> Romanisation.key(w).equals(key));
        }

        /**
         * The people the text gives a year of birth that none of their entry's dates of birth has: "Andrei Ivanov (b.
         * 24 XII 1971), the writer" is not IVANOV, Andrey Nikolayevich (DOB 1983), nor is "Muhammad Ali (1942–2016)"
         * 'ALI, Muhammad (DOB 1979). The year stands after the name, in its sentence: "born", "b." or its word in
         * the languages of the news and a year within five words, or a lifespan in brackets. An entry without a date
         * of birth is contradicted by none.
         */
        private Set<Entity> bornInAnotherYear(List<Candidate> chosen) {
            Set<Entity> out = null;
            for (Candidate c : chosen) {
                if (c.entity().type() != EntityType.PERSON || c.entity().details().birthDates().isEmpty()
                        || c.to() - c.from() == 1 && anothersGivenNameBefore(c)) {
                    continue;
                }
                int[] born = birthYears(c.entity());
                int year = yearOfBirthAfter(c.to());
                int age = ageBeside(c);
                if (year > 0 && Arrays.stream(born).noneMatch(b -> Math.abs(b - year) <= 1)
                        || age > 0 && born.length == c.entity().details().birthDates().size()
                        && Arrays.stream(born).noneMatch(b -> b + age >= NEWS_SINCE && b + age <= NEWS_UNTIL)
                        || actedAsAChild(c, born)) {
                    if (out == null) {
                        out = new HashSet<>();
                    }
                    out.add(c.entity());
                }
            }
            return out == null ? Set.of() : out;
        }

        /**
         * Whether the candidate's one word, a surname, stands after a given name that none of the entry's names has,
         * an Arabic article between allowed: the year of "Muhammad al-Katerji (b. 1976)" is Muhammad's, which says
         * nothing of KATERJI, Hussam, born in 1982, whose surname it is too.
         */
        private boolean anothersGivenNameBefore(Candidate c) {
            int at = c.from() - 1;
            if (at > 0 && NameForms.ARTICLES.contains(token(at).norm())) {
                at--;
            }
            if (at < 0 || token(at).sentence() != token(c.from()).sentence()) {
                return false;
            }
            Token before = token(at);
            return before.capitalised() && givenNames.get().contains(before.norm())
                    && !anyWordOfItsNames(c.entity(), before.norm()::equals);
        }

        /**
         * Whether the candidate's sentence gives, within {@link #YEAR_REACH} words of the name, a year before the entry
         * was {@link #GROWN_UP} by any of its dates of birth: "After Hafez al-Assad took power in 1970" is the late
         * president, not AL-ASSAD, Hafez, born in 2001.
         */
        private boolean actedAsAChild(Candidate c, int[] born) {
            if (born.length < c.entity().details().birthDates().size()) {
                // A date without its year: nothing to weigh an age by.
                return false;
            }
            int earliest = Arrays.stream(born).min().orElse(0);
            int sentence = token(c.from()).sentence();
            for (int i = Math.max(0, c.from() - YEAR_REACH); i < Math.min(tokens.size(), c.to() + YEAR_REACH); i++) {
                int year = token(i).sentence() == sentence ? yearOrDecade(token(i)) : 0;
                // The year of birth itself is no act ("Andrey Ivanov, born in 1983").
                if (year > 0 && year < earliest + GROWN_UP
                        && Arrays.stream(born).noneMatch(b -> Math.abs(b - year) <= 1)) {
                    return true;
                }
            }
            return false;
        }

        /** The years of the entry's dates of birth that begin with one ("1983-12-24", "1983"). */
        private static int[] birthYears(Entity e) {
            return e.details().birthDates().stream()
                    .filter(d -> d.length() >= 4 && Character.isDigit(d.charAt(0)) && Character.isDigit(d.charAt(3)))
                    .mapToInt(d -> Integer.parseInt(d.substring(0, 4))).toArray();
        }

        /**
         * The years of the news whose stories give a person's age as it is then ("Zaw Min Tun, 45, said"): an age that
         * puts every date of birth of the entry's outside them is another man's. A spokesman of 45 is not TUN, Zaw Min,
         * born in 2001, in any year of the news (2046); "the 40-year-old Kovalchuk" of a story of any year from 1990
         * on is a man born after 1949.
         */
        private static final int NEWS_SINCE = 1990;
        private static final int NEWS_UNTIL = 2027;

        /**
         * The age the text gives the person beside the candidate, or 0: after the name between commas or in brackets
         * ("Zaw Min Tun, 45, said", "Kovalchuk (40)"), or before it as "40-year-old" ("the 40-year-old Kovalchuk").
         */
        private int ageBeside(Candidate c) {
            if (c.to() < tokens.size() && token(c.to()).sentence() == token(c.from()).sentence()) {
                Token next = token(c.to());
                String between = text.substring(token(c.to() - 1).end(), next.start()).strip();
                int after = next.end() < text.length() ? text.charAt(next.end()) : ' ';
                if ((between.equals(",") && (after == ',' || after == ';')
                        || between.equals("(") && after == ')') && age(next) > 0) {
                    return age(next);
                }
            }
            if (c.from() >= 3 && token(c.from() - 1).norm().equals("old")
                    && token(c.from() - 2).norm().equals("year") && age(token(c.from() - 3)) > 0
                    && token(c.from() - 3).sentence() == token(c.from()).sentence()) {
                return age(token(c.from() - 3));
            }
            return 0;
        }

        /** The word read as an age of a grown man or woman (18 to 99), or 0. */
        private static int age(Token t) {
            String w = t.norm();
            if (w.length() != 2 || !Character.isDigit(w.charAt(0)) || !Character.isDigit(w.charAt(1))) {
                return 0;
            }
            int a = Integer.parseInt(w);
            return a >= 18 ? a : 0;
        }

        /** How many words before or after a name a year of its sentence may stand and be of what the person did. */
        private static final int YEAR_REACH = 8;
        /** The age before which nobody takes power, founds a company or is designated in the news. */
        private static final int GROWN_UP = 12;

        /** The year of birth the words after a name give ("(b. 24 XII 1971)", "born in 1971", "(1942–2016)"), or 0. */
        private int yearOfBirthAfter(int at) {
            if (at >= tokens.size()) {
                return 0;
            }
            int sentence = token(at).sentence();
            Token next = token(at);
            // A bracket between the name and the year; looked for there only, not back through the whole text (a
            // megabyte's text with thousands of names read itself once for each).
            boolean open = false;
            for (int k = next.start(); k >= token(at - 1).end() && !open; k--) {
                open = text.charAt(k) == '(';
            }
            if (open && year(next) > 0 && next.end() < text.length()
                    && "-\u2013\u2014".indexOf(text.charAt(next.end())) >= 0) {
                return year(next);
            }
            for (int i = at; i < Math.min(tokens.size(), at + 3) && token(i).sentence() == sentence; i++) {
                if (BORN.contains(token(i).norm())) {
                    for (int k = i + 1; k < Math.min(tokens.size(), i + 6); k++) {
                        if (year(token(k)) > 0) {
                            return year(token(k));
                        }
                    }
                    return 0;
                }
            }
            return 0;
        }

        /**
         * The word read as a year ({@link #year}), or as a decade by its last year: "In the early 1980s, Rifaat
         * al-Assad, the brother of Hafez al-Assad" speaks of 1989 at the latest, before AL-ASSAD, Hafez (born in 2001)
         * was grown up.
         */
        private static int yearOrDecade(Token t) {
            String w = t.norm();
            if (w.length() == 5 && w.charAt(4) == 's' && w.charAt(3) == '0') {
                int decade = year(w.substring(0, 4));
                return decade > 0 ? decade + 9 : 0;
            }
            return year(w);
        }

        /** The word read as a year of the last 130 (1971), or 0. */
        private static int year(Token t) {
            return year(t.norm());
        }

        private static int year(String w) {
            if (w.length() != 4 || !Character.isDigit(w.charAt(0)) || !Character.isDigit(w.charAt(3))) {
                return 0;
            }
            try {
                int y = Integer.parseInt(w);
                return y >= 1900 && y <= 2030 ? y : 0;
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private static List<Candidate> without(List<Candidate> chosen, Set<Entity> entities) {
            if (entities.isEmpty()) {
                return chosen;
            }
            List<Candidate> kept = new ArrayList<>(chosen.size());
            for (Candidate c : chosen) {
                if (!entities.contains(c.entity())) {
                    kept.add(c);
                }
            }
            return kept;
        }

        /** Whether a country mention overlaps the words from {@code from} to {@code to}. */
        private boolean namesACountry(int from, int to) {
            int start = token(from).start();
            int end = token(to - 1).end();
            return countries.stream().anyMatch(m -> m.start() < end && start < m.end());
        }

        /**
         * Whether a word of the stretch names a state in a case of its own, as Russian and Polish write "of Russia"
         * after a noun ("Банк России", "Bank Rosji": the Bank of Russia, the central bank), and no name of the entry
         * has the word so: the entry's name has the state's name as it is (BANK ROSSIYA, банк «Россия»), which a
         * genitive is not. Not an adjective of the state's, which a body's name declines with it ("Сирийской арабской
         * армии", SYRIAN ARAB ARMY).
         */
        private boolean stateDeclined(Entity entity, int from, int to) {
            for (int i = from; i < to; i++) {
                Token t = token(i);
                String w = t.norm();
                if (!(westSlavic || Inflection.cyrillic(text.charAt(t.start()))) || !namesACountry(i, i + 1)
                        || Inflection.adjectiveLike(w)) {
                    continue;
                }
                judgedByEntry = true;
                if (!anyWordOfItsNames(entity, w::equals)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Drops the mentions by surname, short form, core name or weak alias whose words name a country: "Marshall" of
         * the Marshall Islands is nobody's surname.
         */
        private List<Candidate> outsideCountries(List<Candidate> chosen) {
            if (countries.isEmpty()) {
                return chosen;
            }
            List<Candidate> kept = new ArrayList<>(chosen.size());
            for (Candidate c : chosen) {
                boolean weak = c.rule().needsCorroboration() || c.rule() == MatchRule.SURNAME
                        || c.rule() == MatchRule.SHORT_FORM;
                if (!weak || !namesACountry(c.from(), c.to())) {
                    kept.add(c);
                }
            }
            return kept;
        }

        /** "IMO 9274343", "IMO number 9274343", "IMO no. 9274343": the vessel with that number. */
        private void identifier(int at) {
            for (int k = at + 1; k <= Math.min(tokens.size() - 1, at + 3); k++) {
                Entity vessel = names.vessel(token(k).norm());
                if (vessel != null) {
                    candidates.add(new Candidate(at, k + 1, vessel, list.position(vessel), MatchRule.IDENTIFIER,
                            MatchRule.IDENTIFIER.score(),
                            "IMO"));
                    return;
                }
                String w = token(k).norm();
                if (!w.equals("number") && !w.equals("no") && !w.equals("num")) {
                    return;
                }
            }
        }

        /**
         * Whether a Latin word is the list's in another romanisation, not an English spelling of it: more than a c for
         * a k or a letter written twice tell them apart ("Promsvjazbank", PROMSVYAZBANK; not "Prospect" for PROSPEKT
         * nor "Investrade" for INVESTTRADE, other words).
         */
        private static boolean romanisedOtherwise(String word, String listed) {
            return !singleLetters(word.replace('c', 'k')).equals(singleLetters(listed.replace('c', 'k')));
        }

        /** A word with each letter written twice in a row written once: "investtrade" is "investrade". */
        private static String singleLetters(String w) {
            StringBuilder b = new StringBuilder(w.length());
            for (int i = 0; i < w.length(); i++) {
                if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                    b.append(w.charAt(i));
                }
            }
            return b.toString();
        }

        /**
         * Names written in another romanisation: the text's capitalised words whose key differs from their spelling are
         * compared by key, with the names of two words or more around them.
         */
        private void transliterated() {
            int[] keyed = null;
            BitSet differs = new BitSet();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = token(i);
                if (!t.capitalised() || ids[i] < 0 && t.norm().length() < 6 && !capitalisedBeside(tokens, i)) {
                    // A word the lists do not have, too short for a surname alone and with no name word beside it, is
                    // no name's word in another spelling: its key is not made.
                    continue;
                }
                int keyId = keyOf(t, ids[i]);
                if (keyId >= 0 && names.keyed(keyId)) {
                    if (keyed == null) {
                        keyed = ids.clone();
                    }
                    keyed[i] = keyId;
                    differs.set(i);
                }
            }
            if (keyed == null) {
                return;
            }
            int[] keyedIds = keyed;
            // A name found by the keys as words (names()) is spelt as the list spells it exactly where the text's own
            // words are those keys, the same for every form of the phrase: "Korea", its own key, is found again here
            // with every form of the 3M-name list that is that word, each read word by word from the index only to be
            // skipped (spelt was a tenth of that list's scan of the feeds at C1: bench/README.md, "An
            // OpenSanctions-size list", perf10). Found by the keys of names (variants()), a form may be spelt
            // otherwise than the text and is asked one by one.
            Consumer<PhraseIndex.Hit> byWords = hit -> {
                if (!Arrays.equals(ids, hit.from(), hit.to(), keyedIds, hit.from(), hit.to())) {
                    respelt(hit, differs, false);
                }
            };
            Consumer<PhraseIndex.Hit> byKeys = hit -> respelt(hit, differs, true);
            startsBefore(differs, i -> {
                names.names().matchAt(tokens, keyedIds, i, byWords);
                names.variants().matchAt(tokens, keyedIds, i, byKeys);
            });
        }

        /**
         * {@link #transliterated}'s phrase {@code hit}, found by the keys of the text's words that {@code differs}
         * marks; {@code maySpell} where a form of it may be spelt as the text spells it, which the first pass has.
         */
        private void respelt(PhraseIndex.Hit hit, BitSet differs, boolean maySpell) {
            if (differs.nextSetBit(hit.from()) >= hit.to() || differs.nextSetBit(hit.from()) < 0) {
                return;
            }
            boolean oneWord = hit.to() - hit.from() == 1;
            if (hit.to() - hit.from() == 2 && Romanisation.givenNamesOnly(token(hit.from()).norm(),
                    token(hit.from() + 1).norm())) {
                // "Mohamad Hasan" for AMDOUNI, Mehrez, a.k.a. HASSAN, Mohamed: two given names in another
                // spelling are too many men's.
                return;
            }
            for (int form : hit.values()) {
                if (maySpell && spelt(form, ids, hit.from(), hit.to())) {
                    // Written as the list writes it (Fawaz, whose key is favaz): the first pass has it, by its
                    // rule.
                    continue;
                }
                Entity entity = names.entity(form);
                MatchRule listed = names.rule(form);
                if (oneWord || listed == MatchRule.SURNAME_ALONE) {
                    // A surname alone in another spelling ("Poutine", "Setschin") is a surname alone still, and
                    // stands only as one does; other single words are too easily another word.
                    if (listed == MatchRule.SURNAME_ALONE && token(hit.to() - 1).norm().length() >= 6
                            && acceptable(entity, hit.from(), hit.to())
                            && standsAlone(hit.from())) {
                        candidates.add(new Candidate(hit.from(), hit.to(), entity, names.entry(form), listed,
                                listed.score(),
                                "another romanisation"));
                    } else if (oneWord && entity.type() == EntityType.ORGANISATION
                            && listed != MatchRule.WEAK_ALIAS && listed != MatchRule.SURNAME_ALONE
                            && token(hit.from()).norm().length() >= NameIndex.LONG_WORD
                            && (Inflection.cyrillic(text.charAt(token(hit.from()).start()))
                            || romanisedOtherwise(token(hit.from()).norm(),
                                    names.lexicon().word(names.word(form, 0))))
                            && acceptable(entity, hit.from(), hit.to())) {
                        // A company's one long word in Cyrillic that the list romanises otherwise: Внешэкономбанк
                        // is VNESHECONOMBANK, Совкомбанк SOVCOMBANK; a core name still wants what corroborates it,
                        // and so does a word in another romanisation in Latin letters, which may be another word
                        // (German and Czech "Promsvjazbank" for PROMSVYAZBANK, where Russia is named).
                        boolean cyrillic = Inflection.cyrillic(text.charAt(token(hit.from()).start()));
                        MatchRule rule = listed == MatchRule.CORE || !cyrillic ? MatchRule.CORE
                                : MatchRule.TRANSLITERATED;
                        candidates.add(new Candidate(hit.from(), hit.to(), entity, names.entry(form), rule,
                                rule.score(), "another romanisation"));
                    }
                } else if (entity.type() != EntityType.VESSEL
                        && acceptable(entity, hit.from(), hit.to())) {
                    MatchRule rule = listed == MatchRule.WEAK_ALIAS ? MatchRule.WEAK_ALIAS
                            : MatchRule.TRANSLITERATED;
                    candidates.add(new Candidate(hit.from(), hit.to(), entity, names.entry(form), rule,
                            rule.score()));
                }
            }
        }

        /**
         * Names inflected, as the lists never write them ({@link Inflection}): "Евгением Пригожиным" (instrumental) is
         * PRIGOZHIN, Yevgeniy; "Путіна" (genitive) is Putin; "وحزب الله" ("and Hezbollah") is HIZBALLAH; in a Polish or
         * Czech text "Dmitrija Pieskowa" is PESKOV, Dmitry. The words are read in their base form and the names looked
         * up again, by the rules they have.
         */
        private void declined() {
            int[] nominative = null;
            int[] keys = null;
            BitSet differs = new BitSet();
            // Words read by the key of their nominative only: part of a name of two words or more, never one alone
            // (Євразії, "of Eurasia", is no EURASIA LLC).
            BitSet byKey = new BitSet();
            // German genitives: a person's name only ("Wladimir Putins"), as German writes an organisation's with its
            // article ("der Gruppe Wagner") and the -s of "Anbetung Wagners" is the composer's.
            BitSet genitive = new BitSet();
            for (int i = 0; i < tokens.size(); i++) {
                if (!token(i).capitalised() && !declinedAfterFirst(i, differs) && !ukrainianLowerCase(i)) {
                    // Ukrainian's lower case read too, which a head of state's name takes by choice ("режим путіна"):
                    // the verdict on a name takes it for him alone.
                    continue;
                }
                int id = Inflection.base(text, token(i), names.lexicon());
                if (id < 0 && text.charAt(token(i).start()) < 0x250 && westSlavic) {
                    id = Inflection.westSlavicBase(token(i).norm(), names.lexicon());
                    String respelt = id < 0 ? Inflection.polishRespelt(text, token(i)) : null;
                    if (respelt != null) {
                        // "Jewgienijem Prigożynem": PRIGOZHIN, Yevgeniy, by the sounds Polish letters write.
                        id = names.lexicon().id(Romanisation.key(respelt));
                        id = id >= 0 ? id : Inflection.westSlavicBase(respelt, names.lexicon());
                    }
                }
                if (id < 0 && german) {
                    id = Inflection.germanGenitiveBase(token(i).norm(), names.lexicon());
                    genitive.set(i, id >= 0);
                    // Only a word whose own key the lists lack: "Michail" is read as Mikhail already, "Chan" is
                    // CHAN, Eric's word as written.
                    String respelt = id < 0 && names.lexicon().id(Romanisation.key(token(i).norm())) < 0
                            ? Inflection.germanRespelt(token(i).norm()) : null;
                    if (respelt != null) {
                        // "Alexander Sacharow": ZAKHAROV, Aleksandr, by the sounds German letters write.
                        id = names.lexicon().id(Romanisation.key(respelt));
                    }
                }
                if (id < 0 && turkish) {
                    // "Kudüs Gücü'nün" (of the Quds Force), "Hamas'a": the name before the apostrophe.
                    id = Inflection.beforeSuffix(text, token(i), names.lexicon());
                }
                if (id < 0 && Inflection.cyrillic(text.charAt(token(i).start()))
                        && names.lexicon().id(Romanisation.key(token(i).norm())) < 0) {
                    // (Cyrillic words only, which alone have a nominative to read: a text's other capitalised words
                    // are not keyed here.)
                    id = Inflection.baseByKey(text, token(i), names.lexicon());
                    byKey.set(i, id >= 0);
                }
                if (id >= 0) {
                    if (nominative == null) {
                        nominative = ids.clone();
                        keys = ids.clone();
                    }
                    nominative[i] = id;
                    differs.set(i);
                }
            }
            if (nominative == null) {
                return;
            }
            declinedIds = nominative;
            // The romanisation keys of the words read in the nominative, for names written another way ("Yevgeniy").
            for (int i = 0; i < tokens.size(); i++) {
                if (byKey.get(i)) {
                    // Read by its key already ("Андрєєва", andreev, ANDREYEV's key): not keyed again (andri).
                    keys[i] = nominative[i];
                    continue;
                }
                String word = nominative[i] >= 0 ? names.lexicon().word(nominative[i]) : token(i).norm();
                int key = names.lexicon().id(Romanisation.key(word));
                if (key >= 0) {
                    keys[i] = key;
                }
            }
            boolean[] keyed = {false};
            Consumer<PhraseIndex.Hit> collect = hit -> {
                int d = differs.nextSetBit(hit.from());
                if (d < 0 || d >= hit.to()) {
                    return;
                }
                // A short word read as inflected is too often another word: "Такое" ("such") is no TACO LLC. In
                // Arabic script a letter less, as "and" joined to a name is one letter: وحماس, "and Hamas". A head of
                // state's surname alone a letter less too, as its state's regime names it ("режима Асада", Assad's).
                int shortest = ScriptKeys.arabic(text.charAt(token(d).start())) ? 5 : 6;
                boolean shortWord = hit.to() - hit.from() == 1 && (token(d).norm().length() < shortest || byKey.get(d));
                if (shortWord && (byKey.get(d) || token(d).norm().length() < shortest - 1)) {
                    return;
                }
                int g = genitive.nextSetBit(hit.from());
                boolean ofPeopleOnly = g >= 0 && g < hit.to();
                for (int form : hit.values()) {
                    Entity entity = names.entity(form);
                    if (ofPeopleOnly && entity.type() != EntityType.PERSON || shortWord
                            && (names.rule(form) != MatchRule.SURNAME_ALONE || !NameIndex.headsAState(entity))) {
                        continue;
                    }
                    // A surname alone stays one however its word was read: Путіна is Putin's surname alone; and so
                    // does a core name, which stands only with its trade or country named ("Anbetung Wagners", the
                    // composer's worship, is no Wagner Group).
                    MatchRule listed = names.rule(form);
                    MatchRule rule = keyed[0] && listed != MatchRule.WEAK_ALIAS && listed != MatchRule.SURNAME_ALONE
                            && listed != MatchRule.CORE ? MatchRule.TRANSLITERATED : listed;
                    if (acceptable(entity, hit.from(), hit.to())
                            && (rule != MatchRule.SURNAME_ALONE || standsAlone(hit.from()))) {
                        candidates.add(new Candidate(hit.from(), hit.to(), entity, names.entry(form), rule,
                                rule.score()));
                    }
                }
            };
            int[] nominativeIds = nominative;
            int[] keyIds = keys;
            startsBefore(differs, i -> {
                keyed[0] = false;
                names.names().matchAt(tokens, nominativeIds, i, collect);
                keyed[0] = true;
                // A name whose words are their own keys is filed among the names only: "Марии Львовой-Беловой" reads
                // Mariya Lvova Belova, whose keys are the words of LVOVA-BELOVA, Maria.
                names.names().matchAt(tokens, keyIds, i, collect);
                names.variants().matchAt(tokens, keyIds, i, collect);
            });
        }

        /**
         * People's names written in Hangul or Arabic script, by their keys ({@link ScriptKeys}): 김정은 is KIM, Jong Un,
         * قاسم سليماني SOLEIMANI, Qasem. A Korean name starts a word (particles follow it: 김정은이) and runs to three
         * syllables or more; an Arabic one has six consonants or more and two in each word, or five where one of the
         * person's countries is named, as shorter keys are shared by too many names (إلى محمد, "to Muhammad", is not
         * 'ALI, Muhammad; سعيد الجمل not SAYYED, Jamil).
         */
        private void otherScripts() {
            int[] keys = null;
            int[] andBefore = null;
            int[] abdArticle = null;
            int[] persian = null;
            int[] digraphs = null;
            int[] russian = null;
            int[] korean = null;
            int[] koreanInHan = null;
            boolean northKorea = countries.stream().anyMatch(c -> c.code().equals("KP"));
            for (int i = 0; i < tokens.size(); i++) {
                Token t = token(i);
                char first = text.charAt(t.start());
                if (first < 0x600) {
                    // Latin, Cyrillic and the rest: most words of most texts, turned away at once.
                    continue;
                }
                boolean arabic = ScriptKeys.arabic(first);
                String key = ScriptKeys.hangul(first) ? ScriptKeys.korean(first)
                        : arabic ? ScriptKeys.arabic(t.norm()) : null;
                int id = key == null ? -1 : names.lexicon().id(key);
                if (first == 'و' && t.norm().length() >= 4) {
                    String unjoined = ScriptKeys.arabic(t.norm().substring(1));
                    int unjoinedId = unjoined == null ? -1 : names.lexicon().id(unjoined);
                    if (unjoinedId >= 0 && andJoined(t, id)) {
                        key = unjoined;
                        id = unjoinedId;
                    } else if (unjoinedId >= 0 && id >= 0) {
                        // Both a name and "and" before one (وعدنان: a Wadnan, or "and Adnan"): read the second way
                        // too.
                        andBefore = withKey(andBefore, i, unjoinedId);
                    }
                }
                keys = withKey(keys, i, id);
                if (arabic && t.norm().equals("عبد") && i + 1 < tokens.size()
                        && token(i + 1).norm().startsWith("ال")) {
                    // عبد العزيز as the lists romanise it, "Abdul Aziz": the article with Abd (AL-MOHAMMEDAWI,
                    // Abdul Aziz).
                    abdArticle = withKey(abdArticle, i, idOfKey(ScriptKeys.arabic("عبدال")));
                }
                if (!arabic) {
                    if (northKorea && ScriptKeys.han(first)) {
                        // A North Korean's name in Chinese characters read as Korean reads them (金英徹, 김영철): its
                        // syllables' keys are the name's as the lists romanise it (KIM, Yong Chol).
                        String reading = HanHangul.of(t.norm().charAt(0));
                        koreanInHan = withKey(koreanInHan, i,
                                reading == null ? -1 : idOfKey(ScriptKeys.korean(reading.charAt(0))));
                    }
                    continue;
                }
                persian = withKey(persian, i, idOfKey(ScriptKeys.persian(t.norm())));
                // The article kept only where a name has the word so (السكيني, ALSKENI); dropped elsewhere.
                int read = idOfKey(ScriptKeys.arabicAsDigraphs(t.norm(), true));
                digraphs = withKey(digraphs, i, read >= 0 ? read : idOfKey(ScriptKeys.arabicAsDigraphs(t.norm(), false)));
                String russianKey = ScriptKeys.russianInArabic(t.norm());
                russian = withKey(russian, i, russianKey == null ? -1 : names.lexicon().id(russianKey));
                String koreanKey = ScriptKeys.koreanInArabic(t.norm());
                korean = withKey(korean, i, koreanKey == null ? -1 : names.lexicon().id(koreanKey));
            }
            koreanOrganisations(northKorea);
            transcribed();
            chinese();
            if (keys != null) {
                variantsFrom(tokens, keys, scriptNames(keys));
            }
            if (andBefore != null) {
                int[] unjoined = keys.clone();
                for (int i = 0; i < unjoined.length; i++) {
                    if (andBefore[i] >= 0) {
                        unjoined[i] = andBefore[i];
                    }
                }
                variantsFrom(tokens, unjoined, scriptNames(unjoined));
            }
            if (abdArticle != null) {
                int[] read = orOwn(abdArticle, keys);
                variantsFrom(tokens, read, scriptNames(read));
            }
            if (persian != null) {
                int[] read = orOwn(persian, keys);
                // Persian reads ض z where Arabic reads d, ق gh where Arabic reads q: in Arabic text only Iran's people
                // are read so (محمد رضا زاهدي, ZAHEDI, Mohammed Reza), not محمد فضل as MOHAMMED, Fazul Abdullah of the
                // Comoros.
                Predicate<Entity> whose = persianText() ? e -> true : EntityMatcher::iranian;
                variantsFrom(tokens, read, scriptNames(read, whose));
            }
            if (digraphs != null) {
                // خالد كاظم جاسم السكيني as "Khalid Kadhim Jasim ALSKENI", أدهم حسين طباجة as "Adham Husayn Tabaja".
                int[] read = orOwn(digraphs, keys);
                variantsFrom(tokens, read, scriptNames(read));
            }
            if (russian != null) {
                // Russia's names have fewer consonants by these keys, which leave v out (إيغور شوفالوف, four: g r
                // sh l): four are a name, with the person's country named and the surname last as five are.
                variantsFrom(tokens, russian, scriptNames(russian, e -> true, true));
            }
            if (korean != null) {
                variantsFrom(tokens, korean, koreanNames(true, ""));
            }
            if (koreanInHan != null) {
                variantsFrom(tokens, koreanInHan, koreanNames(false, "its characters read in Korean"));
            }
        }

        /**
         * Whether word {@code i} is a Cyrillic word in lower case after an adjective declined, capitalised or read in
         * the nominative itself ({@code differs}): Russian writes a body's name with its first word alone in capitals
         * and declines every word (Сирийской арабской армии, of SYRIAN ARAB ARMY's Russian name Сирийская арабская
         * армия). After an adjective only: "России банки" ("Russia's banks") is no BANK ROSSIYA.
         */
        private boolean declinedAfterFirst(int i, BitSet differs) {
            if (i == 0 || !Inflection.cyrillic(text.charAt(token(i).start()))
                    || !Inflection.cyrillic(text.charAt(token(i - 1).start()))
                    || !(token(i - 1).capitalised() || differs.get(i - 1))
                    || text.charAt(token(i).start() - 1) != ' ' || token(i).start() - 1 != token(i - 1).end()) {
                return false;
            }
            String before = token(i - 1).norm();
            return Inflection.adjectival(before) || before.endsWith("oy") || before.endsWith("ey");
        }

        /**
         * The consonants word {@code k}, in Arabic script, writes that its key does not keep ({@link
         * ScriptKeys#unkeyed}).
         */
        private int unkeyed(int k) {
            return ScriptKeys.unkeyed(token(k).norm());
        }

        /** The lexicon's id of a key, -1 for none or one no name has. */
        private int idOfKey(String key) {
            return key == null ? -1 : names.lexicon().id(key);
        }

        /** Each word's key of another reading ({@code other}, changed) where it has one, its own key elsewhere. */
        private static int[] orOwn(int[] other, int[] own) {
            for (int i = 0; i < other.length; i++) {
                if (other[i] < 0 && own != null) {
                    other[i] = own[i];
                }
            }
            return other;
        }

        /**
         * The key ids of the text's words ({@code ids}, made on the first word that has one, -1 for the others) with
         * word {@code i}'s, {@code id}, set; {@code ids} as it was for no key (-1). Most texts have no word of another
         * script, and no array is made for them.
         */
        private int[] withKey(int[] ids, int i, int id) {
            if (id < 0) {
                return ids;
            }
            int[] out = ids;
            if (out == null) {
                out = new int[tokens.size()];
                Arrays.fill(out, -1);
            }
            out[i] = id;
            return out;
        }

        /**
         * What {@link #otherScripts} takes of North Korea's people named in Arabic script or in Chinese characters:
         * the whole name of three syllables or more (كيم جونغ أون and 金正恩, KIM, Jong Un), where one of the person's
         * countries is named, as a syllable's consonants are few and Arabic words share them (كم, "how many", is
         * Kim's), and Chinese runs its words together, 金 being "gold" and "money" as often as a surname. In Arabic
         * script ({@code arabic}) the vowel letters decide between names of the same consonants.
         */
        private Consumer<PhraseIndex.Hit> koreanNames(boolean arabic, String why) {
            return hit -> {
                if (hit.to() - hit.from() < 3) {
                    return;
                }
                List<Integer> fit = new ArrayList<>(hit.values().length);
                for (int form : hit.values()) {
                    // In Chinese characters North Korea is named (otherScripts reads them only then), and stands
                    // by any of its people, though the list gives many no country of their own (PAEK, Se-Bong, of
                    // the non-proliferation programme: 白世峰).
                    Entity e = names.entity(form);
                    if (names.rule(form) != MatchRule.PARTIAL_ALIAS && (arabic || surnameFirst(e, form))
                            && (corroboration.countries(e) || !arabic && NameIndex.korean(e))) {
                        fit.add(form);
                    }
                }
                // Consonants tie كيم مين شول to KIM, Min Chol and KIM, Mun Chol alike; the vowel letters written
                // decide between them where they can (ي is Min's i).
                List<Integer> voiced = !arabic ? List.of() : fit.stream()
                        .filter(form -> wordsAgree(form, hit.from(), hit.to(),
                                (t, latin) -> vowelsAgree(t.norm(), latin))).toList();
                for (int form : voiced.isEmpty() ? fit : voiced) {
                    MatchRule rule = names.rule(form) == MatchRule.WEAK_ALIAS ? MatchRule.WEAK_ALIAS
                            : MatchRule.TRANSLITERATED;
                    candidates.add(new Candidate(hit.from(), hit.to(), names.entity(form), names.entry(form), rule,
                            rule.score(), why));
                }
            };
        }

        /**
         * Whether form {@code form} of a Korean's name starts with the surname of one of {@code e}'s names, as Chinese
         * writes a Korean's name, always: 众从金 ("all follow Kim") is no KIM, Jung Jong read given names first.
         */
        private boolean surnameFirst(Entity e, int form) {
            String first = names.lexicon().word(names.word(form, 0));
            for (String name : e.names()) {
                List<String> surname = NameForms.surname(name);
                if (surname.size() == 1 && first.equals(surname.get(0))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether each word of the text from {@code from} to {@code to}, in Arabic script, agrees with the romanised
         * word of form {@code form} in its place as {@code agree} says; a form of other words than the text's says
         * nothing.
         */
        private boolean wordsAgree(int form, int from, int to, BiPredicate<Token, String> agree) {
            if (names.length(form) != to - from) {
                return true;
            }
            for (int k = 0; k < to - from; k++) {
                if (!agree.test(token(from + k), names.lexicon().word(names.word(form, k)))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the vowel letters of a Korean syllable in Arabic script agree with the romanised syllable: one with ي
         * and no و has an i or e (مين, Min), one with و and no ي an o or u (جونغ, Jong); one with both or neither says
         * nothing.
         */
        private static boolean vowelsAgree(String arabic, String latin) {
            boolean ya = arabic.indexOf('ي') >= 0 || arabic.indexOf('ی') >= 0;
            boolean waw = arabic.indexOf('و') >= 0;
            return !(ya && !waw && latin.indexOf('i') < 0 && latin.indexOf('e') < 0
                    || waw && !ya && latin.indexOf('o') < 0 && latin.indexOf('u') < 0);
        }

        /**
         * Whether the Arabic letters ق and خ of a word agree with how the romanised word writes them: ق as q, خ as kh
         * (قصير is QASIR, not KHOSRAVI; خسروي KHOSRAVI, not a QASR). A word with neither says nothing. And its s:
         * a word with ص or س and no ش, ح or ه (which "sh" may be the s of, as in Ishaq) is no romanised word with sh
         * (صقر is SAQR, Fadi, not SHUKR, Fu'ad). And its first ع, which the lists write as a vowel or not at all: a
         * word beginning with it is no romanised word beginning with a consonant (عكر is AKAR, not a KERR).
         */
        private static boolean lettersAgree(String arabic, String latin) {
            String bare = arabic.startsWith("ال") ? arabic.substring(2) : arabic;
            if (bare.startsWith("ع") && !latin.isEmpty() && "aeiou".indexOf(latin.charAt(0)) < 0) {
                return false;
            }
            boolean qaf = arabic.indexOf('ق') >= 0;
            boolean kha = arabic.indexOf('خ') >= 0;
            boolean s = (arabic.indexOf('ص') >= 0 || arabic.indexOf('س') >= 0) && arabic.indexOf('ش') < 0
                    && arabic.indexOf('ح') < 0 && arabic.indexOf('ه') < 0;
            if (s && latin.contains("sh")) {
                return false;
            }
            return qaf == kha || !(qaf ? latin.contains("kh") && latin.indexOf('q') < 0
                    : latin.indexOf('q') >= 0 && !latin.contains("kh"));
        }

        /**
         * Whether an Arabic word beginning with an alif that carries a hamza (أ, إ, آ; the article passed over),
         * which writes a vowel, agrees with a romanised word: one that begins with a vowel. أصدرت الإدارة ("the
         * administration issued") has the consonants of DHAR, Siddhartha, whose words begin with consonants. The word
         * is read as the text writes it, as the tokenizer folds the hamza away. Not a bare alif, which Persian writes
         * before a name's first two consonants (استالین, Stalin).
         */
        private boolean alifAgrees(Token t, String latin) {
            int at = text.startsWith("ال", t.start()) && t.end() - t.start() > 3 ? t.start() + 2 : t.start();
            return "أإآ".indexOf(text.charAt(at)) < 0 || latin.isEmpty() || "aeiou".indexOf(latin.charAt(0)) >= 0;
        }

        /**
         * Whether the Arabic words' ك agree with the words of form {@code form} they are read as (the word of the same
         * key, in any order): the lists write ق as q and ك as k, so a word with ك and no ق is no romanised word with
         * q and no k or c. كاظم, read "Kadhim", is not QADDOUMI's word (خالد كاظم is not QADDOUMI, Khaled).
         */
        private boolean kafAgrees(int form, int from, int to, int[] keyIds) {
            for (int i = from; i < to; i++) {
                String arabic = token(i).norm();
                if (arabic.indexOf('ك') < 0 && arabic.indexOf('ک') < 0 || arabic.indexOf('ق') >= 0 || keyIds[i] < 0) {
                    continue;
                }
                String key = names.lexicon().word(keyIds[i]);
                for (int k = 0; k < names.length(form); k++) {
                    String latin = names.lexicon().word(names.word(form, k));
                    if (latin.indexOf('q') >= 0 && latin.indexOf('k') < 0 && latin.indexOf('c') < 0
                            && key.equals(ScriptKeys.arabicOfLatin(latin))) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Whether the text is Persian ({@link Respacing#persian}). */
        private boolean persianText() {
            return Respacing.persian(text);
        }

        /** What {@link #otherScripts} takes of the names filed under the keys {@code keyIds} of the text's words. */
        private Consumer<PhraseIndex.Hit> scriptNames(int[] keyIds) {
            return scriptNames(keyIds, e -> true);
        }

        /** As {@link #scriptNames(int[])}, for the entries {@code whose} takes. */
        private Consumer<PhraseIndex.Hit> scriptNames(int[] keyIds, Predicate<Entity> whose) {
            return scriptNames(keyIds, whose, false);
        }

        /**
         * As {@link #scriptNames(int[], Predicate)}, by the keys of Russia's people where {@code russian}: fewer
         * consonants make a name, and a word beginning with و is no "and" before a name (ویکتورویچ, Viktorovich;
         * these keys read و as v, which they leave out, so "and" joined to a name leaves its key as it is).
         */
        private Consumer<PhraseIndex.Hit> scriptNames(int[] keyIds, Predicate<Entity> whose, boolean russian) {
            int least = russian ? RUSSIAN_LEAST : ARABIC_LEAST;
            return hit -> {
                boolean korean = ScriptKeys.hangul(text.codePointAt(token(hit.from()).start()));
                // Two words of four consonants (أمين شري, SHERRI, Amin; عزت عكر, AKAR, Izzat) are many a given name
                // and a short word's: a name only where the person's own country is named (below).
                boolean four = !korean && !russian && hit.to() - hit.from() == 2
                        && !arabicName(keyIds, hit.from(), hit.to(), least, this::unkeyed)
                        && arabicName(keyIds, hit.from(), hit.to(), least - 1, this::unkeyed);
                if (korean && hit.to() - hit.from() == 2 && inARow(hit.from(), hit.to())) {
                    // Two syllables, a name in a row of names between commas ("전일호, 유진, 조용원 등"): held until the
                    // row is known to be of the list's people (inItsRow).
                    for (int form : hit.values()) {
                        if (names.rule(form) != MatchRule.SURNAME_ALONE && !names.rule(form).needsCorroboration()
                                && NameIndex.korean(names.entity(form))) {
                            inRows.add(new Candidate(hit.from(), hit.to(), names.entity(form), names.entry(form),
                                    MatchRule.TRANSLITERATED, MatchRule.TRANSLITERATED.score()));
                        }
                    }
                }
                if (korean ? hit.to() - hit.from() < 3 || !Words.startsWord(text, token(hit.from()))
                        : !four && !arabicName(keyIds, hit.from(), hit.to(), least, this::unkeyed)) {
                    return;
                }
                for (int i = hit.from(); !korean && i < hit.to(); i++) {
                    if (Words.ARABIC_FUNCTION_WORDS.contains(token(i).norm())) {
                        return;
                    }
                }
                if (!korean && (Words.ARABIC_SON_OF.contains(token(hit.to() - 1).norm())
                        || hit.to() - hit.from() == 2 && Words.ARABIC_TITLES.contains(token(hit.from()).norm()))) {
                    // محمد ابن (Muhammad, son of ...) runs on; السيد حسن is a title and a name.
                    return;
                }
                for (int i = hit.from() + 1; !korean && !russian && i < hit.to(); i++) {
                    // A word read without the "and" joined to it begins another name: عدنان حسين كوثراني ومحمد
                    // عبدالهادي فرحات is two men, not KAWTHARANI, Muhammad by "كوثراني ومحمد".
                    Token t = token(i);
                    if (text.charAt(t.start()) == 'و' && keyIds[i] != ownArabicKey(t)) {
                        return;
                    }
                }
                if (!korean && namesACountry(hit.from(), hit.from() + 1)) {
                    // A demonym before a given name belongs to the noun before it: الرئيس السوري محمد is "the Syrian
                    // president Muhammad", not SURI, Muhammad; a nisba ends a name (محمد المصري), never starts one.
                    return;
                }
                if (russian && namesACountry(hit.from(), hit.to())) {
                    // ایران وقّعت ("Iran signed") has the consonants of Irina Kitaeva (r n, k t), whose v the keys
                    // leave out: a Russian's name here has no word that names a state.
                    return;
                }
                if (!korean && !spacedOnly(hit.from(), hit.to())) {
                    // الحوثيين".محمد: the end of a quotation and a sentence, not a name's two words.
                    return;
                }
                boolean shortKey = !korean
                        && !arabicName(keyIds, hit.from(), hit.to(), 6, this::unkeyed);
                // The consonants tie محمد قصير to QASIR, Muhammad and KHOSRAVI, Mohammad Hossein alike; the letter
                // ق, which the lists write q and never kh, decides between them where it can.
                int[] forms = hit.values();
                boolean[] agrees = new boolean[forms.length];
                boolean anyAgrees = false;
                boolean anyAlifAgrees = korean;
                for (int f = 0; f < forms.length && !korean; f++) {
                    agrees[f] = wordsAgree(forms[f], hit.from(), hit.to(), (t, latin) -> lettersAgree(t.norm(), latin));
                    anyAgrees |= agrees[f];
                    anyAlifAgrees |= wordsAgree(forms[f], hit.from(), hit.to(), this::alifAgrees);
                }
                if (!anyAlifAgrees) {
                    // The words are no name any of the forms can be read as (أصدرت الإدارة): none is a name here. Where
                    // one is, the others stay, the names those consonants are common to (Overlaps).
                    return;
                }
                for (int f = 0; f < forms.length; f++) {
                    int form = forms[f];
                    Entity entity = names.entity(form);
                    if (!whose.test(entity) || !korean && !nisbaAgrees(form, hit.from(), hit.to())
                            || anyAgrees && !agrees[f]
                            || !korean && !kafAgrees(form, hit.from(), hit.to(), keyIds)) {
                        continue;
                    }
                    if (four && (!corroboration.located(entity) || !endsInSurname(form)
                            || names.rule(form) == MatchRule.SURNAME_ALONE)) {
                        // Not a surname of two words alone either: Persian's جدید علیه ("new ... against") has the
                        // consonants of JADALLAH's.
                        continue;
                    }
                    if (shortKey && (!corroboration.countries(entity) || !endsInSurname(form))) {
                        // Five consonants (فواز الأخرس, Fawaz al-Akhras) are a name where a country of the person or
                        // programme is named and the words run given name, then surname, or an entry the list links
                        // the person to is (linked); too often other words elsewhere (سعيد الجمل, Said al-Jamal, is
                        // not SAYYED, Jamil in the list order).
                        if (endsInSurname(form) && !names.rule(form).needsCorroboration()) {
                            byTheirLinks.add(new Candidate(hit.from(), hit.to(), entity, names.entry(form),
                                    MatchRule.TRANSLITERATED, MatchRule.TRANSLITERATED.score()));
                        }
                        continue;
                    }
                    // A surname the list writes in two words (FAWAZ AL-AKHRAS, Asma) is a surname alone still; a
                    // weak alias stays one, below a name of another entry the same consonants give (جعفر الحسيني is
                    // AL-HUSAYNI, Ja'far before PELARAK, Hassan's weak 'JA'FARI, Hasan').
                    MatchRule listed = names.rule(form);
                    MatchRule rule = listed == MatchRule.SURNAME_ALONE || listed == MatchRule.WEAK_ALIAS ? listed
                            : MatchRule.TRANSLITERATED;
                    candidates.add(new Candidate(hit.from(), hit.to(), entity, names.entry(form), rule,
                                rule.score()));
                }
            };
        }

        /**
         * Whether Arabic word {@code t}, whose own key is {@code ownId} in the lexicon (-1 for none), is "and" written
         * joined to the word after it: وسحر الأخرس is "and Sahar al-Akhras". Before a hamza's alif it is "and" though
         * the word joined is some name's key too: وإيهاب مخلوف is "and Ihab Makhluf", not a Wahab (و, w, then the
         * vowel; a name of w and an alif, وائل Wael, has no hamza on its alif).
         */
        private boolean andJoined(Token t, int ownId) {
            return text.charAt(t.start()) == 'و' && t.norm().length() >= 4
                    && (ownId < 0 || "أإآ".indexOf(text.charAt(t.start() + 1)) >= 0);
        }

        /** The lexicon's id of an Arabic word's own key, "and" joined to it or not: -1 for none. */
        private int ownArabicKey(Token t) {
            return idOfKey(ScriptKeys.arabic(t.norm()));
        }

        /**
         * Whether the words from {@code from} to {@code to} stand apart by spaces only (and the joiners Persian writes
         * inside words), as a name's words do.
         */
        private boolean spacedOnly(int from, int to) {
            for (int i = from + 1; i < to; i++) {
                for (int c = token(i - 1).end(); c < token(i).start(); c++) {
                    char ch = text.charAt(c);
                    if (!Character.isWhitespace(ch) && ch != '\u00a0' && (ch < '\u200b' || ch > '\u200f')) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * Whether the Arabic words' nisbas are the list's: a word with the article and a final ي (العاطفي, al-Atifi;
         * الطالبي, al-Talibi) is a name's word ending in i or y (Baghdadi, al-Husseini), not one without (ATIF,
         * TALIB), though their consonants agree; and the other way, a listed word ending in i or y is a word with a
         * final ي ({@link #endsInYa}). The form's articles, which have no key, are passed over.
         */
        private boolean nisbaAgrees(int form, int from, int to) {
            int n = names.length(form);
            int k = 0;
            for (int i = from; i < to; i++) {
                while (k < n && NameForms.article(names.lexicon().word(names.word(form, k)))) {
                    k++;
                }
                if (k >= n) {
                    return true;
                }
                if (k > 0 && AL_DIN.contains(token(i).norm())) {
                    // الدين of صفي الدين, one word of the list's (SAFIEDDINE), read with the word before it.
                    continue;
                }
                String listed = names.lexicon().word(names.word(form, k++));
                boolean endsInI = listed.endsWith("i") || listed.endsWith("y") || listed.endsWith("ee");
                if (nisba(token(i).norm()) && !endsInI) {
                    return false;
                }
                if (endsInI && listed.length() >= 5 && !endsInYa(token(i).norm())) {
                    // And a name's word ending in i or y is written with a final ي or ی (الحربي, al-Harbi; رشیدی,
                    // Rashidi), or a closing ta (غزالة, GHAZALI, Rustum): الحروب ("the wars") is no AL-HARBI, رسید
                    // ("receipt") no RASHEDI. Not a short word, whose i the lists write for other letters (SAFI
                    // AL-DIN, in Arabic news سيف الدين too).
                    return false;
                }
            }
            return true;
        }

        /** "Al-Din" in Arabic and Persian script, the second word of a given name the lists write as one. */
        private static final Set<String> AL_DIN = Set.of("الدين", "الدین");

        /**
         * Whether an Arabic-script word ends in ي, Persian's ی, the alif maqsura ى that Egypt writes for it, or a
         * closing ta (ة), which some romanisations write as i.
         */
        private static boolean endsInYa(String w) {
            char last = w.isEmpty() ? ' ' : w.charAt(w.length() - 1);
            return last == '\u064a' || last == '\u06cc' || last == '\u0649' || last == '\u0629';
        }

        /** An Arabic word with the article (or a particle joined before it) and a final ي: العاطفي, والبغدادي. */
        private static boolean nisba(String w) {
            int article = w.indexOf("\u0627\u0644");
            return article >= 0 && article <= 1 && w.length() >= article + 5
                    && (w.endsWith("\u064a") || w.endsWith("\u06cc"));
        }

        /**
         * Organisations named in another language by their words ({@link TranslatedOrganisations}): "Banque centrale
         * syrienne" is CENTRAL BANK OF SYRIA, "Группа ГАЗ" GAZ GROUP.
         */
        private void organisationsInOtherLanguages() {
            if (!TranslatedOrganisations.anyToRead(text, tokens)) {
                return;
            }
            for (TranslatedOrganisations.Found f : translatedOrganisations.get().find(text, tokens,
                    corroboration::countries)) {
                // Not acceptable()'s capitals: other languages write a name's generic words in lower case (Banque
                // centrale syrienne), and the bag has taken its proper words capitalised only.
                if (Words.startsWord(text, token(f.from()))) {
                    candidates.add(new Candidate(f.from(), f.to(), f.entity(), list.position(f.entity()),
                            MatchRule.TRANSLATED, MatchRule.TRANSLATED.score(), f.how()));
                }
            }
        }

        /**
         * Foreign people's names written by their sound in Hangul, Chinese characters or katakana ({@link
         * TranscribedNames}): 이고리 세친 is SECHIN, Igor, 康斯坦丁·马洛费耶夫 MALOFEYEV, Konstantin, ドミトリー・ロゴジン
         * ROGOZIN, Dmitry. A Chinese name Korean runs into one word (옌즈융, YAN, Zhiyong) stands where the person's
         * country is named, as a partial alias does; a surname alone (帕特鲁舍夫, PATRUSHEV) is one, kept or dropped
         * as other surnames alone are.
         */
        private void transcribed() {
            if (!TranscribedNames.anyToRead(text, tokens)) {
                return;
            }
            transcribedNames.get().find(text, tokens, (from, to, form, how, script) -> {
                Entity entity = names.entity(form);
                if ((how == TranscribedNames.How.ONE_WORD || names.rule(form) == MatchRule.PARTIAL_ALIAS)
                        && !corroboration.countries(entity)) {
                    // As in Latin letters, a person's alias with a part left out stands only with a country named.
                    return;
                }
                boolean core = names.rule(form) == MatchRule.CORE;
                if (core && !corroboration.countries(entity)) {
                    // An organisation's one word by its sound stands where its country is named.
                    return;
                }
                MatchRule rule = core ? MatchRule.CORE : how == TranscribedNames.How.SURNAME
                        ? MatchRule.SURNAME_ALONE : MatchRule.TRANSLITERATED;
                candidates.add(new Candidate(from, to, entity, names.entry(form), rule, rule.score(),
                        "its sound in " + script.label()));
            });
        }

        /**
         * China's people named in their own characters ({@link ChineseNames}): 吴慧慧 is WU, Huihui. Each stretch of
         * three or four characters of a run is read; a name stands where the person's country or programme's is
         * named, as a name in another script does with few letters to go by.
         */
        private void chinese() {
            for (int[] run : Tokens.runsWrittenTogether(tokens, t -> ScriptKeys.han(text.charAt(t.start())))) {
                int end = run[1];
                for (int from = run[0]; from + ChineseNames.SHORTEST <= end; from++) {
                    StringBuilder characters = new StringBuilder(ChineseNames.LONGEST);
                    for (int to = from; to < Math.min(end, from + ChineseNames.LONGEST); to++) {
                        characters.append(token(to).norm());
                        if (to + 1 - from < ChineseNames.SHORTEST) {
                            continue;
                        }
                        for (Entity e : chineseNames.get().find(characters)) {
                            if (corroboration.countries(e)) {
                                candidates.add(new Candidate(from, to + 1, e, list.position(e),
                                        MatchRule.TRANSLITERATED, MatchRule.TRANSLITERATED.score(),
                                        "its characters read in pinyin"));
                            }
                        }
                    }
                }
            }
        }

        /**
         * North Korea's organisations named in one word of Hangul ({@link KoreanNames}): 고려상업은행 is KORYO
         * COMMERCIAL BANK. A word followed by a particle (고려상업은행은) is tried without it; a name of two words
         * only (대동은행) stands where North Korea is named ({@code northKorea}, which {@link #otherScripts} worked out).
         */
        private void koreanOrganisations(boolean northKorea) {
            List<int[]> runs = Tokens.runsWrittenTogether(tokens, t -> ScriptKeys.hangul(text.charAt(t.start())));
            for (int r = 0; r < runs.size(); r++) {
                int i = runs.get(r)[0];
                int end = runs.get(r)[1];
                String word = text.substring(token(i).start(), token(end - 1).end());
                List<Entity> found = List.of();
                int to = end;
                if (end - i >= 3) {
                    found = koreanNames.get().find(word, northKorea);
                    // A particle of one syllable or two after the name: 고려신용개발은행으로, "to the Koryo Credit
                    // Development Bank".
                    int particle = found.isEmpty() ? Words.koreanParticle(word) : 0;
                    if (particle > 0) {
                        to = end - particle;
                        found = koreanNames.get().find(word.substring(0, word.length() - particle), northKorea);
                    }
                }
                if (found.isEmpty() && end - i >= 2 && r + 1 < runs.size()
                        && token(runs.get(r + 1)[0]).start() == token(end - 1).end() + 1
                        && text.charAt(token(end - 1).end()) == ' ') {
                    // The proper word apart from its generic words: 남천강 무역회사 as 남천강무역회사.
                    int next = runs.get(r + 1)[1];
                    String after = text.substring(token(runs.get(r + 1)[0]).start(), token(next - 1).end());
                    if (!KoreanNames.genericOnly(after) && after.length() > 1
                            && Words.KOREAN_PARTICLES.indexOf(after.charAt(after.length() - 1)) >= 0) {
                        after = after.substring(0, after.length() - 1);
                        next--;
                    }
                    if (KoreanNames.genericOnly(after) && !KoreanNames.genericOnly(word)) {
                        found = koreanNames.get().find(word + after, northKorea);
                        to = next;
                    }
                }
                for (Entity e : found) {
                    candidates.add(new Candidate(i, to, e, list.position(e), MatchRule.TRANSLATED,
                            MatchRule.TRANSLATED.score(),
                            "its Korean words"));
                }
            }
            if (northKorea) {
                inChineseCharacters();
            }
        }

        /**
         * North Korea's organisations named in Chinese characters, read as Korean reads them ({@link HanHangul}):
         * 朝鲜大成银行 is 조선대성은행, KOREA DAESONG BANK; 朝鮮大成貿易總公司 조선대성무역총공사, KOREA DAESONG GENERAL
         * TRADING CORPORATION. Chinese runs a name into the words around it, so each stretch of three characters or
         * more is read, the longest that is a name kept at each start; only where North Korea is named, and a name of
         * three words or more.
         */
        private void inChineseCharacters() {
            for (int[] run : Tokens.runsWrittenTogether(tokens, t -> ScriptKeys.han(text.charAt(t.start())))) {
                for (int from = run[0]; from + 3 <= run[1]; from++) {
                    StringBuilder hangul = new StringBuilder(LONGEST_KOREAN_IN_HAN);
                    int longest = -1;
                    List<Entity> found = List.of();
                    for (int to = from; to < Math.min(run[1], from + LONGEST_KOREAN_IN_HAN); to++) {
                        String reading = HanHangul.of(token(to).norm().charAt(0));
                        if (reading == null) {
                            // A character Korean has no reading of may be the rest of the name, in the form Japanese
                            // writes (総 of 朝鮮大聖貿易総会社, KOREA DAESONG GENERAL TRADING CORPORATION): the name
                            // read so far, up to it, may be another's (KOREA TAESONG TRADING COMPANY).
                            if (longest == to) {
                                found = List.of();
                            }
                            break;
                        }
                        hangul.append(reading);
                        // Names of three words or more: Chinese's 中央银行 ("central bank", 중앙은행) is any state's.
                        List<Entity> named = to + 1 - from >= 3 ? koreanNames.get().find(hangul.toString(), false)
                                : List.of();
                        if (!named.isEmpty()) {
                            longest = to + 1;
                            found = named;
                        }
                    }
                    for (Entity e : found) {
                        candidates.add(new Candidate(from, longest, e, list.position(e), MatchRule.TRANSLATED,
                                MatchRule.TRANSLATED.score(), "its characters read as Korean words"));
                    }
                }
            }
        }

        /**
         * Names with words inside them that the lists do not write: a nickname in quotes between given name and surname
         * (Joaquin “El Chapo” Guzman Loera is GUZMAN LOERA, Joaquin; Ahmad “Abu Hussein” al-Hamidawi is AL-HAMIDAWI,
         * Ahmad), a patronymic between given name and surname (Віктор Геннадійович Хренін is KHRENIN, Viktor
         * Gennadievich, as "Viktor Khrenin" is) and "the" after "of" (the Ministry of the People's Armed Forces is
         * MINISTRY OF PEOPLE'S ARMED FORCES).
         * The names are looked up again over the words without them; only a name that spans what was passed over is
         * new.
         */
        private void passedOver() {
            BitSet over = new BitSet();
            BitSet quoted = new BitSet();
            for (int i = 1; i + 1 < tokens.size(); i++) {
                Token t = token(i);
                if (!t.capitalised() && token(i + 1).capitalised() && i >= 2 && token(i - 2).capitalised()
                        && t.norm().equals("the") && token(i - 1).norm().equals("of")) {
                    // "Ministry of the People's Armed Forces": a name runs on both sides of "of the".
                    over.set(i);
                } else if (t.capitalised() && patronymic(t.norm()) && token(i - 1).capitalised()
                        && token(i + 1).capitalised() && token(i + 1).sentence() == t.sentence()
                        && !patronymic(token(i - 1).norm())) {
                    // "Віктор Геннадійович Хренін": a patronymic in another language's form than the list's
                    // (Gennadievich), between the given name and the surname, where the news of Ukraine writes it.
                    over.set(i);
                } else if (t.start() - token(i - 1).end() > 1 && token(i - 1).capitalised() && t.capitalised()
                        && quoteBetween(text, token(i - 1), t, OPENING_QUOTES)) {
                    // (A quote needs a character besides the space: most gaps are one space, and are passed at once.)
                    for (int k = i; k < Math.min(i + 3, tokens.size() - 1); k++) {
                        if (quoteBetween(text, token(k), token(k + 1), CLOSING_QUOTES)) {
                            Token next = token(k + 1);
                            if ((next.capitalised() || NameForms.article(next.norm()))
                                    && next.sentence() == t.sentence()) {
                                over.set(i, k + 1);
                                quoted.set(i, k + 1);
                            }
                            break;
                        }
                    }
                }
            }
            if (over.isEmpty()) {
                return;
            }
            int n = tokens.size() - over.cardinality();
            int[] at = new int[n];
            int[] keptIds = new int[n];
            // The same words by their romanisation keys where they differ: "Олександр Григорович Вольфович" is
            // VOLFOVICH, Aleksandr only by the key of Oleksandr.
            int[] keptKeys = null;
            List<Token> kept = new ArrayList<>(n);
            for (int i = 0, k = 0; i < tokens.size(); i++) {
                if (!over.get(i)) {
                    at[k] = i;
                    keptIds[k] = ids[i];
                    Token t = token(i);
                    int keyId = t.capitalised() ? keyOf(t, ids[i]) : -1;
                    if (keyId >= 0 && names.keyed(keyId)) {
                        if (keptKeys == null) {
                            keptKeys = new int[n];
                            System.arraycopy(keptIds, 0, keptKeys, 0, k);
                        }
                        keptKeys[k] = keyId;
                    } else if (keptKeys != null) {
                        keptKeys[k] = ids[i];
                    }
                    k++;
                    kept.add(t);
                }
            }
            boolean[] byKey = {false};
            // The entries a nickname passed over names, by the words' span: the lookups by words and by keys alike.
            Map<Long, Set<Entity>> nicknamed = new HashMap<>();
            Consumer<PhraseIndex.Hit> collect = hit -> {
                int from = at[hit.from()];
                int to = at[hit.to() - 1] + 1;
                if (to - from == hit.to() - hit.from()) {
                    return;
                }
                boolean nickname = true;
                for (int i = over.nextSetBit(from); i >= 0 && i < to; i = over.nextSetBit(i + 1)) {
                    nickname &= !token(i).norm().equals("the");
                }
                List<Integer> fit = new ArrayList<>(hit.values().length);
                for (int form : hit.values()) {
                    Entity entity = names.entity(form);
                    MatchRule rule = names.rule(form);
                    // A nickname stands inside a person's name, "the" inside an organisation's.
                    if (rule != MatchRule.SURNAME_ALONE && rule != MatchRule.CORE
                            && (entity.type() == EntityType.PERSON) == nickname
                            && acceptable(entity, from, to) && !foundAt(entity, from, to)) {
                        fit.add(form);
                    }
                }
                if (nickname && quoted.get(over.nextSetBit(from))) {
                    byNickname(fit, over, from, to).forEach(form -> nicknamed
                            .computeIfAbsent(Candidate.span(from, to), k -> new HashSet<>()).add(names.entity(form)));
                }
                for (int form : fit) {
                    MatchRule rule = names.rule(form);
                    MatchRule as = byKey[0] && rule != MatchRule.WEAK_ALIAS ? MatchRule.TRANSLITERATED : rule;
                    candidates.add(new Candidate(from, to, names.entity(form), names.entry(form), as, as.score()));
                }
            };
            BitSet gaps = new BitSet();
            for (int k = 0; k + 1 < n; k++) {
                if (at[k + 1] != at[k] + 1) {
                    gaps.set(k);
                }
            }
            startsBefore(gaps, s -> names.names().matchAt(kept, keptIds, s, collect));
            if (keptKeys != null) {
                int[] keys = keptKeys;
                byKey[0] = true;
                startsBefore(gaps, s -> {
                    names.names().matchAt(kept, keys, s, collect);
                    names.variants().matchAt(kept, keys, s, collect);
                });
            }
            if (!nicknamed.isEmpty()) {
                candidates.removeIf(c -> {
                    Set<Entity> named = nicknamed.get(Candidate.span(c.from(), c.to()));
                    return named != null && !named.contains(c.entity());
                });
            }
        }

        /**
         * Of the forms {@code fit} that fit a name with a nickname passed over ({@code over}, between {@code from} and
         * {@code to}), those of the entries whose names or remarks have a word of the nickname (none when none has):
         * Joaquín "El Chapo" Guzmán is GUZMAN LOERA, Joaquin (a.k.a. GUZMAN, Chapo), not his son GUZMAN LOPEZ,
         * Joaquin, whom the words without the nickname fit as well.
         */
        private List<Integer> byNickname(List<Integer> fit, BitSet over, int from, int to) {
            Set<String> said = new HashSet<>();
            for (int i = over.nextSetBit(from); i >= 0 && i < to; i = over.nextSetBit(i + 1)) {
                String w = token(i).norm();
                if (!Words.PARTICLES.contains(w) && !NameForms.article(w) && !common.contains(w)) {
                    said.add(w);
                }
            }
            List<Integer> named = fit.stream().filter(form -> {
                Entity e = names.entity(form);
                return e.names().stream().anyMatch(n -> NameForms.words(n).stream().anyMatch(said::contains))
                        || NameForms.words(e.details().remarks()).stream().anyMatch(said::contains);
            }).toList();
            return named;
        }

        /** Whether the last word of form {@code form} is the last word of a surname of its entry's names. */
        private boolean endsInSurname(int form) {
            Entity entity = names.entity(form);
            String last = names.lexicon().word(names.word(form, names.length(form) - 1));
            List<String> surname = NameForms.surname(entity.name());
            if (!surname.isEmpty() && surname.get(surname.size() - 1).equals(last)) {
                return true;
            }
            for (Alias a : entity.aliases()) {
                surname = NameForms.surname(a.name());
                if (!surname.isEmpty() && surname.get(surname.size() - 1).equals(last)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether an earlier pass found the entry on the same words: "Sergey Viktorovich Lavrov" is his name in
         * another romanisation before it is his alias with the patronymic passed over.
         */
        private boolean foundAt(Entity entity, int from, int to) {
            for (Candidate c : candidates) {
                if (c.from() == from && c.to() == to && c.entity() == entity) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Names from the Arabic-speaking world and Iran in Latin letters, with other vowels or without the article:
         * "Mohammad Reza Zahedi" is ZAHEDI, Mohammed Reza; "Ayman al-Zawahri" AL-ZAWAHIRI, Ayman; "Khalil Rahman
         * Haqqani" HAQQANI, Khalil Al-Rahman; "Masood Azhar" AZHAR, Masud. Arabic script writes no short vowels, so its
         * romanisations differ in them; the words are compared by their consonants ({@link ScriptKeys#arabicOfLatin})
         * as the Arabic script is, against the people filed under those keys, and one word of four letters or more must
         * be spelt as the list spells it: the keys alone would take "Ali Hussein" for Ali Hassan.
         */
        private void arabicInLatin() {
            BitSet named = namedRuns();
            if (named.isEmpty()) {
                return;
            }
            int[] at = null;
            int[] keys = null;
            int[] french = null;
            int n = 0;
            int keyed = 0;
            int previous = -1;
            for (int i = named.nextSetBit(0); i >= 0; previous = i, i = named.nextSetBit(i + 1)) {
                Token t = token(i);
                String w = t.norm();
                if (at == null) {
                    at = new int[tokens.size()];
                    keys = new int[tokens.size()];
                }
                if (i > previous + 1 && n > 0 && keys[n - 1] >= 0) {
                    // Between two runs: no name runs on from one to the next.
                    at[n] = i - 1;
                    keys[n++] = -1;
                }
                if (NameForms.article(w) && !t.upper()) {
                    // "al-Zawahri" and "Zawahri" are one name; the keys leave the article out.
                    continue;
                }
                int id = w.length() >= 2 ? arabicKeyOf(t, ids[i], false) : -1;
                // French writes ش ch (Bachar el-Assad is AL-ASSAD, Bashar), English and Persian چ.
                int shin = w.length() >= 2 && w.contains("ch") ? arabicKeyOf(t, ids[i], true) : -1;
                if (id < 0 && shin < 0 && (n == 0 || keys[n - 1] < 0)) {
                    continue;
                }
                if (shin >= 0) {
                    if (french == null) {
                        french = new int[tokens.size()];
                        Arrays.fill(french, -2);
                    }
                    french[n] = shin;
                }
                at[n] = i;
                keys[n++] = id;
                keyed += id >= 0 || shin >= 0 ? 1 : 0;
            }
            if (keyed < 2) {
                return;
            }
            int[] positions = at;
            int[] keyIds = Arrays.copyOf(keys, n);
            List<Token> kept = tokensAt(positions, n);
            Consumer<PhraseIndex.Hit> collect = hit -> {
                int from = positions[hit.from()];
                int to = positions[hit.to() - 1] + 1;
                // One consonant fewer than Arabic script needs, as one word must also be spelt as the list spells it.
                // Not two given names alone ("Sheikh Mohammad Hussein", no AL-HUSAYNI, Mohammed Hossein): as many
                // men's as in another romanisation (respelt).
                if (!arabicName(keyIds, hit.from(), hit.to(), 5, k -> 0)
                        || token(from).sentence() != token(to - 1).sentence()
                        || hit.to() - hit.from() == 2 && Romanisation.givenNamesOnly(kept.get(hit.from()).norm(),
                                kept.get(hit.from() + 1).norm())) {
                    return;
                }
                for (int form : hit.values()) {
                    Entity entity = names.entity(form);
                    MatchRule listed = names.rule(form);
                    if (listed != MatchRule.SURNAME_ALONE && listed != MatchRule.CORE
                            && closeWordForWord(form, kept, hit.from(), hit.to(), to - from)
                            && spellsAWordOf(entity, tokens, from, to)
                            && acceptable(entity, from, to)) {
                        candidates.add(new Candidate(from, to, entity, names.entry(form),
                                MatchRule.TRANSLITERATED, MatchRule.TRANSLITERATED.score()));
                    }
                }
            };
            variantsFrom(kept, keyIds, collect);
            if (french != null) {
                for (int k = 0; k < n; k++) {
                    if (french[k] >= 0) {
                        keyIds[k] = french[k];
                    }
                }
                variantsFrom(kept, keyIds, collect);
            }
        }

        /**
         * Names from the Arabic-speaking world and Iran in Cyrillic, as Russian and Ukrainian news write them, declined
         * or not: "Джаафар аль-Хусейни" is AL-HUSAYNI, Ja'far, "Хасаном Мукалледом" (instrumental) MUKALLED, Hassan.
         * Compared by their consonants ({@link ScriptKeys#arabicInCyrillic}) as Arabic script is, with as many: six in
         * two words or more and two in each, or five where a country of the person is named.
         */
        private void arabicInCyrillic() {
            if (!Tokens.anyFrom(text, tokens, '\u0400')) {
                // No word in Cyrillic letters, or beyond them: most texts.
                return;
            }
            int[] keys = null;
            int[] at = null;
            int n = 0;
            int previous = -1;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = token(i);
                if (!Inflection.cyrillic(text.charAt(t.start())) || NameForms.article(t.norm())) {
                    continue;
                }
                int id = t.capitalised() ? cyrillicArabicKey(t.norm()) : -1;
                if (id < 0) {
                    continue;
                }
                if (keys == null) {
                    // A word and a break before it, at most, for each word.
                    keys = new int[2 * tokens.size()];
                    at = new int[2 * tokens.size()];
                }
                if (n > 0 && !onlyArticlesBetween(previous, i)) {
                    // Between two runs: no name runs on from one to the next.
                    at[n] = i - 1;
                    keys[n++] = -1;
                }
                at[n] = i;
                keys[n++] = id;
                previous = i;
            }
            if (keys == null) {
                return;
            }
            int[] positions = at;
            int[] keyIds = Arrays.copyOf(keys, n);
            List<Token> kept = tokensAt(positions, n);
            variantsFrom(kept, keyIds, hit -> {
                int from = positions[hit.from()];
                int to = positions[hit.to() - 1] + 1;
                if (!arabicName(keyIds, hit.from(), hit.to(), 5, k -> 0)
                        || token(from).sentence() != token(to - 1).sentence()) {
                    return;
                }
                boolean shortKey = !arabicName(keyIds, hit.from(), hit.to(), 6, k -> 0);
                for (int form : hit.values()) {
                    Entity entity = names.entity(form);
                    MatchRule listed = names.rule(form);
                    if (listed != MatchRule.SURNAME_ALONE && listed != MatchRule.CORE
                            && (!shortKey || corroboration.countries(entity)) && acceptable(entity, from, to)) {
                        candidates.add(new Candidate(from, to, entity, names.entry(form),
                                MatchRule.TRANSLITERATED, MatchRule.TRANSLITERATED.score(),
                                "its consonants in Cyrillic"));
                    }
                }
            });
        }

        /** The text's words at the first {@code n} of {@code positions}, in that order. */
        private List<Token> tokensAt(int[] positions, int n) {
            List<Token> out = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                out.add(token(positions[k]));
            }
            return out;
        }

        /** Whether only articles (аль, ас) stand between words {@code from} and {@code to} of the text. */
        private boolean onlyArticlesBetween(int from, int to) {
            for (int k = from + 1; k < to; k++) {
                if (!NameForms.article(token(k).norm())) {
                    return false;
                }
            }
            return token(from).sentence() == token(to).sentence();
        }

        /**
         * The id of the Cyrillic word's key ({@link ScriptKeys#arabicInCyrillic}), or of the key without a case ending
         * (Хасаном, Мухаммада, Раада), or -1.
         */
        private int cyrillicArabicKey(String norm) {
            String key = ScriptKeys.arabicInCyrillic(norm);
            int id = key == null ? -1 : names.lexicon().id(key);
            if (id >= 0) {
                return id;
            }
            for (String ending : CASE_ENDINGS) {
                if (norm.endsWith(ending) && norm.length() - ending.length() >= 3) {
                    String base = ScriptKeys.arabicInCyrillic(norm.substring(0, norm.length() - ending.length()));
                    id = base == null ? -1 : names.lexicon().id(base);
                    if (id >= 0) {
                        return id;
                    }
                }
            }
            return -1;
        }

        /**
         * The capitalised Latin words that may be words of such a name: runs of two or more in a sentence (articles
         * passed over) holding a list word of four letters or more that has an Arabic key, as the name must spell one
         * word as the list does. Most capitalised words of a text stand in no such run ("the Treasury Department
         * said"), and the keys of the words the lists do not have are not worth making for them.
         */
        private BitSet namedRuns() {
            BitSet named = new BitSet();
            int i = 0;
            while (i < tokens.size()) {
                Token t = token(i);
                if (!t.capitalised() || text.charAt(t.start()) >= 0x250) {
                    i++;
                    continue;
                }
                int from = i;
                int words = 0;
                boolean listWord = false;
                int end = i;
                for (int k = i; k < tokens.size() && token(k).sentence() == t.sentence(); k++) {
                    Token w = token(k);
                    boolean article = NameForms.article(w.norm()) && !w.upper();
                    if (!article && (!w.capitalised() || text.charAt(w.start()) >= 0x250)) {
                        break;
                    }
                    if (!article) {
                        words++;
                        listWord |= ids[k] >= 0 && w.norm().length() >= 4 && arabicKeyOf(w, ids[k], false) >= 0;
                        end = k + 1;
                    }
                }
                if (words >= 2 && listWord) {
                    named.set(from, end);
                }
                i = Math.max(end, i + 1);
            }
            return named;
        }

        /**
         * Names of two words or more with one word misspelt by one letter: found from a word spelt right (the anchor),
         * the misspelt word at least {@link #MIN_FUZZY} letters long.
         */
        private void fuzzy() {
            for (int i = 0; i < tokens.size(); i++) {
                Token anchor = token(i);
                if (anchor.capitalised() && anchor.norm().length() >= NameIndex.MIN_ANCHOR && names.anchors(ids[i])) {
                    fuzzyAt(i);
                }
            }
        }

        /**
         * Every word of a name is capitalised, the misspelt one too: only a capitalised neighbour leaves something to
         * try, on its side.
         */
        private void fuzzyAt(int i) {
            NameIndex.Anchored tryForm = (form, at) -> {
                int from = i - at;
                int to = from + names.length(form);
                if (from < 0 || to > tokens.size()) {
                    return;
                }
                int slipLength = misspeltWord(from, form);
                if (slipLength > 0 && MatchRule.fuzzyScore(slipLength) >= MatchRule.FUZZY_THRESHOLD
                        && acceptable(form, from, to, true, false)) {
                    candidates.add(new Candidate(from, to, names.entity(form), names.entry(form), MatchRule.FUZZY,
                            Math.min(names.rule(form).score(), MatchRule.fuzzyScore(slipLength))));
                }
            };
            if (i + 1 < tokens.size() && mayBeMisspelt(token(i + 1), ids[i + 1])) {
                names.anchored(ids[i], true, token(i + 1).norm(), tryForm);
            }
            if (i > 0 && mayBeMisspelt(token(i - 1), ids[i - 1])) {
                names.anchored(ids[i], false, token(i - 1).norm(), tryForm);
            }
        }

        /**
         * The length of the one word of name form {@code form} that the text from {@code from} misspells by one letter,
         * the others spelt right or romanised otherwise ({@link Romanisation#key}), all in one sentence; 0 when that
         * is not so.
         */
        private int misspeltWord(int from, int form) {
            int slip = 0;
            int sentence = token(from).sentence();
            for (int j = 0; j < names.length(form); j++) {
                Token t = token(from + j);
                int w = names.word(form, j);
                if (t.sentence() != sentence) {
                    return 0;
                }
                if (ids[from + j] == w || otherRomanisation(t, ids[from + j], w)) {
                    // Spelt right, or in another romanisation: "Viktor Felixovich Vekselber" (Feliksovich) is
                    // VEKSELBERG, Viktor Feliksovich with one word misspelt.
                    continue;
                }
                if (slip > 0 || names.lexicon().length(w) < MIN_FUZZY || t.norm().length() < MIN_FUZZY - 1
                        || !Romanisation.oneEditApart(t.norm(), names.lexicon().word(w))
                        || otherGendersGivenName(form, t.norm(), names.lexicon().word(w))) {
                    // "Felipa Reyes" is a woman, not REYES MAGANA, Felipe: a given name's last vowel says whose it is.
                    return 0;
                }
                slip = names.lexicon().length(w);
            }
            return slip;
        }

        /**
         * Whether {@code word}, one letter from list word {@code listed}, is the other gender's form of form {@code
         * form}'s entry's given name ({@link NameForms#otherGender}), asked only of a word one letter apart: the entry
         * and its name, read and tokenized for every form the fuzzy pass tried, were for most forms not needed (a word
         * of a name further off or in another sentence refuses it first), and on a list of millions of names the
         * anchors try many (bench/README.md, "An OpenSanctions-size list", perf10).
         */
        private boolean otherGendersGivenName(int form, String word, String listed) {
            if (!NameForms.otherGender(word, listed)) {
                return false;
            }
            Entity entity = names.entity(form);
            return entity.type() == EntityType.PERSON && listed.equals(NameForms.givenName(entity.name()));
        }

        /**
         * Whether the text's word {@code t} (id {@code id}) is list word {@code listed} in another romanisation: its
         * key, made once per word of the text and only where it differs from the word, is the list word's. Most words
         * of a misspelt name's neighbourhood are their own key, and the list word's is not made for them.
         */
        private boolean otherRomanisation(Token t, int id, int listed) {
            int key = keyOf(t, id);
            if (key < 0 || key == id) {
                return false;
            }
            int listedKey = keyId(names.lexicon().word(listed), listed);
            return key == (listedKey >= 0 ? listedKey : listed);
        }

        /**
         * Whether a phrase found is the entry written as a name: in capitals where it must be, not a namesake's or
         * another thing's, a vessel's only where the text speaks of ships.
         */
        private boolean acceptable(Entity entity, int from, int to) {
            return acceptable(entity, from, to, true);
        }

        /**
         * {@link #acceptable(Entity, int, int)}, asking of a ship named by one word a word beside it that says it is
         * one only when {@code shipSaid}.
         */
        private boolean acceptable(Entity entity, int from, int to, boolean shipSaid) {
            return acceptable(entity, from, to, shipSaid, false);
        }

        /**
         * {@link #acceptable(Entity, int, int, boolean)}, the words after a capitalised first one in lower case too
         * where {@code sentenceCase}.
         */
        private boolean acceptable(Entity entity, int from, int to, boolean shipSaid, boolean sentenceCase) {
            return acceptable(entity.type(), entity, -1, from, to, shipSaid, sentenceCase);
        }

        /**
         * {@link #acceptable(Entity, int, int, boolean, boolean)} of name form {@code form}'s entry, read from the
         * index only where the verdict kept for its type ({@link NameIndex#type}) does not do: on a list of millions
         * of names a phrase is a form of hundreds of entries, mostly judged by their type alone.
         */
        private boolean acceptable(int form, int from, int to, boolean shipSaid, boolean sentenceCase) {
            return acceptable(names.type(form), null, form, from, to, shipSaid, sentenceCase);
        }

        /** The two above: the entry {@code entity}, or when null that of form {@code form}, of type {@code type}. */
        private boolean acceptable(EntityType type, Entity entity, int form, int from, int to, boolean shipSaid,
                                   boolean sentenceCase) {
            if (from != judgedFrom || to != judgedTo) {
                judgedFrom = from;
                judgedTo = to;
                Arrays.fill(verdicts, UNJUDGED);
            }
            int slot = (type.ordinal() * 2 + (shipSaid ? 1 : 0)) * 2 + (sentenceCase ? 1 : 0);
            byte verdict = verdicts[slot];
            if (verdict == UNJUDGED) {
                judgedByEntry = false;
                verdict = verdict(entity != null ? entity : names.entity(form), from, to, shipSaid, sentenceCase);
                if (!judgedByEntry) {
                    verdicts[slot] = verdict;
                }
            }
            if (verdict == NAMESAKE) {
                namesakesByTrade.add(entity != null ? entity : names.entity(form));
            }
            return verdict == ACCEPTED;
        }

        /**
         * Whether an organisation's name from {@code from} has its own word first, no ordinary word and no state's, so
         * that the rest may be in lower case, as other languages write names in sentence case: "the Kinahan organised
         * crime group", "Midas resources" in an Italian text. Asked only at a word in lower case.
         */
        private boolean describedAfter(Entity entity, int from) {
            return entity.type() == EntityType.ORGANISATION && ownWord(from);
        }

        /** Whether a word of {@code [from, to)} but the last is followed by a possessive 's ("al-Jamal's network"). */
        private boolean possessiveInside(int from, int to) {
            for (int i = from; i < to - 1; i++) {
                Token t = token(i);
                if (possessive(text, t) && t.end() + 1 < text.length()
                        && Character.toLowerCase(text.charAt(t.end() + 1)) == 's') {
                    return true;
                }
            }
            return false;
        }

        /**
         * {@link #acceptable(Entity, int, int, boolean, boolean)} worked out: {@link #ACCEPTED}, {@link #REFUSED}, or
         * {@link #NAMESAKE} for a person named beside another trade or a terrorist group's name in a sports report. It
         * asks of the entry its type only, but for the names of an organisation followed by an acronym in brackets
         * ({@link #anotherAcronymAfter}) or read across a possessive ({@link #possessiveName}), which set {@link
         * #judgedByEntry}.
         */
        private byte verdict(Entity entity, int from, int to, boolean shipSaid, boolean sentenceCase) {
            if (!Words.startsWord(text, token(from))) {
                return REFUSED;
            }
            if (entity.type() == EntityType.PERSON && to - from > 1 && token(from).norm().length() == 1
                    && !token(from).capitalised()) {
                // A person's name begins with no word of one letter in lower case: "Ким и Шойгу" is "Kim and Shoigu",
                // not SHOIGU, Irina by her initial.
                return REFUSED;
            }
            if (entity.type() == EntityType.PERSON && FIRM_AFTER.matcher(text).region(token(to - 1).end(),
                    text.length()).lookingAt()) {
                // A person's name before "& Co." or "and Sons" is a firm's: "Christodoulos G. Vassiliades and Co.LLC"
                // names no VASSILIADES, Giorgos.
                return REFUSED;
            }
            if (entity.type() == EntityType.ORGANISATION && stateDeclined(entity, from, to)) {
                return REFUSED;
            }
            // Russian and Ukrainian write a body's name with its first word alone in capitals ("Конструкторское бюро
            // приборостроения", KONSTRUKTORSKOE BYURO PRIBOROSTROENIYA; "Черноморский банк развития и реконструкции").
            boolean lowerAfterFirst = sentenceCase && token(from).capitalised()
                    || quotedInSentenceCase(entity, text, tokens, from, to)
                    || entity.type() == EntityType.ORGANISATION && to - from >= 2 && token(from).capitalised()
                    && Inflection.cyrillic(text.charAt(token(from).start()));
            // "Iran's morality police" for IRAN'S MORALITY POLICE: after a state's possessive, a body's ordinary words
            // are written in lower case.
            boolean ofAState = entity.type() == EntityType.ORGANISATION && to - from > 2
                    && token(from).capitalised() && possessive(text, token(from));
            // Ukrainian news writes the Russian head of state's name in lower case, by choice ("режим путіна"): the
            // verdict then turns on the entry.
            boolean lowerByChoice = false;
            if (entity.type() == EntityType.PERSON && ukrainianLowerCase(from)) {
                judgedByEntry = true;
                lowerByChoice = NameIndex.headsAState(entity);
            }
            if (!token(from).capitalised()) {
                // A group's name its language writes as a common noun ("les talibans", "i talebani", "les shebab":
                // translated-names.tsv, kind "noun"): in lower case it names that entry only.
                Set<String> nounOf = Words.nounOf(Tokens.norms(tokens, from, to));
                if (!nounOf.isEmpty()) {
                    judgedByEntry = true;
                    lowerByChoice |= nounOf.contains(entity.id());
                }
            }
            for (int i = from; i < to; i++) {
                Token t = token(i);
                if (!t.capitalised() && !lowerAfterFirst && !lowerByChoice && !Words.PARTICLES.contains(t.norm())
                        && !(i > from && joined(text, tokens, i))
                        && !(i > from && entity.type() == EntityType.ORGANISATION
                        && Words.GENERIC_ORGANISATION_WORDS.contains(t.norm()))
                        && !(ofAState && i > from && common.contains(t.norm()))
                        && !(i > from && describedAfter(entity, from))
                        && !(i == from && headFirst(entity, from, to))) {
                    // A generic head may be written in lower case: "the Lazarus group".
                    return REFUSED;
                }
            }
            if (entity.type() == EntityType.ORGANISATION && possessiveInside(from, to)) {
                // "al-Jamal's network" is the network of a man called al-Jamal, not JAMAL NETWORK; a name the list
                // writes with a possessive ("Iran's Law Enforcement Forces") keeps it. The entry decides.
                judgedByEntry = true;
                if (!possessiveName(entity)) {
                    return REFUSED;
                }
            }
            if (to - from == 1) {
                Token t = token(from);
                // Short single words are acronyms: only as written in capitals ("BNC", not "bnc" or "Bnc").
                if (t.norm().length() <= 3 && !t.upper()) {
                    return REFUSED;
                }
            }
            if (entity.type() == EntityType.ORGANISATION && anotherAcronymAfter(entity, from, to)) {
                return REFUSED;
            }
            if (to - from == 1 && entity.type() == EntityType.ORGANISATION && afterGivenName(from)) {
                othersNames.add(token(from).norm());
                return REFUSED;
            }
            if (entity.type() != EntityType.PERSON && namedAfter(to)) {
                // "the al-Aqsa Mosque" is no AL-AQSA, "Hydra Island" no HYDRA MARKET.
                return REFUSED;
            }
            if (to - from == 1 && entity.type() == EntityType.ORGANISATION) {
                Token next = wordBeside(to, from);
                if (next != null && next.capitalised() && !Words.OTHER_BODIES.contains(next.norm())) {
                    // A capitalised word between, of the other body's name: "VTB United League", the basketball
                    // league VTB BANK sponsors.
                    Token after = wordBeside(to + 1, to);
                    next = after != null && after.capitalised() ? after : next;
                }
                if (next != null && Words.OTHER_BODIES.contains(next.norm())) {
                    // "Iran's semi-official Mehr news agency": a body of another kind than the entry's (MEHR BANK),
                    // where the entry's names give it no such kind ("IRIB TV" is the broadcaster's: ofItsKind).
                    judgedByEntry = true;
                    if (!ofItsKind(entity, next.norm())) {
                        othersNames.add(token(from).norm());
                        return REFUSED;
                    }
                }
            }
            if (entity.type() == EntityType.ORGANISATION && outletBefore(from)) {
                // "the Egyptian news website, Al-Mourabitoun": a news outlet of the name, not AL-MULATHAMUN BATTALION
                // (a.k.a. AL-MOURABITOUN), unless the entry is itself a broadcaster's or the press's.
                judgedByEntry = true;
                if (!ofItsKind(entity, "news")) {
                    othersNames.add(token(from).norm());
                    return REFUSED;
                }
            }
            if (to - from == 1 && entity.type() == EntityType.ORGANISATION && bankBefore(from, to) && !aBank(entity)) {
                // "банк “Мрія”", the bank Mriya, is no MRIYA RESORT & SPA: Russian and Ukrainian write a body's kind
                // and then its name in quotes, and a bank is of no kind of the entry's.
                othersNames.add(token(from).norm());
                return REFUSED;
            }
            if (to - from == 1 && entity.type() != EntityType.PERSON
                    && Words.anyNear(tokens, from, 2, Words.OTHER_THINGS)) {
                // "the comedian Sinbad", "the game Yakuza", "the island of Hydra": someone or something else; an
                // organisation's word right beside the noun that thing's name wherever the text writes it alone
                // ("Baikal River", then "before entering Baikal": the lake, not the guns IZHEVSKY MEKHANICHESKY ZAVOD
                // sells as Baikal). Not a noun a word away: "GAESA's hotel empire" is the holding's; nor a company's
                // own product: "Kalashnikov brand weapons" are the concern's, which the text names again.
                Token before = wordBeside(from - 1, from);
                Token after = wordBeside(to, to - 1);
                if (entity.type() == EntityType.ORGANISATION
                        && (before != null && Words.OTHER_THINGS.contains(before.norm())
                        && !Words.PRODUCTS.contains(before.norm())
                        || after != null && Words.OTHER_THINGS.contains(after.norm())
                        && !Words.PRODUCTS.contains(after.norm()))) {
                    othersNames.add(token(from).norm());
                }
                return REFUSED;
            }
            if (entity.type() == EntityType.ORGANISATION && sportSentence(from)) {
                // "Al Shabab plays host to Abha in a clash of the Pro League": Saudi Arabia's football club, not
                // AL-SHABAAB; no armed group plays league matches. The club wherever the text names it then.
                judgedByEntry = true;
                if (terrorist(entity)) {
                    return NAMESAKE;
                }
            }
            if (entity.type() == EntityType.VESSEL) {
                if (to - from == 1) {
                    // A ship named by one word ("Dover", "Forest") only where the text says it is a ship, and not as
                    // the last word of another's name: "the tankers Dubai Attraction and Carina Voyager" is no
                    // VOYAGER.
                    Token before = from > 0 ? token(from - 1) : null;
                    if (before != null && before.capitalised()
                            && Words.spacesOnly(text, before.end(), token(from).start())
                            && !Words.VESSEL_NOUNS.contains(before.norm())
                            && !Words.LIST_JOINS.contains(before.norm())) {
                        return REFUSED;
                    }
                    Token of = wordBeside(from - 1, from);
                    Token owner = of != null && of.norm().equals("of") ? wordBeside(from - 2, from - 1) : null;
                    if (owner != null && owner.capitalised() && !Words.VESSEL_NOUNS.contains(owner.norm())) {
                        // The end of another's name after "of": "Power of Siberia", the gas pipeline, is no SIBERIA.
                        return REFUSED;
                    }
                    if (common.contains(token(from).norm()) && titleCase(from)) {
                        // "Huge Fine Threatened whilst Ship and Crew Remain in Limbo": a headline capitalises every
                        // word, and an ordinary word there is no ship's name (HUGE).
                        return REFUSED;
                    }
                    if (formerNameOnly(entity, token(from).norm())) {
                        // A name the ship no longer bears is another ship's now, as names are given again: "先鋒號
                        // (Pioneer)", an LNG carrier of Russia's, is no HERO II, an Iranian tanker once PIONEER, but
                        // where a state of the entry is named.
                        judgedByEntry = true;
                        if (corroboration.countryNamed(entity) == null) {
                            return REFUSED;
                        }
                    }
                    return !shipSaid || vesselNounNext(tokens, from, to) ? ACCEPTED : REFUSED;
                }
                return maritime().get(token(from).paragraph()) ? ACCEPTED : REFUSED;
            }
            if (entity.type() == EntityType.PERSON && to - from == 1) {
                // "the Chaharmahal and Bakhtiari province", "Putin Street": a place's name, no BAKHTIARI, Mashallah.
                Token next = wordBeside(to, from);
                if (next != null && (Words.NAMED_AFTER.contains(next.norm())
                        || Words.REGIONS.contains(next.norm()))) {
                    return REFUSED;
                }
            }
            if (entity.type() == EntityType.PERSON) {
                if (Words.anyNear(tokens, from, 3, Words.NAMESAKE_WORDS)
                        || Words.anyNear(tokens, to - 1, 6, Words.NAMESAKE_WORDS)
                        || presidentNamed(from) && outsideTheState(entity)) {
                    return NAMESAKE;
                }
                return insideLongerName(from, to) ? REFUSED : ACCEPTED;
            }
            return ACCEPTED;
        }

        /**
         * Whether the mention is a Chinese person's name of two words of one syllable each, in Latin letters ("Zhang
         * Jian", "Li Wei"), the commonest shape of Chinese names, of an entry listed for a trade of crime or terror
         * ({@link #outsideTheState}), which the text must speak of.
         */
        private boolean commonChineseName(Candidate c) {
            if (c.entity().type() != EntityType.PERSON || c.to() - c.from() != 2 || !outsideTheState(c.entity())
                    || c.entity().countries().stream().noneMatch(TranscribedNames.CHINESE::contains)) {
                return false;
            }
            for (int i = c.from(); i < c.to(); i++) {
                String w = token(i).norm();
                if (text.charAt(token(i).start()) >= 0x250 || vowelRuns(w) != 1) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether a president's title stands just before the name at word {@code from}, in its sentence: "Colombian
         * President Iván Duque", "el presidente Iván Duque". The lists' traffickers and terrorists bear no such title:
         * a name of theirs after it is a head of state's who shares it (DUQUE GAVIRIA, Ivan Roberto, of the AUC). A
         * vice-president's title is not one: "Vice President Tareck El Aissami" is EL AISSAMI (SDNTK).
         */
        private boolean presidentNamed(int from) {
            for (int i = from - 1; i >= Math.max(0, from - 2); i--) {
                Token t = token(i);
                if (t.sentence() != token(from).sentence()) {
                    return false;
                }
                if (Words.PRESIDENT.contains(t.norm())) {
                    // In lower case too, as Spanish, French and Italian write a title ("el presidente Iván Duque").
                    // Not a vice-president's: Venezuela's, TARECK EL AISSAMI, is listed as a trafficker.
                    return i == 0 || !Words.VICE.contains(token(i - 1).norm());
                }
            }
            return false;
        }

        /**
         * Whether the sentence of word {@code at} is a sports report's: two different words of {@link Words#SPORT} or
         * more in it. The text's sentences are read for them once, the first time an organisation's name asks.
         */
        private boolean sportSentence(int at) {
            if (sportSentences == null) {
                sportSentences = new BitSet();
                Map<Integer, String> seen = new HashMap<>();
                for (Token t : tokens) {
                    if (Words.SPORT.contains(t.norm())) {
                        String before = seen.putIfAbsent(t.sentence(), t.norm());
                        if (before != null && !before.equals(t.norm())) {
                            sportSentences.set(t.sentence());
                        }
                    }
                }
            }
            return sportSentences.get(token(at).sentence());
        }

        /**
         * Whether the organisation's name is followed by an acronym in brackets that is none of the entry's: "the Main
         * Intelligence Directorate (HUR)" is Ukraine's, not Russia's MAIN INTELLIGENCE DIRECTORATE (the GRU). An
         * acronym is the entry's where it is one of its names, or its letters run in order through the words of the
         * text's name or of one of the entry's names from the first word's initial ("Syrian Arab Army (SAA)",
         * "Main Intelligence Directorate (GRU)": GLAVNOE RAZVEDYVATEL'NOE UPRAVLENIE).
         */
        private boolean anotherAcronymAfter(Entity entity, int from, int to) {
            if (to >= tokens.size()) {
                return false;
            }
            Token acronym = token(to);
            int open = token(to - 1).end();
            while (open < acronym.start() && text.charAt(open) == ' ') {
                open++;
            }
            int close = acronym.end();
            while (close < text.length() && text.charAt(close) == ' ') {
                close++;
            }
            if (open + 1 != acronym.start() || text.charAt(open) != '(' || close >= text.length()
                    || text.charAt(close) != ')' || !acronym.upper() || acronym.norm().length() < 2
                    || acronym.norm().length() > 6) {
                return false;
            }
            if (ISO_ALPHA3.contains(acronym.norm().toUpperCase(Locale.ROOT))
                    || countries.stream().anyMatch(c -> c.start() <= acronym.start() && acronym.end() <= c.end())) {
                // A state after a company's name says where it is: "Industrial Resources General Trading (UAE)",
                // "Limited Liability Company DM (RUS)".
                return false;
            }
            List<String> written = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                written.add(token(i).norm());
            }
            if (Words.spellsAcronym(written, acronym.norm())) {
                return false;
            }
            judgedByEntry = true;
            for (String name : entity.names()) {
                List<String> words = NameForms.words(name);
                if (words.equals(List.of(acronym.norm())) || Words.spellsAcronym(words, acronym.norm())) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A generic head before "of" and a name, in lower case as the Romance languages write it: "cartel de Sinaloa"
         * is CARTEL DE SINALOA.
         */
        private boolean headFirst(Entity entity, int from, int to) {
            return entity.type() == EntityType.ORGANISATION && to - from >= 3
                    && Words.GENERIC_ORGANISATION_WORDS.contains(token(from).norm())
                    && Words.PARTICLES.contains(token(from + 1).norm()) && token(to - 1).capitalised();
        }

        /**
         * A surname alone is that person only where no other name word stands before it: "President Putin", "Russia's
         * Putin", "In April, Nabiullina" and "Putin" at the start of a sentence are, "Daniil Medvedev" is not Medvedev
         * the listed one.
         */
        private boolean standsAlone(int at) {
            if (at == 0) {
                return true;
            }
            Token before = token(at - 1);
            // A script without case shows no given name by its capital: 普京 after 总统 ("President").
            if (before.sentence() != token(at).sentence() || !before.capitalised() || caseless(text, before)
                    || Words.role(before.norm()) || common.contains(before.norm()) && !before.upper()
                    && !Words.spacesOnly(text, before.end(), token(at).start())) {
                return true;
            }
            if (at - 1 == 0 || token(at - 2).sentence() != before.sentence()) {
                // An ordinary word capitalised only as a sentence's first: "The Assad regime", "Yesterday Putin";
                // not a given name of the table that is one too ("Maxim Marchenko, head of the Odessa region").
                if (common.contains(before.norm()) && !before.upper() && !Romanisation.givenName(before.norm())) {
                    return true;
                }
            }
            if (before.upper() && token(at).upper() && Words.PARTICLES.contains(before.norm())) {
                // A headline in capitals: "LA RICHESSE OFFSHORE DE POUTINE", whose "DE" is no given name.
                return true;
            }
            // "Russia's Putin", "Kremlin’s Peskov": a possessive is no given name.
            int end = before.end();
            if (end + 1 >= text.length() || !Normalizer.isApostrophe(text.charAt(end))) {
                return false;
            }
            char next = text.charAt(end + 1);
            // "Belarus’ Lukashenko": after a word ending in s the possessive is the apostrophe alone.
            return next == 's' || next == 'S'
                    || Character.isWhitespace(next) && Character.toLowerCase(text.charAt(end - 1)) == 's';
        }

        /**
         * Whether a given name stands before the word at {@code at}, with nothing but spaces between: "Richard
         * Wagner" is the composer, not PRIVATE MILITARY COMPANY 'WAGNER'; "Mikhail Kalashnikov" no CONCERN
         * KALASHNIKOV.
         */
        private boolean afterGivenName(int at) {
            Token before = wordBeside(at - 1, at);
            return before != null && before.capitalised() && !before.upper()
                    && givenNames.get().contains(before.norm());
        }

        /**
         * Word {@code i} where it stands in the sentence of word {@code neighbour}, next to it, with nothing but spaces
         * between; null otherwise, or where there is no word {@code i}: of "Richard Wagner", {@code wordBeside(0, 1)}
         * is "Richard", of "Richard, Wagner" null.
         */
        private Token wordBeside(int i, int neighbour) {
            if (i < 0 || i >= tokens.size()) {
                return null;
            }
            Token t = token(i);
            Token n = token(neighbour);
            boolean spaces = i < neighbour ? Words.spacesOnly(text, t.end(), n.start())
                    : Words.spacesOnly(text, n.end(), t.start());
            return spaces && t.sentence() == n.sentence() ? t : null;
        }

        /** Whether the word at {@code to} names a thing after the name before it: "Mosque" of "the al-Aqsa Mosque". */
        private boolean namedAfter(int to) {
            Token next = wordBeside(to, to - 1);
            return next != null && next.capitalised() && Words.NAMED_AFTER.contains(next.norm());
        }

        /**
         * Drops the candidates that are the end or the start of another name, or a person's surname: a person's name
         * with a part left out after another name word ("Osman Ahmed Hassan" is not HASSAN ALIYANI, Ahmed Mahamud by
         * "Ahmed Hassan"; "Evaristo Cruz Sánchez" not SANCHEZ MEDRANO, Cruz), an organisation's one word without its
         * legal form after one ("cifras de Naciones Unidas" is no UNIDAS S.A.; not after a generic word, nor German's
         * capitalised nouns: "die Firma Intellekt"), a weak alias of one word before one
         * ("Justice Sara Cockerill" is no SANABEL RELIEF AGENCY, a.k.a. 'SARA'), an organisation's word that the
         * text gives a person after a given name elsewhere ({@link #afterGivenName}), and a surname alone before a
         * word of a family ("the Katerji family"). A word before is another name's where it is
         * capitalised within the sentence and is no ordinary word, title, acronym or state ("Russian", "Syria's"), nor
         * a word of the entry's own names ("Archivaldo Ivan Guzman Salazar" is GUZMAN SALAZAR, Ivan Archivaldo), of a
         * name found before it ("Hezbollah Adham Tabaja") or of a compound ("Hisbollah-Finanzier Adham Tabaja"), in
         * Latin letters: Russian capitalises places' names declined ("премьер-министр Чечни Муслим Хучиев").
         */
        private List<Candidate> outsideOtherNames(List<Candidate> chosen) {
            BitSet named = new BitSet(tokens.size());
            Set<Entity> inFull = new HashSet<>();
            for (Candidate c : chosen) {
                named.set(c.from(), c.to());
                if (c.to() - c.from() > 1) {
                    inFull.add(c.entity());
                }
            }
            List<Candidate> kept = new ArrayList<>(chosen.size());
            for (Candidate c : chosen) {
                boolean partOfAnother = c.entity().type() == EntityType.PERSON && c.rule() == MatchRule.PARTIAL
                        ? c.from() > 0 && !named.get(c.from() - 1) && nameWordBefore(c.from())
                        && c.entity().names().stream().noneMatch(n -> NameForms.words(n)
                                .contains(token(c.from() - 1).norm()))
                        : c.rule() == MatchRule.WEAK_ALIAS && c.to() - c.from() == 1
                        && c.entity().type() == EntityType.ORGANISATION && insideLongerName(c.from(), c.to())
                        || c.rule() == MatchRule.PARTIAL && c.to() - c.from() == 1
                        && c.entity().type() == EntityType.ORGANISATION && c.from() > 0 && !german
                        && !named.get(c.from() - 1) && nameWordBefore(c.from())
                        && TranslatedOrganisations.generic(token(c.from() - 1).norm()) == null;
                // A person's surname the text gives after his given name is his wherever it stands alone: after
                // "the composer Richard Wagner", "Wagner is a cult" too, unless the text names the organisation by
                // more than the word.
                boolean surnameOfAnother = c.to() - c.from() == 1 && c.entity().type() == EntityType.ORGANISATION
                        && othersNames.contains(token(c.from()).norm()) && !inFull.contains(c.entity());
                // "The Katerji family" is the family, not the member of it the list designated first; "Sokol crude"
                // an oil; "the Katerji Group" and "the Qaterji network" the family's company and network.
                boolean family = c.rule() == MatchRule.SURNAME_ALONE && c.to() < tokens.size()
                        && (Words.FAMILY_WORDS.contains(token(c.to()).norm())
                        || Words.GRADE_WORDS.contains(token(c.to()).norm())
                        || Words.GENERIC_ORGANISATION_WORDS.contains(token(c.to()).norm()))
                        && token(c.to()).sentence() == token(c.from()).sentence();
                // A surname in quotes is a brand's or a company's name: карабины "Лось", "Барс", "Соболь" (rifles),
                // no SOBOL, Alexander.
                boolean brand = c.rule() == MatchRule.SURNAME_ALONE && quoted(c.from(), c.to());
                if (!partOfAnother && !surnameOfAnother && !family && !brand) {
                    kept.add(c);
                }
            }
            return kept;
        }

        /**
         * Whether word {@code at} stands in a sentence whose words of four letters or more are capitalised, four or more
         * and all but one in four, in lower case, as a headline in title case writes it: "Huge Fine Threatened whilst
         * Ship and Crew Remain in Limbo".
         */
        private boolean titleCase(int at) {
            int sentence = token(at).sentence();
            int from = at;
            while (from > 0 && token(from - 1).sentence() == sentence) {
                from--;
            }
            int capitalised = 0;
            int lower = 0;
            for (int i = from; i < tokens.size() && token(i).sentence() == sentence; i++) {
                Token t = token(i);
                if (t.norm().length() >= 4 && Character.isLetter(text.charAt(t.start()))) {
                    if (t.upper()) {
                        return false;
                    }
                    if (t.capitalised()) {
                        capitalised++;
                    } else {
                        lower++;
                    }
                }
            }
            return capitalised >= 4 && lower * 4 <= capitalised;
        }

        /** Whether the word before {@code at} is another name's word ({@link #outsideOtherNames}). */
        private boolean nameWordBefore(int at) {
            Token before = wordBeside(at - 1, at);
            // Not the sentence's first word, which is capitalised whatever it is.
            if (before == null || at - 1 == 0 || token(at - 2).sentence() != before.sentence()
                    || !before.capitalised() || before.upper()
                    || text.charAt(before.start()) >= 0x250 || joined(text, tokens, at - 1)
                    || common.contains(before.norm()) || Words.role(before.norm())
                    || Words.PARTICLES.contains(before.norm())
                    // German capitalises its nouns: "Minister für wirtschaftliche Entwicklung Maxim Reshetnikov".
                    || german && Inflection.germanNoun(before.norm())) {
                return false;
            }
            return countries.stream().noneMatch(m -> m.start() < before.end() && before.start() < m.end());
        }

        /**
         * A person's name run on, with nothing but spaces, into another name word that is not an ordinary word: "Hassan
         * Nasrallah Rodriguez" is not Hasan Nasrallah, "Said Khan Market" not Khan Said. (A name word before it is
         * often a title or a country in another language's word order, so only the word after counts.)
         */
        private boolean insideLongerName(int from, int to) {
            Token next = wordBeside(to, to - 1);
            // Not a word of digits, which the tokenizer counts as capitalised ("Vladimir Putin 1990'lardan", "the
            // 1990s"), nor in German, which capitalises every noun, a word of a noun's ending ("Tareck El Aissami
            // Sanktionen"; "Ali Ahmad Krisht" is still another man).
            return next != null && next.capitalised() && !next.upper() && !caseless(text, next)
                    && Character.isLetter(text.charAt(next.start())) && Words.generation(next.norm()) == null
                    && !(german && ids[to] < 0 && Inflection.germanNoun(next.norm()))
                    && (!common.contains(next.norm()) || Words.NAMED_AFTER.contains(next.norm()));
        }
    }

    /** The words of a news agency's listed name: FARS NEWS AGENCY, TASNIM NEWS AGENCY. */
    private static final String NEWS_AGENCY = "NEWS AGENCY";

    /** The states' three-letter codes (RUS, IRN, PRK), which a name in brackets after a company's may be. */
    private static final Set<String> ISO_ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    /** {@link Reading#acceptable}'s verdicts on a stretch of words, kept per entry type. */
    private static final byte UNJUDGED = 0;
    private static final byte ACCEPTED = 1;
    private static final byte REFUSED = 2;
    /** Refused as a person named beside another trade ("the boxer"), which makes the entry a namesake in the text. */
    private static final byte NAMESAKE = 3;

    /** A dot of a web address, as written and as security writers defang it: garantex[.]org, garantex(.)org. */
    private static final List<String> ADDRESS_DOTS = List.of(".", "[.]", "(.)");

    /** How many words before a word that differs a name reaching it may start. */
    private static final int NAME_REACH = 4;

    /** The fewest consonants a name in Arabic script has by its keys: two words of two or three ({@link #arabicName}). */
    private static final int ARABIC_LEAST = 5;
    /** The same for Russia's people, whose keys leave v out ({@link ScriptKeys#russianInArabic}). */
    private static final int RUSSIAN_LEAST = 4;

    /**
     * Each word from which a name reaching a word of {@code at} may start ({@link #NAME_REACH} words before it at
     * most), once and in order: the passes that read some words otherwise look names up only there. For {@code at}
     * = {5, 6}, the words 1 to 6.
     */
    private static void startsBefore(BitSet at, IntConsumer start) {
        int from = 0;
        for (int d = at.nextSetBit(0); d >= 0; d = at.nextSetBit(d + 1)) {
            for (int i = Math.max(from, d - NAME_REACH); i <= d; i++) {
                start.accept(i);
            }
            from = d + 1;
        }
    }

    private static boolean capitalisedBeside(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).capitalised() || i + 1 < tokens.size() && tokens.get(i + 1).capitalised();
    }

    /** Whether the words from {@code from} are those of name form {@code form}, as the list spells them. */
    private boolean spelt(int form, int[] ids, int from, int to) {
        if (names.length(form) != to - from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (ids[k] != names.word(form, k - from)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of the text is written in a script after Latin (Cyrillic, Arabic, Hangul, Han): most are not. */
    private static boolean anyBeyondLatin(String text, List<Token> tokens) {
        return Tokens.anyFrom(text, tokens, '\u0400');
    }

    /** The names filed under keys ({@link NameIndex#variants}) from each word that has one. */
    private void variantsFrom(List<Token> words, int[] keyIds, Consumer<PhraseIndex.Hit> collect) {
        for (int k = 0; k < words.size(); k++) {
            if (keyIds[k] >= 0) {
                names.variants().matchAt(words, keyIds, k, collect);
            }
        }
    }

    /**
     * Whether Arabic keys make a name ({@link ScriptKeys#arabic}): two words or more, two consonants or more in each,
     * {@code least} in all; shorter keys are shared by too many names. A name of three words or more may hold one word
     * of one consonant (أبو محمد الجولاني, Abu Muhammad al-Jawlani). {@code unkeyed} gives the consonants a word of the
     * text writes that its key does not keep ({@link ScriptKeys#unkeyed}), which count as the others: علي, Ali, has
     * two, and علي مملوك, MAMLUK, Ali, five; a Latin or Cyrillic word has none.
     */
    private boolean arabicName(int[] keyIds, int from, int to, int least, IntUnaryOperator unkeyed) {
        int consonants = 0;
        int single = 0;
        int shortest = Integer.MAX_VALUE;
        for (int k = from; k < to; k++) {
            int c = names.lexicon().length(keyIds[k]) - ScriptKeys.ARABIC.length() + unkeyed.applyAsInt(k);
            consonants += c;
            shortest = Math.min(shortest, c);
            single += c == 1 ? 1 : 0;
        }
        return to - from >= 2 && consonants >= least
                && (shortest >= 2 || shortest == 1 && single == 1 && to - from >= 3);
    }

    /** Whether a name of {@code entity} is written with a possessive: IRAN'S LAW ENFORCEMENT FORCES. */
    private static boolean possessiveName(Entity entity) {
        for (String name : entity.names()) {
            if (name.contains("'S ") || name.contains("’S ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is followed by a possessive: "Iran's", "Belarus’". */
    private static boolean possessive(String text, Token t) {
        return t.end() < text.length() && Normalizer.isApostrophe(text.charAt(t.end()));
    }

    /** Whether the entry is designated as a terrorist group: a programme SDGT or FTO. */
    /** The runs of vowels of a folded word, its syllables as pinyin writes them: "zhang" and "jian" one each. */
    private static int vowelRuns(String w) {
        int runs = 0;
        for (int i = 0; i < w.length(); i++) {
            if ("aeiouv".indexOf(w.charAt(i)) >= 0 && (i == 0 || "aeiouv".indexOf(w.charAt(i - 1)) < 0)) {
                runs++;
            }
        }
        return runs;
    }

    /**
     * Whether the entry is listed only by programmes of crime and terror, not of a state's government (SDNT, SDNTK,
     * SDGT, FTO, TCO, ILLICIT-DRUGS, CYBER): no president of a state is among its people.
     */
    private static boolean outsideTheState(Entity e) {
        return !e.programs().isEmpty() && e.programs().stream().allMatch(p -> p.startsWith("SDN")
                || p.equals("SDGT") || p.equals("FTO") || p.equals("TCO") || p.startsWith("ILLICIT")
                || p.startsWith("CYBER"));
    }

    private static boolean terrorist(Entity e) {
        return e.programs().contains("SDGT") || e.programs().contains("FTO");
    }

    /** Whether the entry is Iran's: one of its countries, or a programme of Iran's (IRAN, IRGC, IFSR). */
    private static boolean iranian(Entity e) {
        return e.countries().contains("IR") || e.programs().stream().anyMatch(p -> p.startsWith("IRAN")
                || p.startsWith("IRGC") || p.startsWith("IFSR"));
    }

    /** Case endings of Russian and Ukrainian nouns a foreign name takes, romanised, longest first: Хасаном, Раада. */
    private static final String[] CASE_ENDINGS = {"om", "em", "ym", "im", "ov", "oy", "a", "ya", "u", "yu", "e", "i",
            "y"};

    /** "Born" as the news writes it before a year: English, French, Spanish, Portuguese, Italian, German, Russian. */
    private static final Set<String> BORN = Set.of("born", "b", "ne", "nee", "nacido", "nacida", "nascido", "nascida",
            "nato", "nata", "geboren", "geb", "rodilsya", "rodilas", "narodivsya", "narodylasya");

    /**
     * Characters of a North Korean organisation's name in Chinese at most ({@link Reading#inChineseCharacters}):
     * 朝鲜劳动党宣传鼓动部, the Workers' Party's Propaganda and Agitation Department, has ten.
     */
    private static final int LONGEST_KOREAN_IN_HAN = 12;

    /** Patronymics as Russian, Ukrainian and Belarusian romanise: Gennadievich, Hennadiiovych, Olegovna, Petrivna. */
    private static final String[] PATRONYMIC_ENDINGS = {"ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna"};

    /** Whether the folded word is a patronymic by its ending ({@link #PATRONYMIC_ENDINGS}). */
    private static boolean patronymic(String w) {
        return Words.endsWithOne(w, 7, PATRONYMIC_ENDINGS);
    }

    /** Quotes that open and close a nickname: “El Chapo”, "Abu Hussein", ‘Tony’, «Nicolasito». */
    private static final String OPENING_QUOTES = "“\"‘«";
    private static final String CLOSING_QUOTES = "”\"’»";

    /** Whether one of {@code quotes} stands between the two words. */
    private static boolean quoteBetween(String text, Token before, Token after, String quotes) {
        for (int c = before.end(); c < after.start(); c++) {
            if (quotes.indexOf(text.charAt(c)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether each word of the text (the article left out) is its word of name form {@code form} with at most one
     * letter other, left out or added, two in words of seven letters or more (after {@link Romanisation#key}): the
     * vowels romanisations differ in (Mohammad, Mohammed, Muhammad; Zawahri, Zawahiri), not another name of the same
     * consonants (Ghali is no Ghul, Hussein no Hassan). Q and k are one letter, as the consonants are: ق is both
     * ("Katerji" for QATIRJI, as Syrian business news spells the family).
     */
    private boolean closeWordForWord(int form, List<Token> words, int from, int to, int span) {
        int k = from;
        boolean asListed = true;
        for (int j = 0; j < names.length(form); j++) {
            String listed = names.lexicon().word(names.word(form, j));
            if (ScriptKeys.arabicOfLatin(listed) == null) {
                continue;
            }
            if (k >= to) {
                return false;
            }
            String word = words.get(k++).norm();
            String a = diphthongs(Romanisation.key(word).replace('q', 'k'));
            String b = diphthongs(Romanisation.key(listed).replace('q', 'k'));
            if (Romanisation.edits(a, b, Math.min(a.length(), b.length()) >= 7 ? 2 : 1) < 0) {
                return false;
            }
            asListed &= Romanisation.key(word).equals(Romanisation.key(listed));
        }
        // Spelt as the list spells it, article and all: the first pass has it, by its own rule.
        return k == to && (!asListed || span != names.length(form));
    }

    /**
     * A romanised Arabic word with its و and ي after a written as one vowel each, as romanisations write them o or
     * ou and e or ei: AL-JAWLANI is "al-Jolani", HUSAYN "Hussein" ({@code jolani}, {@code husein}).
     */
    private static String diphthongs(String key) {
        return DIPHTHONG_O.matcher(DIPHTHONG_E.matcher(key).replaceAll("e")).replaceAll("o");
    }

    /** Before a consonant or at the end, as the keys write w as v ({@link Romanisation#key}: jawlani is javlani). */
    private static final Pattern DIPHTHONG_O = Pattern.compile("a[wv](?![aeiou])|ou|oo");
    private static final Pattern DIPHTHONG_E = Pattern.compile("[ae][yi](?![aeiou])");

    /**
     * The id of the Arabic key ({@link ScriptKeys#arabicOfLatin}) of a Latin word whose id is {@code id} (or -1), or
     * of its French spelling read with ch as sh; -1 when no name has that key. Made once per list word, as {@link
     * #keyOf} is; a word the lists do not have is keyed once per text ({@code Reading.arabicKeyOf}).
     */
    private int arabicKey(String word, int id, boolean french) {
        int[] cache = french ? frenchArabicOf : arabicOf;
        if (id >= 0 && id < cache.length && cache[id] != UNKEYED) {
            return cache[id];
        }
        String key = (french ? TextWordKeys.FRENCH_ARABIC : TextWordKeys.ARABIC).of(word);
        int keyId = key == null ? -1 : names.lexicon().id(key);
        if (id >= 0 && id < cache.length) {
            cache[id] = keyId;
        }
        return keyId;
    }

    /** Whether a word of four letters or more of the text from {@code from} is a word of one of the entry's names. */
    private static boolean spellsAWordOf(Entity entity, List<Token> tokens, int from, int to) {
        Set<String> words = new HashSet<>(NameForms.words(entity.name()));
        entity.aliases().forEach(a -> words.addAll(NameForms.words(a.name())));
        Set<String> keys = null;
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).norm();
            if (w.length() < 4) {
                continue;
            }
            if (words.contains(w)) {
                return true;
            }
            if (keys == null) {
                keys = new HashSet<>();
                for (String listed : words) {
                    keys.add(diphthongs(Romanisation.key(listed)));
                }
            }
            if (!Romanisation.givenName(w) && !NameForms.title(w) && keys.contains(diphthongs(Romanisation.key(w)))) {
                // A surname spelt with one letter of a doubled pair ("al-Bazal" for AL-BAZZAL), or its diphthong
                // as one vowel ("al-Jolani" for AL-JAWLANI): its key is the list's, its consonants and vowels as
                // written. (Not a given name: "Mohammed" and "Muhammad" share a key as thousands of men's names do.)
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalised word that is not itself a word of a listed name: what a misspelling of a name word produces
     * ("Putn", "Crops" for "Corps").
     */
    private boolean mayBeMisspelt(Token t, int id) {
        return t.capitalised() && t.norm().length() >= MIN_FUZZY - 1 && !names.anchors(id);
    }

    /**
     * Russian and Ukrainian capitalise only the first word of a company's name and put the name in quotes:
     * «Русские машины» (RUSSKIE MASHINY), «Силовые машины», ООО «Новые проекты». There, and only there, the later
     * words of an organisation's name may be in lower case; unquoted, «Новые проекты» is just "new projects".
     */
    private static boolean quotedInSentenceCase(Entity entity, String text, List<Token> tokens, int from, int to) {
        Token first = tokens.get(from);
        if (entity.type() != EntityType.ORGANISATION || to - from < 2 || !first.capitalised()
                || !Inflection.cyrillic(text.charAt(first.start())) || first.start() == 0) {
            return false;
        }
        return OPENING_QUOTES.indexOf(text.charAt(first.start() - 1)) >= 0 || text.charAt(first.start() - 1) == '„';
    }

    /** Whether one of the entry's names has a bank's word: BANK MELLAT, SOVCOMBANK, BANCO DE VENEZUELA. */
    private static boolean aBank(Entity entity) {
        return anyWordOfItsNames(entity, w -> w.endsWith("bank") || Words.BANKS.contains(w));
    }

    /** Whether a folded word of one of the entry's names, primary or alias, is one {@code test} accepts. */
    private static boolean anyWordOfItsNames(Entity entity, Predicate<String> test) {
        for (String name : entity.names()) {
            for (String w : NameForms.words(name)) {
                if (test.test(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a noun of {@link Words#OTHER_BODIES} names a body of the entry's kind: a word of its names ("news" of
     * TASNIM NEWS AGENCY), or a noun of news where one of its names is a broadcaster's or the press's ("IRIB TV" of
     * ISLAMIC REPUBLIC OF IRAN BROADCASTING).
     */
    private static boolean ofItsKind(Entity entity, String noun) {
        boolean news = Words.NEWS_BODIES.contains(noun);
        return anyWordOfItsNames(entity, w -> w.equals(noun) || news && (Words.NEWS_BODIES.contains(w)
                || w.equals("broadcasting") || w.equals("media") || w.equals("press")));
    }

    /** Whether the folded word is a name the entry had (fka) and none of the names it has. */
    private static boolean formerNameOnly(Entity entity, String word) {
        if (Normalizer.fold(entity.name()).equals(word)) {
            return false;
        }
        boolean former = false;
        for (Alias a : entity.aliases()) {
            if (Normalizer.fold(a.name()).equals(word)) {
                if (a.kind() != Alias.Kind.FKA) {
                    return false;
                }
                former = true;
            }
        }
        return former;
    }

    /**
     * "the tanker Dover", "the superyacht, Tango", "the seized vessel is Tango", "Finikia, a cargo ship": a vessel
     * noun within three words before the name or six after it, in its sentence.
     */
    private static boolean vesselNounNext(List<Token> tokens, int from, int to) {
        int sentence = tokens.get(from).sentence();
        // Before the name, over the names listed before it: "the tankers Balita, Domani and Freedom".
        int first = from;
        while (first > 0 && from - first < LISTED_NAMES && tokens.get(first - 1).sentence() == sentence
                && (tokens.get(first - 1).capitalised() || Words.LIST_JOINS.contains(tokens.get(first - 1).norm()))
                && !Words.VESSEL_NOUNS.contains(tokens.get(first - 1).norm())) {
            first--;
        }
        for (int k = Math.max(0, first - VESSEL_WORD_WINDOW); k < from; k++) {
            if (tokens.get(k).sentence() == sentence && vesselNoun(tokens, k)) {
                return true;
            }
        }
        // After the name, an apposition may run longer: "the Tango, a $90 million yacht", "the Baliar, flying the
        // Liberian flag".
        for (int k = to; k < Math.min(tokens.size(), to + 2 * VESSEL_WORD_WINDOW); k++) {
            if (tokens.get(k).sentence() == sentence
                    && (vesselNoun(tokens, k) || Words.FLAG_WORDS.contains(tokens.get(k).norm()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether word {@code k} is a noun of ships, not the end of a weapon's compound: "the Neptune anti-ship missiles"
     * speaks of a missile; nor a personnel carrier, an armoured vehicle ("armored personnel carriers from Patria", the
     * Finnish maker, not the tanker PATRIA).
     */
    private static boolean vesselNoun(List<Token> tokens, int k) {
        return Words.VESSEL_NOUNS.contains(tokens.get(k).norm()) && !(k > 0 && tokens.get(k - 1).norm().equals("anti")
                && tokens.get(k - 1).end() + 1 == tokens.get(k).start())
                && !(k > 0 && tokens.get(k - 1).norm().equals("personnel"));
    }

    /** A word of a script without case (Arabic, Chinese, Korean): its capital says nothing. */
    private static boolean caseless(String text, Token t) {
        return Tokenizer.caseless(text.codePointAt(t.start()));
    }

    /** The word follows the previous one after a hyphen or a dot: "Kim Jong-un", "Blender.io". */
    private static boolean joined(String text, List<Token> tokens, int i) {
        int start = tokens.get(i).start();
        return tokens.get(i - 1).end() == start - 1 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == '.');
    }

}
