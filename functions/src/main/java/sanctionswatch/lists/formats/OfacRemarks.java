package sanctionswatch.lists.formats;

import sanctionswatch.country.Countries;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.EntityDetails;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts OFAC's legacy CSV files write into an entry's remarks, one per {@code ;}-separated item: "DOB 10 Dec
 * 1948", "POB Giza, Egypt", "nationality Egypt", "citizen Russia", "Passport 1084010 (Egypt)", "alt. National ID No.
 * …". Items it does not know stay in the remarks text only.
 */
final class OfacRemarks {
    /** The kinds of identifier OFAC writes, longest first where one begins another. */
    private static final List<String> ID_TYPES = List.of("Passport", "National ID No.", "Cedula No.", "Tax ID No.",
            "Registration Number", "Registration ID", "Identification Number", "Business Registration Number",
            "Business Registration Document #", "Company Number", "Commercial Registry Number", "C.U.R.P.", "RFC",
            "NIT #", "SSN", "D.N.I.", "Driver's License No.", "Residency Number", "Personal ID Card", "MMSI",
            "Unified Social Credit Code (USCC)", "Public Security and Immigration No.", "Birth Certificate Number",
            "Travel Document Number", "Kenyan ID No.", "Government Gazette Number", "Legal Entity Number",
            "UK Company Number", "Chinese Commercial Code", "Serial No.", "Aircraft Manufacturer's Serial Number (MSN)",
            "SWIFT/BIC");
    /**
     * "Digital Currency Address - XBT 1H939dom7i4WDLCKyGbXUp3fs9CSTNRzgL": a wallet, the currency's code in its type
     * ({@code Digital Currency Address - XBT}), as OFAC's XML files name the kind of id.
     */
    static final String DIGITAL_CURRENCY = "Digital Currency Address - ";
    private static final Pattern DOB = Pattern.compile(
            "(?:circa )?(?:(\\d{1,2}) )?(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* )?(\\d{4})\\b.*");
    /** "BD3843329 (Slovakia) expires 08 Apr 2029": the number, and the country in brackets after it. */
    private static final Pattern ID = Pattern.compile("([^(]+?)(?: \\(([^)]+)\\).*)?");

    /** "Vessel Registration Identification IMO 9274343", in the remarks or an id's number. */
    static final Pattern IMO = Pattern.compile("\\bIMO (\\d{7})\\b");

    /**
     * What the remarks say; {@code aliases}: the names OFAC gives there in quotes ("a.k.a. 'IRIB'", "f.k.a. 'ALPHA'"),
     * its weak aliases, which its XML files give as akas of category weak and the CSV trio only in the remarks.
     */
    record Facts(List<String> birthDates, List<EntityDetails.CountryRole> countries,
                 List<EntityDetails.Identifier> identifiers, List<Alias> aliases) {}

    /** How the remarks name a weak alias: "a.k.a. 'SETAD'", "f.k.a. 'ALPHA'", "n.k.a. 'X'". */
    private static final Map<String, Alias.Kind> ALIAS_KINDS = Map.of("a.k.a.", Alias.Kind.AKA, "f.k.a.",
            Alias.Kind.FKA, "n.k.a.", Alias.Kind.NKA);

    private OfacRemarks() {}

    static Facts parse(String remarks, Countries countries) {
        return parse(remarks, false, countries);
    }

