package sanctionswatch.lists.formats;

import sanctionswatch.country.Countries;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityBuilder;
import sanctionswatch.lists.EntityDetails;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.Watchlist;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads OFAC's legacy CSV trio: {@code sdn.csv} (entries), {@code alt.csv} (aliases) and {@code add.csv}
 * (addresses, for countries). Ids are {@code <source>:<ent_num>}; the source is {@code ofac-sdn} for the SDN list.
 */
public final class OfacSdnCsv {
    private static final String EMPTY = "-0-";
    private static final String BUNDLED = "/sanctionswatch/lists/ofac_sdn/";
    /** The consolidated (non-SDN) lists' file prefix. */
    private static final String CONSOLIDATED = "cons_";
    /** The remarks continued, of the SDN list ({@code cons_comments.csv} of the consolidated lists). */
    private static final String COMMENTS = "sdn_comments.csv";
    /** Where OFAC cuts an entry's remarks in {@code sdn.csv}, to go on in {@code sdn_comments.csv}. */
    static final int REMARKS_CUT = 1000;

    private final String source;
    private final Countries countries;

    public OfacSdnCsv(String source, Countries countries) {
        this.source = source;
        this.countries = countries;
    }

    /** The OFAC SDN snapshot shipped inside the jar (see {@code ofac_sdn/SOURCES.md} beside the files). */
    public static Watchlist bundled() {
        OfacSdnCsv reader = new OfacSdnCsv("ofac-sdn", Countries.bundled());
        try (Reader sdn = resource("sdn.csv"); Reader alt = resource("alt.csv"); Reader add = resource("add.csv");
             Reader comments = optionalResource(COMMENTS)) {
            return reader.read(sdn, "sdn.csv", alt, "alt.csv", add, "add.csv", comments, COMMENTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads {@code sdn.csv} and, when present beside it, {@code alt.csv}, {@code add.csv} and {@code sdn_comments.csv}
     * from a folder; or the consolidated non-SDN lists, {@code cons_prim.csv} with {@code cons_alt.csv},
     * {@code cons_add.csv} and {@code cons_comments.csv}, in the same layouts.
     */
    public Watchlist read(Path folder) throws IOException {
        boolean consolidated = Files.isRegularFile(folder.resolve(CONSOLIDATED + "prim.csv"));
        Path sdn = folder.resolve(consolidated ? CONSOLIDATED + "prim.csv" : "sdn.csv");
        Path alt = folder.resolve(consolidated ? CONSOLIDATED + "alt.csv" : "alt.csv");
        Path add = folder.resolve(consolidated ? CONSOLIDATED + "add.csv" : "add.csv");
        Path comments = folder.resolve(consolidated ? CONSOLIDATED + "comments.csv" : COMMENTS);
        if (!Files.isRegularFile(sdn)) {
            throw new ListFormatException(folder.toString(), 0,
                    "no sdn.csv or cons_prim.csv here: not an OFAC legacy CSV folder");
        }
        try (Reader s = open(sdn); Reader a = Files.exists(alt) ? open(alt) : Reader.nullReader();
             Reader d = Files.exists(add) ? open(add) : Reader.nullReader();
             Reader c = Files.exists(comments) ? open(comments) : Reader.nullReader()) {
            return read(s, sdn.toString(), a, alt.toString(), d, add.toString(), c, comments.toString());
        }
    }

    public Watchlist read(Reader sdn, String sdnName, Reader alt, String altName, Reader add, String addName) {
        return read(sdn, sdnName, alt, altName, add, addName, Reader.nullReader(), COMMENTS);
    }

    /**
     * Reads the trio and {@code sdn_comments.csv} ({@code ent_num, remarks continued}): OFAC cuts the remarks of
     * {@code sdn.csv} at {@value #REMARKS_CUT} characters and writes the rest there, to be joined as they stand
     * (ofac-cons:17014's "… Registration Numbe" goes on "r 1027700342890 (Russia); …"). Without it, the last item
     * of a cut entry's remarks is left out of its facts: it may have lost its end.
     */
    public Watchlist read(Reader sdn, String sdnName, Reader alt, String altName, Reader add, String addName,
                          Reader comments, String commentsName) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        CsvRecords.read(sdn, sdnName, row -> {
            List<String> f = expect(row, sdnName, 12);
            String num = f.get(0);
            if (entries.containsKey(num)) {
                throw new ListFormatException(sdnName, row.line(), "ent_num " + num + " appears twice");
            }
            Entry e = new Entry(new EntityBuilder(source + ":" + number(num, sdnName, row.line())));
            e.builder.type(type(f.get(2))).name(required(f.get(1), "SDN_Name", sdnName, row.line()))
                    .programs(programs(f.get(3)));
            String remarks = value(f.get(11));
            if (remarks != null) {
                e.remarks = remarks;
            }
            String title = value(f.get(4));
            if (title != null) {
                e.builder.title(title);
            }
            e.callSign = value(f.get(5));
            e.flag = value(f.get(9));
            entries.put(num, e);
        });
        CsvRecords.read(comments, commentsName, row -> {
            List<String> f = expect(row, commentsName, 2);
            Entry e = known(entries, f.get(0), commentsName, row.line());
            e.remarks += f.get(1);
            e.continued = true;
        });
        // The remarks are read once whole, continued or not.
        for (Entry e : entries.values()) {
            EntityBuilder b = e.builder;
            if (!e.remarks.isEmpty()) {
                Matcher imo = OfacRemarks.IMO.matcher(e.remarks);
                while (imo.find()) {
                    b.imoNumber(imo.group(1));
                }
                boolean cut = e.remarks.length() >= REMARKS_CUT && !e.continued;
                OfacRemarks.Facts facts = OfacRemarks.parse(e.remarks, cut, countries);
                facts.birthDates().forEach(b::birthDate);
                facts.countries().forEach(r -> b.country(r.code(), r.role(), false));
                facts.identifiers().forEach(b::identifier);
                e.weakAliases = facts.aliases();
                b.remark(e.remarks);
            }
            if (e.callSign != null) {
                b.identifier(new EntityDetails.Identifier("Call Sign", e.callSign, ""));
            }
            if (e.flag != null) {
                countries.codeForName(e.flag).ifPresent(code -> b.country(code, EntityDetails.Role.FLAG, false));
            }
        }
        CsvRecords.read(alt, altName, row -> {
            List<String> f = expect(row, altName, 5);
            Entry e = known(entries, f.get(0), altName, row.line());
            String name = required(f.get(3), "alt_name", altName, row.line());
            e.builder.alias(new Alias(name, aliasKind(f.get(2), altName, row.line()), isWeak(f.get(4))));
        });
        CsvRecords.read(add, addName, row -> {
            List<String> f = expect(row, addName, 6);
            Entry e = known(entries, f.get(0), addName, row.line());
            String country = value(f.get(4));
            if (country != null) {
                countries.codeForName(country).ifPresent(code -> e.builder.country(code, EntityDetails.Role.ADDRESS,
                        true));
            }
        });
        List<Entity> list = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            // After the aliases of alt.csv, as the XML files list the weak ones after the others.
            e.weakAliases.forEach(e.builder::aliasOnce);
            list.add(e.builder.build());
        }
        return new Watchlist(list);
    }

    /** An entry being read, and what its remarks need before they are read once whole. */
    private static final class Entry {
        final EntityBuilder builder;
        String remarks = "";
        /** Whether {@code sdn_comments.csv} continued the remarks. */
        boolean continued;
        String callSign;
        String flag;
        /** The weak aliases the remarks give ({@link OfacRemarks.Facts#aliases}). */
        List<Alias> weakAliases = List.of();

        Entry(EntityBuilder builder) {
            this.builder = builder;
        }
    }

    private static List<String> expect(CsvRecords.Row row, String file, int columns) {
        if (row.fields().size() != columns) {
            throw new ListFormatException(file, row.line(),
                    "expected " + columns + " columns, found " + row.fields().size());
        }
        return row.fields();
    }

    private static Entry known(Map<String, Entry> entries, String num, String file, long line) {
        Entry b = entries.get(num);
        if (b == null) {
            throw new ListFormatException(file, line, "ent_num " + num + " is not in the SDN file");
        }
        return b;
    }

    private static String number(String num, String file, long line) {
        if (num.isEmpty() || !num.chars().allMatch(Character::isDigit)) {
            throw new ListFormatException(file, line, "ent_num is not a number: '" + num + "'");
        }
        return num;
    }

    private static String value(String field) {
        return field.isEmpty() || field.equals(EMPTY) ? null : field;
    }

    private static String required(String field, String column, String file, long line) {
        String v = value(field);
        if (v == null) {
            throw new ListFormatException(file, line, column + " is empty");
        }
        return v;
    }

    private static EntityType type(String field) {
        String v = value(field);
        if (v == null) {
            return EntityType.ORGANISATION;
        }
        return switch (v) {
            case "individual" -> EntityType.PERSON;
            case "vessel" -> EntityType.VESSEL;
            case "aircraft" -> EntityType.AIRCRAFT;
            default -> EntityType.ORGANISATION;
        };
    }

    private static List<String> programs(String field) {
        String v = value(field);
        if (v == null) {
            return List.of();
        }
        return Arrays.stream(v.split("\\] \\[")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Alias.Kind aliasKind(String field, String file, long line) {
        String v = value(field);
        if (v == null) {
            return Alias.Kind.AKA;
        }
        return switch (v.toLowerCase()) {
            case "aka" -> Alias.Kind.AKA;
            case "fka" -> Alias.Kind.FKA;
            case "nka" -> Alias.Kind.NKA;
            default -> throw new ListFormatException(file, line, "unknown alt_type '" + v + "'");
        };
    }

    /** OFAC marks low-quality aliases in the alias remarks. */
    private static boolean isWeak(String remarks) {
        String v = value(remarks);
        return v != null && v.toLowerCase().contains("weak");
    }

    private static Reader open(Path p) throws IOException {
        // The legacy files are ASCII; Latin-1 reads any stray byte instead of failing on it.
        return Files.newBufferedReader(p, StandardCharsets.ISO_8859_1);
    }

    /** A bundled file the snapshot may lack: none is read as empty. */
    private static Reader optionalResource(String name) {
        return OfacSdnCsv.class.getResource(BUNDLED + name) == null ? Reader.nullReader() : resource(name);
    }

    private static Reader resource(String name) {
        InputStream in = OfacSdnCsv.class.getResourceAsStream(BUNDLED + name);
        if (in == null) {
            throw new IllegalStateException("missing bundled list file " + BUNDLED + name);
        }
        return new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16);
    }
}
