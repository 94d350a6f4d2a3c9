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
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the EU's consolidated financial sanctions file (FSF, XML export schema: {@code <export>} of
 * {@code <sanctionEntity>} with {@code euReferenceNumber}, {@code <regulation programme>}, {@code <subjectType code>},
 * {@code <nameAlias>} with its parts and {@code strong}, {@code <citizen>}, {@code <birthdate>},
 * {@code <identification>}, {@code <address>} and {@code <remark>}). Ids are {@code eu-fsf:<euReferenceNumber>}
 * ({@code eu-fsf:EU.27.28}), or the entity's {@code logicalId} where it has no reference; the first name alias is the
 * primary name; a name alias marked {@code strong="false"} is weak.
 */
public final class EuFsfXml {
    public static final String SOURCE = "eu-fsf";

    private final Countries countries;

    public EuFsfXml(Countries countries) {
        this.countries = countries;
    }

    public Watchlist read(InputStream in, String file) {
        List<Entity> entities = new ArrayList<>();
        ListXml.read(in, file, "export", "an EU financial sanctions file", (x, name) -> {
            if (name.equals("sanctionEntity")) {
                entities.add(entity(x, file));
            }
        });
        return new Watchlist(entities);
    }

    private Entity entity(XMLStreamReader x, String file) throws XMLStreamException {
        long startLine = ListXml.line(x);
        String reference = ListXml.attribute(x, "euReferenceNumber");
        String logicalId = ListXml.attribute(x, "logicalId");
        String id = reference != null ? reference : logicalId;
        EntityBuilder b = new EntityBuilder(SOURCE + ":" + id);
        if (reference != null && logicalId != null) {
            // The legacy XML knew the entry by its logicalId alone (EuLegacyXml): the same entry, in either format.
            b.identifier(new EntityDetails.Identifier(EntityDetails.LISTED_AS, SOURCE + ":" + logicalId, ""));
        }
        String unId = ListXml.attribute(x, "unitedNationId");
        if (unId != null) {
            b.identifier(new EntityDetails.Identifier(EntityDetails.LISTED_AS, UnScXml.SOURCE + ":" + unId, ""));
        }
        int depth = 0;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    break;
                }
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            switch (x.getLocalName()) {
                case "subjectType" -> b.type("person".equals(ListXml.attribute(x, "code")) ? EntityType.PERSON
                        : EntityType.ORGANISATION);
                case "regulation" -> b.program(ListXml.attribute(x, "programme"));
                case "nameAlias" -> {
                    String whole = ListXml.attribute(x, "wholeName");
                    if (whole == null) {
                        continue;
                    }
                    if (b.name() == null) {
                        b.name(whole);
                    } else if (!whole.equals(b.name())) {
                        b.alias(new Alias(whole, Alias.Kind.AKA, "false".equals(ListXml.attribute(x, "strong"))));
                    }
                    String given = ListXml.attribute(x, "firstName");
                    String family = ListXml.attribute(x, "lastName");
                    if (given != null || family != null) {
                        b.nameParts(new EntityDetails.NameParts(whole, given, ListXml.attribute(x, "middleName"),
                                family));
                    }
                }
                case "citizen" -> role(x, EntityDetails.Role.CITIZENSHIP, b, true);
                case "address" -> role(x, EntityDetails.Role.ADDRESS, b, true);
                case "birthdate" -> {
                    String date = ListXml.attribute(x, "birthdate");
                    String year = ListXml.attribute(x, "year");
                    b.birthDate(date != null ? date : year);
                    role(x, EntityDetails.Role.BIRTH, b, false);
                }
                case "identification" -> {
                    String number = ListXml.attribute(x, "number");
                    if (number != null) {
                        String kind = ListXml.attribute(x, "identificationTypeDescription");
                        String country = ListXml.attribute(x, "countryIso2Code");
                        b.identifier(new EntityDetails.Identifier(kind == null ? "Identification" : kind, number,
                                known(country) ? country : ""));
                    }
                }
                case "remark" -> {
                    b.remark(ListXml.text(x));
                    depth--;
                }
                default -> { }
            }
        }
        if (b.name() == null) {
            throw new ListFormatException(file, startLine, "<sanctionEntity> without a nameAlias wholeName");
        }
        if (id == null) {
            throw new ListFormatException(file, startLine, "<sanctionEntity> without euReferenceNumber or logicalId");
        }
        return b.build();
    }

    /** "00" is the file's code for a country not known. */
    private static boolean known(String code) {
        return code != null && code.length() == 2 && !code.equals("00");
    }

    private void role(XMLStreamReader x, EntityDetails.Role role, EntityBuilder b, boolean listed) {
        String code = ListXml.attribute(x, "countryIso2Code");
        if (known(code) && countries.byCode(code).isPresent()) {
            b.country(code, role, listed);
        }
    }
}
