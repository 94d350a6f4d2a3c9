package sanctionswatch.watchlist;

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
 */
public record Entity(String id, EntityType type, String name, List<Alias> aliases, List<String> programs,
                     List<String> countries, List<String> imoNumbers) {
    /** An entry without identifiers. */
    public Entity(String id, EntityType type, String name, List<Alias> aliases, List<String> programs,
                  List<String> countries) {
        this(id, type, name, aliases, programs, countries, List.of());
    }

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        programs = List.copyOf(programs);
        countries = List.copyOf(countries);
        imoNumbers = List.copyOf(imoNumbers);
    }
}
