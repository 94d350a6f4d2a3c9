package sanctionswatch.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a list says about an entry beyond its names, as far as the list gives it: the parts of its names, its countries
 * with their roles, dates of birth, identifiers and remarks. Matching does not need these; analysts telling namesakes
 * apart, and links between the same entity on several lists, do.
 *
 * @param nameParts   the parts of names the list gives separately (given, middle, family)
 * @param countries   countries with the role the list gives them
 * @param birthDates  dates of birth as ISO dates, or as much of one as the list gives ({@code 1962}, {@code 1962-12},
 *                    {@code 1962-12-12})
 * @param identifiers passports, national ids, call signs, registration numbers, MMSI numbers, SWIFT/BIC codes,
 *                    wallet addresses ({@code Digital Currency Address - XBT}; the matcher finds these last three in
 *                    text); IMO numbers are in {@link Entity#imoNumbers()}
 * @param remarks     the list's remarks as written, or empty
 * @param title       the positions the list gives a person, as written ("President of the Syrian Arab Republic", OFAC's
 *                    Title column), or empty: news names a head of state by surname alone ("Assad")
 */
public record EntityDetails(List<NameParts> nameParts, List<CountryRole> countries, List<String> birthDates,
                            List<Identifier> identifiers, String remarks, String title) {
    /**
     * The type of an identifier that names the same entry on another list, by that list's id: the UK Sanctions List
     * gives each designation's OFSI group ({@code uk-ofsi:7172}) and UN reference ({@code un-sc:TAi.002}); the US
     * Consolidated Screening List gives its Treasury rows OFAC's entity number ({@code ofac-sdn:18725}). Entries so
     * tied are one entity across the lists loaded ({@code match.EntityLinks}).
     */
    public static final String LISTED_AS = "Listed as";

    /** An entry the list says nothing more about. */
    public static final EntityDetails NONE = new EntityDetails(List.of(), List.of(), List.of(), List.of(), "", "");

    public EntityDetails {
        nameParts = List.copyOf(nameParts);
        countries = List.copyOf(countries);
        birthDates = List.copyOf(birthDates);
        identifiers = List.copyOf(identifiers);
        remarks = remarks == null ? "" : remarks;
        title = title == null ? "" : title;
    }

    /** Details without a title: lists that give none. */
    public EntityDetails(List<NameParts> nameParts, List<CountryRole> countries, List<String> birthDates,
                         List<Identifier> identifiers, String remarks) {
        this(nameParts, countries, birthDates, identifiers, remarks, "");
    }

    /**
     * The parts of one name.
     *
     * @param name   the name as the entry's primary name or alias writes it
     * @param given  given name(s), or empty
     * @param middle middle or patronymic names, or empty
     * @param family family name, or empty
     */
    public record NameParts(String name, String given, String middle, String family) {
        public NameParts {
            Objects.requireNonNull(name, "name");
            given = given == null ? "" : given;
            middle = middle == null ? "" : middle;
            family = family == null ? "" : family;
        }
    }

    /** What a country is to an entry. */
    public enum Role { NATIONALITY, CITIZENSHIP, ADDRESS, BIRTH, REGISTRATION, FLAG, OTHER }

    /**
     * @param code ISO 3166 alpha-2
     * @param role what it is to the entry
     */
    public record CountryRole(String code, Role role) {
        public CountryRole {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(role, "role");
        }
    }

    /**
     * @param type    the kind, as the list names it ({@code Passport}, {@code National ID No.}, {@code Call Sign})
     * @param value   the number or code
     * @param country ISO 3166 alpha-2 code of the issuing country, or empty
     */
    public record Identifier(String type, String value, String country) {
        public Identifier {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
            country = country == null ? "" : country;
        }
    }

    /** How OFAC's remarks name an entry this one is tied to: "Linked To: NATIONAL IRANIAN TANKER COMPANY." */
    private static final String LINKED_TO = "Linked To: ";

    /**
     * The entries the remarks say this one is tied to, by the names they give them: an owner, a parent, a group whose
     * member or agent it is. The tanker SABITI's remarks end "MMSI 677049100; Linked To: NATIONAL IRANIAN TANKER
     * COMPANY.", so its {@code linkedTo()} is {@code [NATIONAL IRANIAN TANKER COMPANY]}; a yacht's is its owner's
     * ({@code [USMANOV, Alisher Burhanovich]} for DILBAR). Lists that give no such remarks give none.
     */
    public List<String> linkedTo() {
        List<String> out = new ArrayList<>(1);
        for (int at = remarks.indexOf(LINKED_TO); at >= 0; at = remarks.indexOf(LINKED_TO, at + 1)) {
            int from = at + LINKED_TO.length();
            int end = remarks.indexOf(';', from);
            String name = remarks.substring(from, end < 0 ? remarks.length() : end).strip();
            // The remarks' last sentence ends with a dot that is no part of the name ("... COMPANY."), but a name may
            // end with one of its own ("P.S.C."): the dot goes only when no other stands in the name's last word.
            if (name.endsWith(".") && name.lastIndexOf('.', name.length() - 2) < name.lastIndexOf(' ') + 1) {
                name = name.substring(0, name.length() - 1);
            }
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return nameParts.isEmpty() && countries.isEmpty() && birthDates.isEmpty() && identifiers.isEmpty()
                && remarks.isEmpty() && title.isEmpty();
    }
}
