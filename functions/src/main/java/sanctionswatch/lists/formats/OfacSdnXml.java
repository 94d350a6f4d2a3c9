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
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads OFAC's SDN list in its XML publication ({@code sdn.xml}, schema {@code sdn.xsd}: {@code <sdnList>} of
 * {@code <sdnEntry>} with {@code uid}, {@code firstName}/{@code lastName}, {@code sdnType}, programmes, ids, akas with
 * their category, addresses, nationalities, citizenships, dates and places of birth, vessel information, remarks). The
 * same ids as the CSV files ({@code ofac-sdn:<uid>}) and names written as there ("LAST, First"). The count the file
 * gives in {@code <publshInformation><Record_Count>} is checked against the entries read.
 */
public final class OfacSdnXml {

    private final String source;
    private final Countries countries;

    /** @param source the id prefix: {@code ofac-sdn}, or {@code ofac-cons} for the consolidated list's XML */
    public OfacSdnXml(String source, Countries countries) {
        this.source = source;
        this.countries = countries;
    }

    public Watchlist read(InputStream in, String file) {
        List<Entity> entities = new ArrayList<>();
        long[] declared = {-1};
        ListXml.read(in, file, "sdnList", "an OFAC SDN XML list", (x, name) -> {
            if (name.equals("sdnEntry")) {
                entities.add(entry(x, file));
            } else if (name.equals("Record_Count")) {
                String count = ListXml.text(x);
                try {
                    declared[0] = count == null ? -1 : Long.parseLong(count);
                } catch (NumberFormatException e) {
                    throw new ListFormatException(file, ListXml.line(x), "Record_Count '" + count
                            + "' is not a number");
                }
            }
        });
        if (declared[0] >= 0 && declared[0] != entities.size()) {
            throw new ListFormatException(file, 0, "the file says " + declared[0] + " entries, " + entities.size()
                    + " were read");
        }
        return new Watchlist(entities);
    }

    /** One {@code <sdnEntry>}, read to its end tag. */
    private Entity entry(XMLStreamReader x, String file) throws XMLStreamException {
        long startLine = ListXml.line(x);
        String uid = null;
        String first = null;
        String last = null;
        String sdnType = null;
        String remarks = null;
        // The id is set once read: the child elements' own uids follow the entry's.
        EntityBuilder b = new EntityBuilder(source + ":");
        // Inside an <aka>, <id>, <address>, … the fields of that child, read at its end.
        String child = null;
        String[] f = new String[4];
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                String tag = x.getLocalName();
                if (tag.equals("sdnEntry")) {
                    break;
                }
                if (tag.equals(child)) {
                    child(child, f, b);
                    child = null;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String tag = x.getLocalName();
            switch (tag) {
                case "aka", "id", "address", "nationality", "citizenship", "placeOfBirthItem", "vesselInfo" -> {
                    child = tag;
                    f = new String[4];
                }
                case "uid" -> {
                    // The entry's own uid comes first; those of its ids, akas, dates … follow.
                    String v = ListXml.text(x);
                    if (child == null && uid == null) {
                        uid = v;
                    }
                }
                case "firstName" -> {
                    if (child == null) {
                        first = ListXml.text(x);
                    } else {
                        f[1] = ListXml.text(x);
                    }
                }
                case "lastName" -> {
                    if (child == null) {
                        last = ListXml.text(x);
                    } else {
                        f[0] = ListXml.text(x);
                    }
                }
                case "sdnType" -> sdnType = ListXml.text(x);
                case "program" -> b.program(ListXml.text(x));
                case "remarks" -> remarks = ListXml.text(x);
                case "title" -> b.title(ListXml.text(x));
                case "dateOfBirth" -> OfacRemarks.date(String.valueOf(ListXml.text(x))).ifPresent(b::birthDate);
                // aka: type, category; id: idType, idNumber, idCountry; address/nationality/citizenship: country;
                // place of birth: placeOfBirth; vessel: callSign, vesselFlag.
                case "type", "idType", "placeOfBirth", "callSign" -> f[2] = ListXml.text(x);
                case "category", "idNumber" -> f[3] = ListXml.text(x);
                case "country", "idCountry", "vesselFlag" -> f[0] = tag.equals("country") && "aka".equals(child)
                        ? f[0] : ListXml.text(x);
                default -> { }
            }
        }
        if (uid == null || last == null) {
            throw new ListFormatException(file, startLine, "<sdnEntry> without " + (uid == null ? "uid" : "lastName"));
        }
        EntityBuilder entry = b.id(source + ":" + uid);
        if (remarks != null) {
            Matcher m = OfacRemarks.IMO.matcher(remarks);
            while (m.find()) {
                entry.imoNumber(m.group(1));
            }
            entry.remark(remarks);
        }
        String name = first == null ? last : last + ", " + first;
        if (first != null) {
            entry.primaryNameParts(new EntityDetails.NameParts(name, first, "", last));
        }
        return entry.type(type(sdnType, file, startLine)).name(name).build();
    }

