package sanctionswatch.match;

import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityDetails;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.text.Token;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The identifiers of the list's entries that a news text prints whole, each tied to its entry: crypto wallet
 * addresses ("Digital Currency Address - XBT bc1ql7dlyh8xz6tpqk92vztrhqh88dmjvcwrmsemrm" of TASK FORCE RUSICH),
 * MMSI numbers ("MMSI 572469210") and SWIFT/BIC codes ("SWIFT/BIC SABRRUMM" of SBERBANK). IMO numbers stay with the
 * names ({@link NameIndex}), which found them first.
 *
 * <p>Found in one pass over the text's words with one hash lookup for each word of a length some identifier has,
 * rather than a pattern per identifier: the SDN list alone gives some 500 of them, and a pattern each would read
 * every text 500 times. The tokenizer's words end where letters and digits end, so an identifier is found only as a
 * whole word: a wallet inside a longer string (a 64-digit transaction hash that begins with a listed Ethereum
 * address, "0x7ff9cfad…" run on by 24 more digits) is another word and no match. An address in a link's path
 * ("etherscan.io/address/0x7FF9cFad3877F21d41Da833E2F775dB0569eE3D9") is a word of its own and found: a link to the
 * wallet names the wallet.
 */
final class IdentifierIndex {
    /** How a wallet address may be written and still be the same address. */
    enum Letters {
        /**
         * Hex ("0x7FF9cFad3877F21d41Da833E2F775dB0569eE3D9", GARANTEX's Ethereum address): the digits are the address,
         * their case at most a checksum (EIP-55) that many sites drop; any case.
         */
        ANY_CASE,
        /**
         * Bech32 and cashaddr ("bc1ql7dlyh8xz6tpqk92vztrhqh88dmjvcwrmsemrm"): BIP 173 allows the address in lower or
         * in upper case, never mixed; a mixed spelling is no valid address.
         */
        ONE_CASE,
        /**
         * Base58 ("1H939dom7i4WDLCKyGbXUp3fs9CSTNRzgL", Bitcoin's legacy form, and Tron's, Monero's, Dash's):
         * upper and lower case are different digits, so the address only as the list writes it.
         */
        EXACT
    }

    /**
     * One identifier of one entry.
     *
     * @param entity  the entry
     * @param written as the list writes it
     * @param type    what a mention says it is: "XBT address", "MMSI", "SWIFT/BIC"
     * @param letters how its letters may be written
     * @param after   the word that must stand shortly before it ("mmsi"), or null
     */
    record Listed(Entity entity, String written, String type, Letters letters, String after) {}

    /** Receives an identifier found: the words it takes, its entry and its type. */
    interface Found {
        void accept(int from, int to, Entity entity, String type);
    }

    /** "0x" and forty hex digits: an Ethereum-style account (ETH, USDT and USDC on Ethereum, ETC, ARB, BSC). */
    private static final Pattern HEX = Pattern.compile("(?:0x)?[0-9a-fA-F]{40,}");
    /** A SWIFT/BIC: bank, country, location and an optional branch (ISO 9362). */
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?");
    private static final Pattern MMSI = Pattern.compile("\\d{9}");
    /** The shortest wallet address taken: shorter strings are not addresses (or were cut short by the list). */
    private static final int MIN_ADDRESS = 25;
    /** How many words may stand between "MMSI" and the number: "MMSI number 572469210", "MMSI no. 572469210". */
    private static final int MMSI_REACH = 3;
    private static final Set<String> NUMBER_WORDS = Set.of("number", "no", "num", "code");

    /** By the identifier in lower case, as a word's {@link Token#norm} has it. */
    private final Map<String, List<Listed>> byKey;
    /** The lengths identifiers have: a word of another length is not looked up. */
    private final BitSet lengths;

    private IdentifierIndex(Map<String, List<Listed>> byKey, BitSet lengths) {
        this.byKey = byKey;
        this.lengths = lengths;
    }

    /**
     * The identifiers of {@code list}'s entries, as their details give them ({@link EntityDetails#identifiers}):
     * {@code Digital Currency Address - <code>}, {@code MMSI} and {@code SWIFT/BIC}, as OFAC names the kinds. A BIC
     * that spells one of {@code common} words is left out.
     */
    static IdentifierIndex of(Watchlist list, Set<String> common) {
        Map<String, List<Listed>> byKey = new HashMap<>();
        BitSet lengths = new BitSet();
        for (Entity e : list.entities()) {
            for (EntityDetails.Identifier id : e.details().identifiers()) {
                String value = id.value().strip();
                String type = id.type();
                if (type.startsWith(DIGITAL_CURRENCY)) {
                    if (value.length() >= MIN_ADDRESS && isAlphanumeric(value)) {
                        String code = type.substring(DIGITAL_CURRENCY.length()).strip();
                        add(byKey, lengths, new Listed(e, value, code + " address", letters(value), null));
                    }
                } else if (type.equals("MMSI")) {
                    if (MMSI.matcher(value).matches()) {
                        add(byKey, lengths, new Listed(e, value, "MMSI", Letters.EXACT, "mmsi"));
                    }
                } else if (type.equals("SWIFT/BIC")) {
                    if (BIC.matcher(value).matches() && !common.contains(value.toLowerCase(Locale.ROOT))) {
                        add(byKey, lengths, new Listed(e, value, "SWIFT/BIC", Letters.EXACT, null));
                        // The head office's BIC is written with the branch "XXX" or without: one code.
                        String other = value.length() == 8 ? value + "XXX"
                                : value.endsWith("XXX") ? value.substring(0, 8) : null;
                        if (other != null) {
                            add(byKey, lengths, new Listed(e, other, "SWIFT/BIC", Letters.EXACT, null));
                        }
                    }
                }
            }
        }
        return new IdentifierIndex(byKey, lengths);
    }

