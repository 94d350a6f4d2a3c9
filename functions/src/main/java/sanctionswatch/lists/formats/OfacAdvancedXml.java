package sanctionswatch.lists.formats;

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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads OFAC's advanced XML publication ({@code SDN_ADVANCED.xml}, root {@code <Sanctions>}): the reference value
 * sets that give meaning to its numeric ids (party sub-types, alias types, name part types), then each
 * {@code <DistinctParty>}'s profile (its sub-type, its identity's aliases: the primary one, a.k.a., f.k.a., n.k.a.,
 * low-quality ones as weak, each documented name's parts), then the {@code <SanctionsEntries>} that give each profile
 * its programmes. Ids are {@code ofac-sdn:<FixedRef>}, as the CSV's ent_num; names are written as the CSV writes
 * them ("LAST, First"). The profiles' features (dates of birth, addresses, documents) are not read.
 */
public final class OfacAdvancedXml {
    private final String source;

    public OfacAdvancedXml(String source) {
        this.source = source;
    }

    /** A profile as read, before the sanctions entries give it its programmes. */
    private static final class Party {
        String fixedRef;
        String subType;
        long line;
        final List<String[]> names = new ArrayList<>(); // {alias type id, low quality, part group ids…, values…}
        final Map<String, String> groupType = new HashMap<>();
    }

    public Watchlist read(InputStream in, String file) {
        Map<String, String> subTypes = new HashMap<>();
        Map<String, String> partyTypeOfSubType = new HashMap<>();
        Map<String, String> partyTypes = new HashMap<>();
        Map<String, String> aliasTypes = new HashMap<>();
        Map<String, String> partTypes = new HashMap<>();
        Map<String, Party> byProfile = new LinkedHashMap<>();
        Map<String, Set<String>> programs = new HashMap<>();
        ListXml.read(in, file, "Sanctions", "an OFAC advanced XML list", (x, name) -> {
            switch (name) {
                case "PartySubType" -> {
                    String id = x.getAttributeValue(null, "ID");
                    partyTypeOfSubType.put(id, x.getAttributeValue(null, "PartyTypeID"));
                    subTypes.put(id, ListXml.text(x));
                }
                case "PartyType" -> partyTypes.put(x.getAttributeValue(null, "ID"), ListXml.text(x));
                case "AliasType" -> aliasTypes.put(x.getAttributeValue(null, "ID"), ListXml.text(x));
                case "NamePartType" -> partTypes.put(x.getAttributeValue(null, "ID"), ListXml.text(x));
                case "DistinctParty" -> {
                    Party p = party(x, file);
                    byProfile.put(p.fixedRef, p);
                }
                case "SanctionsEntry" -> entry(x, programs);
                default -> { }
            }
        });
        // OFAC's files name a person's and an entity's sub-type "Unknown", of the party types Individual and Entity.
        partyTypeOfSubType.forEach((id, partyType) -> {
            if ("Unknown".equalsIgnoreCase(subTypes.get(id)) && partyTypes.containsKey(partyType)) {
                subTypes.put(id, partyTypes.get(partyType));
            }
        });
        List<Entity> entities = new ArrayList<>(byProfile.size());
        for (Party p : byProfile.values()) {
            entities.add(entity(p, subTypes, aliasTypes, partTypes,
                    programs.getOrDefault(p.fixedRef, Set.of()), file));
        }
        return new Watchlist(entities);
    }

