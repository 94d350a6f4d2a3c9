package sanctionswatch.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What every list reader gathers about one entry while it reads, in one place: the readers differ in where a list
 * writes a fact, not in what an entry is. Facts given twice are kept once (the UK's ConList repeats a target's date of
 * birth on the row of each of its names), in the order first given. One builder per entry, filled while its records
 * are read and then built once.
 *
 * <pre>{@code
 * EntityBuilder b = new EntityBuilder("uk-ofsi:14688");
 * b.type(EntityType.PERSON);
 * b.name("SOYKO, Victor Vladimirovich");
 * b.alias(new Alias("SOJKO, Viktor Vladimirovitj", Alias.Kind.AKA, false));
 * b.country("BY", EntityDetails.Role.NATIONALITY, true);
 * b.birthDate("1971-07-03");
 * Entity soyko = b.build();   // countries [BY], details with the nationality and the date
 * }</pre>
 */
public final class EntityBuilder {
    private String id;
    private EntityType type;
    private String name;
    private final List<Alias> aliases = new ArrayList<>(2);
    private final Set<String> programs = new LinkedHashSet<>(2);
    private final Set<String> countries = new LinkedHashSet<>(2);
    private final Set<String> imoNumbers = new LinkedHashSet<>(1);
    private final List<EntityDetails.NameParts> nameParts = new ArrayList<>(1);
    private final Set<EntityDetails.CountryRole> roles = new LinkedHashSet<>(2);
    private final Set<String> birthDates = new LinkedHashSet<>(1);
    private final Set<EntityDetails.Identifier> identifiers = new LinkedHashSet<>(1);
    private final StringBuilder remarks = new StringBuilder();
    private String title = "";

    /** @param id the entry's id, {@code <source>:<id>} ({@code ofac-sdn:41736}) */
    public EntityBuilder(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public String id() {
        return id;
    }

    /** The id, where a list gives it only after the facts (OFAC's XML may write an entry's uid after its names). */
    public EntityBuilder id(String id) {
        this.id = Objects.requireNonNull(id, "id");
        return this;
    }

    public EntityBuilder type(EntityType type) {
        this.type = type;
        return this;
    }

    public EntityType type() {
        return type;
    }

    /** The primary name; a later call replaces it. */
    public EntityBuilder name(String name) {
        this.name = name;
        return this;
    }

    /** The primary name given so far, or null. */
    public String name() {
        return name;
    }

    public EntityBuilder alias(Alias alias) {
        aliases.add(alias);
        return this;
    }

    /**
     * An alias, unless the entry already has that name, as its primary name or an alias: the UK's ConList repeats a
     * target's names on the rows of each regime.
     */
    public EntityBuilder aliasOnce(Alias alias) {
        if (!alias.name().equals(name) && aliases.stream().noneMatch(a -> a.name().equals(alias.name()))) {
            aliases.add(alias);
        }
        return this;
    }

    public List<Alias> aliases() {
        return aliases;
    }

    /** A programme; null or blank is no programme. */
    public EntityBuilder program(String program) {
        if (program != null && !program.isBlank()) {
            programs.add(program.strip());
        }
        return this;
    }

    public EntityBuilder programs(List<String> programs) {
        programs.forEach(this::program);
        return this;
    }

    /**
     * A country of the entry, with what it is to it; {@code listed} when it is also one of the entry's countries
     * ({@link Entity#countries()}: its addresses and nationality, not where it was born).
     */
    public EntityBuilder country(String code, EntityDetails.Role role, boolean listed) {
        roles.add(new EntityDetails.CountryRole(code, role));
        if (listed) {
            countries.add(code);
        }
        return this;
    }

    /** One of the entry's countries that the list gives no role. */
    public EntityBuilder country(String code) {
        countries.add(code);
        return this;
    }

    public EntityBuilder imoNumber(String number) {
        imoNumbers.add(number);
        return this;
    }

    public EntityBuilder nameParts(EntityDetails.NameParts parts) {
        if (!nameParts.contains(parts)) {
            nameParts.add(parts);
        }
        return this;
    }

    /** The parts of the primary name, which go before those of the aliases. */
    public EntityBuilder primaryNameParts(EntityDetails.NameParts parts) {
        nameParts.remove(parts);
        nameParts.add(0, parts);
        return this;
    }

    /** A date of birth, as much of an ISO date as the list gives ({@code 1962}, {@code 1962-12-12}). */
    public EntityBuilder birthDate(String date) {
        if (date != null && !date.isBlank()) {
            birthDates.add(date);
        }
        return this;
    }

    public List<String> birthDates() {
        return List.copyOf(birthDates);
    }

    public EntityBuilder identifier(EntityDetails.Identifier identifier) {
        identifiers.add(identifier);
        return this;
    }

    /** The positions the list gives the person, as written ("President of the Syrian Arab Republic"). */
    public EntityBuilder title(String title) {
        this.title = title == null ? "" : title;
        return this;
    }

    /** The entry's remarks; a second call adds to them after a space. */
    public EntityBuilder remark(String remark) {
        if (remark != null && !remark.isEmpty()) {
            if (!remarks.isEmpty()) {
                remarks.append(' ');
            }
            remarks.append(remark);
        }
        return this;
    }

    /** Whether remarks were given. */
    public boolean hasRemarks() {
        return !remarks.isEmpty();
    }

    /**
     * The entry. An entry given no primary name takes its first alias for one (the UK's ConList lists some targets
     * by aliases only); one given no type is an organisation, as OFAC leaves the type of an entity empty.
     *
     * @throws IllegalStateException when no name at all was given: a reader checks that first, to say where
     */
    public Entity build() {
        String primary = name;
        List<Alias> rest = aliases;
        if (primary == null) {
            if (aliases.isEmpty()) {
                throw new IllegalStateException(id + " has no name");
            }
            primary = aliases.get(0).name();
            rest = aliases.subList(1, aliases.size());
        }
        EntityDetails details = new EntityDetails(nameParts, List.copyOf(roles), List.copyOf(birthDates),
                List.copyOf(identifiers), remarks.toString(), title);
        return new Entity(id, type == null ? EntityType.ORGANISATION : type, primary, rest, List.copyOf(programs),
                List.copyOf(countries), List.copyOf(imoNumbers), details.isEmpty() ? EntityDetails.NONE : details);
    }
}