    private static final String DIGITAL_CURRENCY = "Digital Currency Address - ";

    private static void add(Map<String, List<Listed>> byKey, BitSet lengths, Listed listed) {
        String key = listed.written().toLowerCase(Locale.ROOT);
        List<Listed> all = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (Listed l : all) {
            if (l.entity() == listed.entity() && l.written().equals(listed.written())) {
                return;
            }
        }
        all.add(listed);
        lengths.set(key.length());
    }

    /**
     * The case rule of an address, told by how the list writes it: hex digits in any case; an address without a
     * capital is bech32 or cashaddr (base58 addresses mix cases, and no listed one has none); the rest exactly.
     */
    static Letters letters(String address) {
        if (HEX.matcher(address).matches()) {
            return Letters.ANY_CASE;
        }
        return address.equals(address.toLowerCase(Locale.ROOT)) ? Letters.ONE_CASE : Letters.EXACT;
    }

    private static boolean isAlphanumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** Writes the identifiers for {@link #read}, each entry by its place in the list. */
    void write(IndexData.Out o, Map<Entity, Integer> position) throws IOException {
        int count = 0;
        for (List<Listed> all : byKey.values()) {
            count += all.size();
        }
        o.integer(count);
        for (List<Listed> all : byKey.values()) {
            for (Listed l : all) {
                o.integer(position.get(l.entity()));
                o.string(l.written());
                o.string(l.type());
                o.integer(l.letters().ordinal());
                o.string(l.after() == null ? "" : l.after());
            }
        }
    }

    /**
     * The identifiers {@link #write} wrote, of the entries {@code entities} in list order; a number out of range is
     * an {@link IllegalArgumentException}.
     */
    static IdentifierIndex read(IndexData.In in, Entity[] entities) {
        Map<String, List<Listed>> byKey = new HashMap<>();
        BitSet lengths = new BitSet();
        Letters[] letters = Letters.values();
        for (int i = in.integer(); i > 0; i--) {
            int entity = in.integer();
            String written = in.string();
            String type = in.string();
            int rule = in.integer();
            String after = in.string();
            if (entity < 0 || entity >= entities.length || rule < 0 || rule >= letters.length) {
                throw new IllegalArgumentException("index data: an identifier out of range");
            }
            add(byKey, lengths, new Listed(entities[entity], written, type, letters[rule],
                    after.isEmpty() ? null : after));
        }
        return new IdentifierIndex(byKey, lengths);
    }

    /** Every listed identifier that {@code text}, whose words are {@code tokens}, writes. */
    void find(String text, List<Token> tokens, Found found) {
        if (byKey.isEmpty()) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int length = t.end() - t.start();
            if (length >= lengths.length() || !lengths.get(length) || t.norm().length() != length) {
                continue;
            }
            List<Listed> listed = byKey.get(t.norm());
            if (listed == null) {
                continue;
            }
            for (Listed l : listed) {
                if (!written(text, t, l)) {
                    continue;
                }
                int from = i;
                if (l.after() != null) {
                    from = keyword(tokens, i, l.after());
                    if (from < 0) {
                        continue;
                    }
                } else if (l.type().equals("SWIFT/BIC") && joined(text, t)) {
                    continue;
                }
                found.accept(from, i + 1, l.entity(), l.type());
            }
        }
    }

    /** Whether the word is written as the identifier's case rule allows. */
    private static boolean written(String text, Token t, Listed l) {
        return switch (l.letters()) {
            case ANY_CASE -> true;
            case EXACT -> text.startsWith(l.written(), t.start());
            case ONE_CASE -> oneCase(text, t.start(), t.end());
        };
    }

    /** No capital, or no small letter, in {@code text[from, to)}. */
    private static boolean oneCase(String text, int from, int to) {
        boolean lower = false;
        boolean upper = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
        }
        return !(lower && upper);
    }

    /**
     * Where the word {@code keyword} stands before word {@code at}, with at most a few number words between ("MMSI
     * number 572469210"), or -1. A nine-digit number alone may be anything; after "MMSI" it is a ship's.
     */
    private static int keyword(List<Token> tokens, int at, String keyword) {
        for (int k = at - 1; k >= Math.max(0, at - MMSI_REACH); k--) {
            String w = tokens.get(k).norm();
            if (w.equals(keyword)) {
                return k;
            }
            if (!NUMBER_WORDS.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A BIC run into other words by a hyphen, slash, dot, underscore or at sign ("ABC-SABRRUMM", "x.SABRRUMM.y"):
     * part of some other code or name, not the bank's code written out. A dot that ends a sentence does not join.
     */
    private static boolean joined(String text, Token t) {
        if (t.start() >= 2 && isJoiner(text.charAt(t.start() - 1))
                && Character.isLetterOrDigit(text.charAt(t.start() - 2))) {
            return true;
        }
        return t.end() + 1 < text.length() && isJoiner(text.charAt(t.end()))
                && Character.isLetterOrDigit(text.charAt(t.end() + 1));
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '/' || c == '.' || c == '_' || c == '@';
    }
}