    private Party party(XMLStreamReader x, String file) throws XMLStreamException {
        Party p = new Party();
        p.line = ListXml.line(x);
        p.fixedRef = x.getAttributeValue(null, "FixedRef");
        List<String> groups = null;
        List<String> values = null;
        String aliasType = null;
        String lowQuality = null;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                String tag = x.getLocalName();
                if (tag.equals("DistinctParty")) {
                    break;
                }
                if (tag.equals("DocumentedName") && values != null && !values.isEmpty()) {
                    List<String> row = new ArrayList<>();
                    row.add(aliasType);
                    row.add(lowQuality);
                    row.add(String.valueOf(values.size()));
                    row.addAll(groups);
                    row.addAll(values);
                    p.names.add(row.toArray(new String[0]));
                    values = null;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (x.getLocalName()) {
                case "Profile" -> p.subType = x.getAttributeValue(null, "PartySubTypeID");
                case "Alias" -> {
                    aliasType = x.getAttributeValue(null, "AliasTypeID");
                    lowQuality = x.getAttributeValue(null, "LowQuality");
                }
                case "DocumentedName" -> {
                    groups = new ArrayList<>();
                    values = new ArrayList<>();
                }
                case "NamePartValue" -> {
                    String group = x.getAttributeValue(null, "NamePartGroupID");
                    String value = ListXml.text(x);
                    if (values != null && value != null) {
                        groups.add(group);
                        values.add(value);
                    }
                }
                case "NamePartGroup" -> p.groupType.put(x.getAttributeValue(null, "ID"),
                        x.getAttributeValue(null, "NamePartTypeID"));
                default -> { }
            }
        }
        if (p.fixedRef == null || p.names.isEmpty()) {
            throw new ListFormatException(file, p.line, "<DistinctParty> without "
                    + (p.fixedRef == null ? "FixedRef" : "a documented name"));
        }
        return p;
    }

    /** A sanctions entry: its profile, and the programmes its measures name. */
    private static void entry(XMLStreamReader x, Map<String, Set<String>> programs) throws XMLStreamException {
        String profile = x.getAttributeValue(null, "ProfileID");
        Set<String> found = programs.computeIfAbsent(profile, k -> new LinkedHashSet<>());
        boolean program = false;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("SanctionsEntry")) {
                return;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (x.getLocalName().equals("SanctionsMeasure")) {
                // Type 1 is "Program"; other measures (blocking, …) carry no programme.
                program = "1".equals(x.getAttributeValue(null, "SanctionsTypeID"));
            } else if (x.getLocalName().equals("Comment") && program) {
                String v = ListXml.text(x);
                if (v != null) {
                    found.add(v);
                }
            }
        }
    }

    private Entity entity(Party p, Map<String, String> subTypes, Map<String, String> aliasTypes,
                          Map<String, String> partTypes, Set<String> programs, String file) {
        String subType = String.valueOf(subTypes.get(p.subType)).toLowerCase(Locale.ROOT);
        EntityType type = switch (subType) {
            case "individual" -> EntityType.PERSON;
            case "entity" -> EntityType.ORGANISATION;
            case "vessel" -> EntityType.VESSEL;
            case "aircraft" -> EntityType.AIRCRAFT;
            default -> throw new ListFormatException(file, p.line, "party sub-type " + p.subType + " ('"
                    + subTypes.get(p.subType) + "') is not one this reads");
        };
        EntityBuilder b = new EntityBuilder(source + ":" + p.fixedRef).type(type).programs(List.copyOf(programs));
        for (String[] row : p.names) {
            int n = Integer.parseInt(row[2]);
            Map<String, String> byType = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String partType = String.valueOf(partTypes.get(p.groupType.get(row[3 + i]))).toLowerCase(Locale.ROOT);
                byType.merge(partType, row[3 + n + i], (a, c) -> a + " " + c);
            }
            String last = byType.remove("last name");
            String first = byType.remove("first name");
            String middle = byType.remove("middle name");
            String rest = String.join(" ", byType.values());
            String given = String.join(" ", Stream.of(first, middle, rest.isEmpty() ? null : rest)
                    .filter(Objects::nonNull).toList());
            String name = last == null ? given : given.isEmpty() ? last : last + ", " + given;
            if (last != null && first != null) {
                b.nameParts(new EntityDetails.NameParts(name, first, middle, last));
            }
            String aliasType = String.valueOf(aliasTypes.get(row[0])).toLowerCase(Locale.ROOT);
            if (aliasType.equals("name") && b.name() == null) {
                b.name(name);
            } else if (!name.equals(b.name())) {
                b.alias(new Alias(name, aliasType.startsWith("f.k.a") ? Alias.Kind.FKA
                        : aliasType.startsWith("n.k.a") ? Alias.Kind.NKA : Alias.Kind.AKA, "true".equals(row[1])));
            }
        }
        if (b.name() == null) {
            throw new ListFormatException(file, p.line, "<DistinctParty FixedRef=\"" + p.fixedRef
                    + "\"> has no primary name");
        }
        return b.build();
    }
}
