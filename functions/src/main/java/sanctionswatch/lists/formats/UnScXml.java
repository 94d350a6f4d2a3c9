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
 * Reads the UN Security Council Consolidated List (official XML, schema {@code sc-sanctions.xsd}): individuals and
 * entities, their aliases (quality "Low" marks a weak one), nationalities, address and birth countries, dates of
 * birth, documents and comments. Ids are
 * {@code un-sc:<REFERENCE_NUMBER>} ({@code un-sc:KPi.033}); the programme is the {@code UN_LIST_TYPE} (DPRK,
 * Al-Qaida, …). A DOCTYPE is refused, as in every XML this system reads.
 */
public final class UnScXml {
    public static final String SOURCE = "un-sc";

    private final Countries countries;

    public UnScXml(Countries countries) {
        this.countries = countries;
    }

    /** Reads the list from {@code in}; {@code file} names it in errors. */
    public Watchlist read(InputStream in, String file) {
        List<Entity> entities = new ArrayList<>();
        ListXml.read(in, file, "CONSOLIDATED_LIST", "a UN consolidated list", (x, name) -> {
            if (name.equals("INDIVIDUAL") || name.equals("ENTITY")) {
                entities.add(record(x, file, name));
            }
        });
        return new Watchlist(entities);
    }

    /** One {@code <INDIVIDUAL>} or {@code <ENTITY>}, read to its end tag. */
    private Entity record(XMLStreamReader x, String file, String kind) throws XMLStreamException {
        long startLine = ListXml.line(x);
        String[] nameParts = new String[4];
        String reference = null;
        String listType = null;
        // The reference number is known only once read: the id is set then.
        EntityBuilder b = new EntityBuilder(SOURCE + ":");
        List<EntityDetails.Identifier> documents = new ArrayList<>(1);
        String aliasQuality = null;
        String section = null;
        String documentType = null;
        String documentNumber = null;
        String documentCountry = null;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals(kind)) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String tag = x.getLocalName();
            switch (tag) {
                case "FIRST_NAME" -> nameParts[0] = ListXml.text(x);
                case "SECOND_NAME" -> nameParts[1] = ListXml.text(x);
                case "THIRD_NAME" -> nameParts[2] = ListXml.text(x);
                case "FOURTH_NAME" -> nameParts[3] = ListXml.text(x);
                case "REFERENCE_NUMBER" -> reference = ListXml.text(x);
                case "UN_LIST_TYPE" -> listType = ListXml.text(x);
                case "NATIONALITY", "INDIVIDUAL_ADDRESS", "ENTITY_ADDRESS", "INDIVIDUAL_PLACE_OF_BIRTH",
                     "INDIVIDUAL_DATE_OF_BIRTH" -> section = tag;
                case "INDIVIDUAL_DOCUMENT" -> {
                    section = tag;
                    documentType = null;
                    documentNumber = null;
                    documentCountry = null;
                }
                case "TYPE_OF_DOCUMENT" -> documentType = ListXml.text(x);
                case "NUMBER" -> {
                    documentNumber = ListXml.text(x);
                    if (documentNumber != null) {
                        documents.add(new EntityDetails.Identifier(documentType == null ? "Document" : documentType,
                                documentNumber, ""));
                    }
                }
                case "ISSUING_COUNTRY" -> {
                    documentCountry = ListXml.text(x);
                    int last = documents.size() - 1;
                    if (documentCountry != null && documentNumber != null && last >= 0) {
                        String code = countries.codeForName(documentCountry).orElse("");
                        EntityDetails.Identifier d = documents.get(last);
                        documents.set(last, new EntityDetails.Identifier(d.type(), d.value(), code));
                    }
                }
                case "DATE" -> {
                    String v = ListXml.text(x);
                    if ("INDIVIDUAL_DATE_OF_BIRTH".equals(section)) {
                        b.birthDate(v);
                    }
                }
                case "YEAR", "FROM_YEAR" -> {
                    String v = ListXml.text(x);
                    if ("INDIVIDUAL_DATE_OF_BIRTH".equals(section) && v != null && b.birthDates().stream()
                            .noneMatch(d -> d.startsWith(v))) {
                        b.birthDate(v);
                    }
                }
                case "COMMENTS1" -> b.remark(ListXml.text(x));
                case "INDIVIDUAL_ALIAS", "ENTITY_ALIAS" -> {
                    section = tag;
                    aliasQuality = null;
                }
                case "QUALITY" -> aliasQuality = ListXml.text(x);
                case "ALIAS_NAME" -> {
                    String alias = ListXml.text(x);
                    if (alias != null) {
                        b.alias(new Alias(alias, Alias.Kind.AKA, "Low".equalsIgnoreCase(aliasQuality)));
                    }
                }
                case "VALUE" -> {
                    String v = ListXml.text(x);
                    if ("NATIONALITY".equals(section) && v != null) {
                        countries.codeForName(v).ifPresent(code -> b.country(code, EntityDetails.Role.NATIONALITY,
                                true));
                    }
                }
                case "COUNTRY" -> {
                    String v = ListXml.text(x);
                    if (section != null && section.endsWith("_ADDRESS") && v != null) {
                        countries.codeForName(v).ifPresent(code -> b.country(code, EntityDetails.Role.ADDRESS,
                                true));
                    } else if ("INDIVIDUAL_PLACE_OF_BIRTH".equals(section) && v != null) {
                        countries.codeForName(v).ifPresent(code -> b.country(code, EntityDetails.Role.BIRTH,
                                false));
                    }
                }
                default -> { }
            }
        }
        StringBuilder name = new StringBuilder();
        for (String part : nameParts) {
            if (part != null) {
                name.append(name.length() == 0 ? "" : " ").append(part);
            }
        }
        if (reference == null || name.length() == 0) {
            throw new ListFormatException(file, startLine, "<" + kind + "> without "
                    + (reference == null ? "REFERENCE_NUMBER" : "FIRST_NAME"));
        }
        documents.forEach(b::identifier);
        // No name parts: the UN numbers them (FIRST_NAME … FOURTH_NAME) without saying which is the family name.
        return b.id(SOURCE + ":" + reference).type(kind.equals("INDIVIDUAL") ? EntityType.PERSON
                : EntityType.ORGANISATION).name(name.toString()).program(listType).build();
    }
}
