package sanctionswatch.lists.formats;

import sanctionswatch.country.Countries;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityBuilder;
import sanctionswatch.lists.EntityDetails;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.Watchlist;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the EU's consolidated list in the XML the EU published before the FSF export v1.1 ({@code global.xml}: root
 * {@code <WHOLE Date>}, then {@code <ENTITY Id Type programme remark>} with {@code <NAME>} (its {@code WHOLENAME},
 * {@code FIRSTNAME}, {@code MIDDLENAME}, {@code LASTNAME}), {@code <BIRTH>} ({@code DATE}, {@code COUNTRY}),
 * {@code <CITIZEN>}, {@code <ADDRESS>} and {@code <PASSPORT>}; countries as ISO alpha-3 codes). {@code Type} P is a
 * person, E an entity. Ids are {@code eu-fsf:<Id>}: the entity's {@code logicalId} of the v1.1 export, which
 * {@link EuFsfXml} gives its entries as {@link EntityDetails#LISTED_AS}, so the two formats of one entry link. The
 * first name is the primary one ("Robert Gabriel Mugabe", {@code eu-fsf:1} of 11 Feb 2016).
 */
public final class EuLegacyXml {
    private static final Map<String, String> ALPHA2 = alpha2ByAlpha3();

    private final Countries countries;

    public EuLegacyXml(Countries countries) {
        this.countries = countries;
    }

    public Watchlist read(InputStream in, String file) {
        List<Entity> entities = new ArrayList<>();
        ListXml.read(in, file, "WHOLE", "an EU consolidated list (legacy XML)", (x, name) -> {
            if (name.equals("ENTITY")) {
                entities.add(entity(x, file));
            }
        });
        return new Watchlist(entities);
    }

    private Entity entity(XMLStreamReader x, String file) throws XMLStreamException {
        long startLine = ListXml.line(x);
        String id = ListXml.attribute(x, "Id");
        String type = ListXml.attribute(x, "Type");
        if (id == null || !("P".equals(type) || "E".equals(type))) {
            throw new ListFormatException(file, startLine, "<ENTITY> without " + (id == null ? "Id" : "Type P or E"));
        }
        EntityBuilder b = new EntityBuilder(EuFsfXml.SOURCE + ":" + id)
                .type("P".equals(type) ? EntityType.PERSON : EntityType.ORGANISATION)
                .program(ListXml.attribute(x, "programme"));
        b.remark(ListXml.attribute(x, "remark"));
        // The child being read (NAME, BIRTH, …) and its fields, filed at its end tag.
        String section = null;
        Map<String, String> f = new HashMap<>();
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                String tag = x.getLocalName();
                if (tag.equals("ENTITY")) {
                    break;
                }
                if (tag.equals(section)) {
                    section(section, f, b);
                    section = null;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String tag = x.getLocalName();
            if (section == null) {
                section = tag;
                f.clear();
            } else {
                String v = ListXml.text(x);
                if (v != null) {
                    f.put(tag, v);
                }
            }
        }
        if (b.name() == null) {
            throw new ListFormatException(file, startLine, "<ENTITY Id=\"" + id + "\"> has no NAME");
        }
        return b.build();
    }

    private void section(String section, Map<String, String> f, EntityBuilder b) {
        switch (section) {
            case "NAME" -> {
                String given = f.get("FIRSTNAME");
                String middle = f.get("MIDDLENAME");
                String last = f.get("LASTNAME");
                String whole = f.get("WHOLENAME");
                if (whole == null) {
                    whole = String.join(" ", java.util.stream.Stream.of(given, middle, last)
                            .filter(java.util.Objects::nonNull).toList());
                }
                if (whole.isEmpty()) {
                    return;
                }
                String name = whole;
                if (b.name() == null) {
                    b.name(name);
                } else {
                    b.aliasOnce(new Alias(name, Alias.Kind.AKA, false));
                }
                if (given != null || last != null) {
                    b.nameParts(new EntityDetails.NameParts(name, given, middle, last));
                }
            }
            case "BIRTH" -> {
                b.birthDate(f.get("DATE"));
                country(f.get("COUNTRY"), EntityDetails.Role.BIRTH, false, b);
            }
            case "CITIZEN" -> country(f.get("COUNTRY"), EntityDetails.Role.CITIZENSHIP, true, b);
            case "ADDRESS" -> country(f.get("COUNTRY"), EntityDetails.Role.ADDRESS, true, b);
            case "PASSPORT" -> {
                // "AD001095 (passport-National passport) ((passport))": the number, then what it is.
                String number = f.get("NUMBER");
                if (number != null) {
                    int bracket = number.indexOf(" (");
                    String value = (bracket > 0 ? number.substring(0, bracket) : number).strip();
                    String code = f.get("COUNTRY") == null ? null : ALPHA2.get(f.get("COUNTRY"));
                    if (!value.isEmpty()) {
                        b.identifier(new EntityDetails.Identifier("Passport", value, code == null ? "" : code));
                    }
                }
            }
            default -> { }
        }
    }

    private void country(String alpha3, EntityDetails.Role role, boolean listed, EntityBuilder b) {
        String code = alpha3 == null ? null : ALPHA2.get(alpha3.strip().toUpperCase(Locale.ROOT));
        if (code != null && countries.byCode(code).isPresent()) {
            b.country(code, role, listed);
        }
    }

    /** ISO 3166 alpha-3 to alpha-2, from the JDK's own table ("IRQ" → "IQ"). */
    private static Map<String, String> alpha2ByAlpha3() {
        Map<String, String> map = new HashMap<>();
        for (String a2 : Locale.getISOCountries()) {
            try {
                map.put(new Locale("", a2).getISO3Country(), a2);
            } catch (MissingResourceException e) {
                // A code without an alpha-3 form is none the list writes.
            }
        }
        return Map.copyOf(map);
    }
}