    /** Files what one child element gave: f = {last name or country, first name, type/number kind, category/number}. */
    private void child(String child, String[] f, EntityBuilder b) {
        switch (child) {
            case "aka" -> {
                if (f[0] == null) {
                    return;
                }
                String name = f[1] == null ? f[0] : f[0] + ", " + f[1];
                String kind = f[2] == null ? "" : f[2].toLowerCase(Locale.ROOT);
                b.alias(new Alias(name, kind.startsWith("f.k.a") ? Alias.Kind.FKA
                        : kind.startsWith("n.k.a") ? Alias.Kind.NKA : Alias.Kind.AKA, "weak".equalsIgnoreCase(f[3])));
                if (f[1] != null) {
                    b.nameParts(new EntityDetails.NameParts(name, f[1], "", f[0]));
                }
            }
            case "id" -> {
                if (f[3] == null) {
                    return;
                }
                String type = f[2] == null ? "Identifier" : f[2];
                Matcher m = OfacRemarks.IMO.matcher(f[3]);
                if (m.find()) {
                    b.imoNumber(m.group(1));
                } else if (OfacRemarks.identifierType(type)) {
                    // Not "Executive Order 13662 Directive Determination -": a fact many entries share, no number.
                    b.identifier(new EntityDetails.Identifier(type, f[3],
                            f[0] == null ? "" : countries.codeForName(f[0]).orElse("")));
                }
            }
            case "address" -> role(f[0], EntityDetails.Role.ADDRESS, b, true);
            case "nationality" -> role(f[0], EntityDetails.Role.NATIONALITY, b, true);
            case "citizenship" -> role(f[0], EntityDetails.Role.CITIZENSHIP, b, true);
            case "placeOfBirthItem" -> {
                if (f[2] != null) {
                    role(f[2].substring(f[2].lastIndexOf(',') + 1), EntityDetails.Role.BIRTH, b, false);
                }
            }
            case "vesselInfo" -> {
                if (f[2] != null) {
                    b.identifier(new EntityDetails.Identifier("Call Sign", f[2], ""));
                }
                role(f[0], EntityDetails.Role.FLAG, b, false);
            }
            default -> { }
        }
    }

    private void role(String country, EntityDetails.Role role, EntityBuilder b, boolean listed) {
        if (country == null) {
            return;
        }
        countries.codeForName(country.strip()).ifPresent(code -> b.country(code, role, listed));
    }

    private static EntityType type(String sdnType, String file, long line) {
        return switch (sdnType == null ? "" : sdnType.toLowerCase(Locale.ROOT)) {
            case "individual" -> EntityType.PERSON;
            case "entity" -> EntityType.ORGANISATION;
            case "vessel" -> EntityType.VESSEL;
            case "aircraft" -> EntityType.AIRCRAFT;
            default -> throw new ListFormatException(file, line, "unknown sdnType '" + sdnType + "'");
        };
    }
}
