package sanctionswatch.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a sanctions list.
 *
 * @param id        stable id {@code <source>:<id>}, e.g. {@code ofac-sdn:41736}
 * @param type      person, organisation, vessel or aircraft
 * @param name      primary name as the list writes it ({@code MKRTYCHEV, Ashot})
 * @param aliases   other names, in list order
 * @param programs  sanctions programmes, e.g. {@code DPRK3}, {@code RUSSIA-EO14024}
 * @param countries ISO 3166 alpha-2 codes of the entry's addresses and nationality, as far as the list gives them
 * @param imoNumbers a vessel's IMO numbers (seven digits), matched exactly wherever a text gives one
 * @param details   name parts, countries with their roles, dates of birth, identifiers and remarks, as far as the
 *                  list gives them
 */
public record Entity(String id, EntityType type, String name, List<Alias> aliases, List<String> programs,
                     List<String> countries, List<String> imoNumbers, EntityDetails details) {
    /** An entry without identifiers. */
    public Entity(String id, EntityType type, String name, List<Alias> aliases, List<String> programs,
                  List<String> countries) {
        this(id, type, name, aliases, programs, countries, List.of());
    }

    /** An entry the list says nothing more about than its names, programmes, countries and IMO numbers. */
    public Entity(String id, EntityType type, String name, List<Alias> aliases, List<String> programs,
                  List<String> countries, List<String> imoNumbers) {
        this(id, type, name, aliases, programs, countries, imoNumbers, EntityDetails.NONE);
    }

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = PackedAliases.of(aliases);
        programs = List.copyOf(programs);
        countries = List.copyOf(countries);
        imoNumbers = List.copyOf(imoNumbers);
        details = details == null ? EntityDetails.NONE : details;
    }

    /**
     * Equal as a record is, component by component; written out rather than left to the record's own, which a
     * cold start links at its first call through method handles for this record and each it holds (the details,
     * their country roles, the aliases): 32 ms of the first scan's CPU with Lambda's flags (105 against 73), where the
     * surname pass puts the entries it found in a set (bench/README.md, "The list's scanner at a cold start").
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Entity e && id.equals(e.id) && type == e.type && name.equals(e.name)
                && aliases.equals(e.aliases) && programs.equals(e.programs) && countries.equals(e.countries)
                && imoNumbers.equals(e.imoNumbers) && details.equals(e.details);
    }

    /**
     * The id's hash: a list's entries differ by id, so this tells them apart as well as a hash of every name,
     * detail and remark, without reading them ({@code ofac-sdn:35096} hashes as that string does).
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /**
     * A hash of the aliases' names, kinds and weakness, read from the bytes they are kept in, without making each
     * alias: what a matcher's index of the list is checked against at a cold start, where making the 17,091 aliases of
     * the SDN list cost 20 ms of CPU with Lambda's flags. Equal alias lists hash alike.
     */
    public int aliasesHash() {
        return PackedAliases.bytesHash(aliases);
    }

    /**
     * Every name of the entry, its primary name first, then its aliases' as listed, weak ones too: {@code
     * names()} of MKRTYCHEV, Ashot is {@code ["MKRTYCHEV, Ashot", "MKRTYCEV, Asot"]}.
     */
    public List<String> names() {
        List<String> names = new ArrayList<>(1 + aliases.size());
        names.add(name);
        for (Alias a : aliases) {
            names.add(a.name());
        }
        return names;
    }

    /**
     * The entry's primary name and its aliases but the weak ones (the remarks' nicknames and short names), as listed:
     * {@code strongNames()} of an entry with a weak alias 'SASHA' leaves 'SASHA' out.
     */
    public List<String> strongNames() {
        List<String> names = new ArrayList<>(1 + aliases.size());
        names.add(name);
        for (Alias a : aliases) {
            if (!a.weak()) {
                names.add(a.name());
            }
        }
        return names;
    }

    /** The source part of the id: {@code ofac-sdn} of {@code ofac-sdn:41736} (empty for an id without one). */
    public String source() {
        int colon = id.indexOf(':');
        return colon < 0 ? "" : id.substring(0, colon);
    }
}