    /**
     * What the remarks say; {@code cut} when the file cut them short and nothing continued them: their last item may
     * have lost its end, and is left out ("alt. Digital Currency Address - XBT 3F6bbvS1krsc1qR8FsbTDfYQyvkMm" ends
     * BLENDER.IO's 1,000 characters, a wallet of which only the beginning survived).
     */
    static Facts parse(String remarks, boolean cut, Countries countries) {
        List<String> dates = new ArrayList<>(1);
        List<EntityDetails.CountryRole> roles = new ArrayList<>(1);
        List<EntityDetails.Identifier> ids = new ArrayList<>(1);
        List<Alias> aliases = new ArrayList<>(0);
        if (remarks == null) {
            return new Facts(dates, roles, ids, aliases);
        }
        String[] items = remarks.split(";");
        // A cut just after a ";" cut no item: WU, Huihui's 1,000 characters end
        // "… 18yWCu6agTxYqAerMxiz9sgHrK3ViezzGa;".
        boolean lastCut = cut && !remarks.stripTrailing().endsWith(";");
        for (int k = 0; k < items.length - (lastCut ? 1 : 0); k++) {
            String item = items[k].strip();
            if (item.endsWith(".") && !item.endsWith("No.") && !item.endsWith(".P.") && !item.endsWith(".I.")) {
                item = item.substring(0, item.length() - 1);
            }
            if (item.startsWith("alt. ")) {
                item = item.substring(5);
            }
            if (item.startsWith("DOB ")) {
                date(item.substring(4)).ifPresent(dates::add);
            } else if (item.startsWith("POB ")) {
                String place = item.substring(4);
                country(place.substring(place.lastIndexOf(',') + 1), countries, EntityDetails.Role.BIRTH, roles);
            } else if (item.startsWith("nationality ")) {
                country(item.substring(12), countries, EntityDetails.Role.NATIONALITY, roles);
            } else if (item.startsWith("citizen ")) {
                country(item.substring(8), countries, EntityDetails.Role.CITIZENSHIP, roles);
            } else if (item.length() > 9 && ALIAS_KINDS.containsKey(item.substring(0, 6))) {
                // "a.k.a. 'HAJJ AS'AD AHMAD'": the name runs from the first quote to the last.
                int open = item.indexOf('\'');
                int close = item.lastIndexOf('\'');
                if (open == 7 && close > open + 1) {
                    aliases.add(new Alias(item.substring(open + 1, close).strip(), ALIAS_KINDS.get(item.substring(0, 6)),
                            true));
                }
            } else {
                identifier(item, countries).ifPresent(ids::add);
            }
        }
        return new Facts(dates, roles, ids, aliases);
    }

    /**
     * Whether OFAC's lists use {@code type} for a number that identifies its holder ({@code Passport},
     * {@code SWIFT/BIC}, {@code Digital Currency Address - XBT}), as against a fact that does not
     * ({@code Gender}, {@code Website}, {@code Organization Established Date}).
     */
    static boolean identifierType(String type) {
        return type.startsWith(DIGITAL_CURRENCY) || ID_TYPES.contains(type);
    }

    private static Optional<EntityDetails.Identifier> identifier(String item, Countries countries) {
        if (item.startsWith(DIGITAL_CURRENCY)) {
            // "<CODE> <address>": one word each; anything else is no address this can take at its word.
            String[] parts = item.substring(DIGITAL_CURRENCY.length()).strip().split(" ");
            if (parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()) {
                return Optional.of(new EntityDetails.Identifier(DIGITAL_CURRENCY + parts[0], parts[1], ""));
            }
            return Optional.empty();
        }
        for (String type : ID_TYPES) {
            if (item.length() > type.length() + 1 && item.startsWith(type) && item.charAt(type.length()) == ' ') {
                Matcher m = ID.matcher(item.substring(type.length() + 1).strip());
                if (m.matches()) {
                    String country = m.group(2) == null ? "" : countries.codeForName(m.group(2).strip()).orElse("");
                    return Optional.of(new EntityDetails.Identifier(type, m.group(1), country));
                }
            }
        }
        return Optional.empty();
    }

    /** "10 Dec 1948" → 1948-12-10; "Dec 1962" → 1962-12; "1946", "circa 1960", "1960 to 1962" → the first year. */
    static Optional<String> date(String text) {
        Matcher m = DOB.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String year = m.group(3);
        if (m.group(2) == null) {
            return Optional.of(year);
        }
        int month = Month.valueOf(monthName(m.group(2))).getValue();
        String ym = year + "-" + (month < 10 ? "0" : "") + month;
        if (m.group(1) == null) {
            return Optional.of(ym);
        }
        int day = Integer.parseInt(m.group(1));
        return Optional.of(ym + "-" + (day < 10 ? "0" : "") + day);
    }

    private static String monthName(String abbreviation) {
        for (Month month : Month.values()) {
            if (month.name().startsWith(abbreviation.toUpperCase(Locale.ROOT))) {
                return month.name();
            }
        }
        throw new IllegalArgumentException(abbreviation);
    }

    private static void country(String name, Countries countries, EntityDetails.Role role,
                                List<EntityDetails.CountryRole> roles) {
        countries.codeForName(name.strip()).ifPresent(code -> roles.add(new EntityDetails.CountryRole(code, role)));
    }
}
