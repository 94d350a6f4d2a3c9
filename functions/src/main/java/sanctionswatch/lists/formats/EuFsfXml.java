package sanctionswatch.lists.formats;

import sanctionswatch.country.Countries;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityDetails;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.Watchlist;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
        EntityType type = null;
        String primary = null;
        List<Alias> aliases = new ArrayList<>();
        List<EntityDetails.NameParts> parts = new ArrayList<>();
        Set<String> programs = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        Set<EntityDetails.CountryRole> roles = new LinkedHashSet<>();
        List<String> dates = new ArrayList<>();
        List<EntityDetails.Identifier> ids = new ArrayList<>();
        List<String> remarks = new ArrayList<>();
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
                case "subjectType" -> type = "person".equals(ListXml.attribute(x, "code")) ? EntityType.PERSON
                        : EntityType.ORGANISATION;
                case "regulation" -> {
                    String programme = ListXml.attribute(x, "programme");
                    if (programme != null) {
                        programs.add(programme);
                    }
                }
                case "nameAlias" -> {
                    String whole = ListXml.attribute(x, "wholeName");
                    if (whole == null) {
                        continue;
                    }
                    if (primary == null) {
                        primary = whole;
                    } else if (!whole.equals(primary)) {
                        aliases.add(new Alias(whole, Alias.Kind.AKA, "false".equals(ListXml.attribute(x, "strong"))));
                    }
                    String given = ListXml.attribute(x, "firstName");
                    String family = ListXml.attribute(x, "lastName");
                    if (given != null || family != null) {
                        parts.add(new EntityDetails.NameParts(whole, given, ListXml.attribute(x, "middleName"),
                                family));
                    }
                }
                case "citizen" -> role(x, EntityDetails.Role.CITIZENSHIP, codes, roles, true);
                case "address" -> role(x, EntityDetails.Role.ADDRESS, codes, roles, true);
                case "birthdate" -> {
                    String date = ListXml.attribute(x, "birthdate");
                    String year = ListXml.attribute(x, "year");
                    if (date != null || year != null) {
                        dates.add(date != null ? date : year);
                    }
                    role(x, EntityDetails.Role.BIRTH, codes, roles, false);
                }
                case "identification" -> {
                    String number = ListXml.attribute(x, "number");
                    if (number != null) {
                        String kind = ListXml.attribute(x, "identificationTypeDescription");
                        String country = ListXml.attribute(x, "countryIso2Code");
                        ids.add(new EntityDetails.Identifier(kind == null ? "Identification" : kind, number,
                                known(country) ? country : ""));
                    }
                }
                case "remark" -> {
                    String remark = ListXml.text(x);
                    depth--;
                    if (remark != null) {
                        remarks.add(remark);
                    }
                }
                default -> { }
            }
        }
        if (primary == null) {
            throw new ListFormatException(file, startLine, "<sanctionEntity> without a nameAlias wholeName");
        }
        String id = reference != null ? reference : logicalId;
        if (id == null) {
            throw new ListFormatException(file, startLine, "<sanctionEntity> without euReferenceNumber or logicalId");
        }
        EntityDetails details = new EntityDetails(parts, List.copyOf(roles), dates, ids, String.join(" ", remarks));
        return new Entity(SOURCE + ":" + id, type == null ? EntityType.ORGANISATION : type, primary, aliases,
                List.copyOf(programs), List.copyOf(codes), List.of(), details.isEmpty() ? EntityDetails.NONE : details);
    }

    /** "00" is the file's code for a country not known. */
    private static boolean known(String code) {
        return code != null && code.length() == 2 && !code.equals("00");
    }

    private void role(XMLStreamReader x, EntityDetails.Role role, Set<String> codes,
                      Set<EntityDetails.CountryRole> roles, boolean listed) {
        String code = ListXml.attribute(x, "countryIso2Code");
        if (!known(code) || countries.byCode(code).isEmpty()) {
            return;
        }
        roles.add(new EntityDetails.CountryRole(code, role));
        if (listed) {
            codes.add(code);
        }
    }
}
