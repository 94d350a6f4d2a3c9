package sanctionswatch.lists.formats;

import sanctionswatch.country.Countries;
import sanctionswatch.json.Json;
import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.Watchlist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a list from a path, whatever its format, told by what is there: a folder (or its {@code sdn.csv} /
 * {@code cons_prim.csv}) of OFAC legacy CSV files, the SDN list or the consolidated non-SDN lists; an XML file, told
 * by its root element: OFAC's {@code sdn.xml} ({@code sdnList}), {@code SDN_ADVANCED.xml} ({@code Sanctions}) and
 * Enhanced XML ({@code sanctionsData}), the EU financial sanctions file ({@code export}) and its legacy form
 * ({@code WHOLE}), the FCDO's UK Sanctions List ({@code Designations}), the UN Security Council consolidated list;
 * another {@code .csv}, told by its first line: the US Consolidated Screening List ({@code _id,source,…}), else the
 * UK's OFSI consolidated list; OpenSanctions FollowTheMoney JSON lines ({@code .json}, {@code .jsonl},
 * {@code .ftm.json}, delta files included), or a folder of a collection's {@code entities.ftm.json} and the delta
 * files published after it; a compiled list ({@code .swl}, {@link CompiledWatchlist}). Names are
 * compared in any case: OFAC serves {@code CONS_ENHANCED.XML}.
 */
public final class ListFiles {
    /** The formats read. */
    public enum Format {
        OFAC_SDN_CSV, OFAC_CONSOLIDATED_CSV, OFAC_SDN_XML, OFAC_ADVANCED_XML, OFAC_ENHANCED_XML, UN_SC_XML, EU_FSF_XML,
        EU_LEGACY_XML, UK_OFSI_CSV, UK_SANCTIONS_LIST_XML, US_CSL_CSV, FTM_JSON, COMPILED
    }

    /**
     * What one path held.
     *
     * @param path    the path read
     * @param format  its format
     * @param list    the entries
     * @param skipped records of kinds that are not list entries (FtM addresses, sanctions, …)
     * @param records the records of each list the file counts apart, where it gathers several (the US CSL: 14,160
     *                records, {@code us-csl-el} 2,001 of them); empty otherwise
     */
    public record Loaded(Path path, Format format, Watchlist list, int skipped, Map<String, Integer> records) {
        public Loaded {
            records = Map.copyOf(records);
        }

        public Loaded(Path path, Format format, Watchlist list, int skipped) {
            this(path, format, list, skipped, Map.of());
        }
    }

    /** An OpenSanctions collection's full version. */
    private static final String FTM_FULL = "entities.ftm.json";

    private final Countries countries;

    public ListFiles(Countries countries) {
        this.countries = countries;
    }

    /**
     * Reads what {@code path} holds.
     *
     * <p>Example: {@code read(Path.of("us_csl_202205/consolidated.csv"))} is {@link Format#US_CSL_CSV}, 14,160
     * records in 14,159 entries (one CAPTA record is given twice).
     *
     * @throws ListFormatException when the path holds no list this reads, or a broken one: with the file and line
     */
    public Loaded read(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new ListFormatException(path.toString(), 0, "no such file or folder");
        }
        Path folder = Files.isDirectory(path) ? path : path.getParent();
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(path) && Files.isRegularFile(path.resolve(FTM_FULL))) {
            return openSanctions(path);
        }
        if (Files.isDirectory(path) || name.equals("sdn.csv") || name.equals("cons_prim.csv")) {
            boolean consolidated = Files.isRegularFile(folder.resolve("cons_prim.csv"));
            Format format = consolidated ? Format.OFAC_CONSOLIDATED_CSV : Format.OFAC_SDN_CSV;
            Watchlist list = new OfacSdnCsv(consolidated ? "ofac-cons" : "ofac-sdn", countries).read(folder);
            return new Loaded(path, format, list, 0);
        }
        String file = path.toString();
        if (name.endsWith(".csv")) {
            String text = text(path);
            if (text.startsWith("_id,source,") || text.startsWith("\uFEFF_id,source,")) {
                UsCslCsv.Result r = new UsCslCsv(countries).read(new StringReader(text), file);
                return new Loaded(path, Format.US_CSL_CSV, r.list(), 0, r.records());
            }
            return new Loaded(path, Format.UK_OFSI_CSV, new UkConListCsv(countries).read(new StringReader(text), file),
                    0);
        }
        if (name.endsWith(".xml")) {
            // Told by the root element: each publication has its own.
            String root = ListXml.rootElement(path);
            String ofac = name.startsWith("cons") ? "ofac-cons" : "ofac-sdn";
            try (InputStream in = Files.newInputStream(path)) {
                return switch (root) {
                    case "sdnList" -> new Loaded(path, Format.OFAC_SDN_XML,
                            new OfacSdnXml(ofac, countries).read(in, file), 0);
                    case "Sanctions" -> new Loaded(path, Format.OFAC_ADVANCED_XML,
                            new OfacAdvancedXml(ofac).read(in, file), 0);
                    case "sanctionsData" -> new Loaded(path, Format.OFAC_ENHANCED_XML,
                            new OfacEnhancedXml(ofac, countries).read(in, file), 0);
                    case "export" -> new Loaded(path, Format.EU_FSF_XML, new EuFsfXml(countries).read(in, file), 0);
                    case "WHOLE" -> new Loaded(path, Format.EU_LEGACY_XML, new EuLegacyXml(countries).read(in, file),
                            0);
                    case "Designations" -> new Loaded(path, Format.UK_SANCTIONS_LIST_XML,
                            new UkSanctionsListXml(countries).read(in, file), 0);
                    default -> new Loaded(path, Format.UN_SC_XML, new UnScXml(countries).read(in, file), 0);
                };
            }
        }
        if (name.endsWith(".swl")) {
            try (InputStream in = Files.newInputStream(path)) {
                return new Loaded(path, Format.COMPILED, CompiledWatchlist.read(in, file), 0);
            }
        }
        if (name.endsWith(".json") || name.endsWith(".jsonl")) {
            try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                FtmJson.Result r = new FtmJson().read(in, file);
                return new Loaded(path, Format.FTM_JSON, r.list(), r.skipped());
            }
        }
        throw new ListFormatException(file, 0, "not a list format this reads: give an OFAC CSV folder "
                + "(sdn.csv or cons_prim.csv), an OFAC, EU, UK or UN .xml, the UK's ConList.csv, the US CSL's "
                + "consolidated.csv, OpenSanctions FtM .json lines, or a compiled .swl");
    }

    /**
     * An OpenSanctions collection as published: {@code entities.ftm.json}, and the delta files of later runs in
     * folders named by version ({@code 20240527194702-wnk/entities.delta.json}), applied in version order. Where
     * {@code index.json} gives the full version's own {@code version}, only later deltas are applied.
     */
    private Loaded openSanctions(Path folder) throws IOException {
        String fullVersion = "";
        Path index = folder.resolve("index.json");
        if (Files.isRegularFile(index)) {
            fullVersion = Json.mapper().readTree(index.toFile()).path("version").asText("");
        }
        List<Path> deltas = new ArrayList<>();
        try (Stream<Path> versions = Files.list(folder)) {
            for (Path v : versions.filter(Files::isDirectory).sorted().toList()) {
                Path delta = v.resolve("entities.delta.json");
                if (Files.isRegularFile(delta) && v.getFileName().toString().compareTo(fullVersion) > 0) {
                    deltas.add(delta);
                }
            }
        }
        FtmJson.Result r = new FtmJson().read(folder.resolve(FTM_FULL), deltas);
        return new Loaded(folder, Format.FTM_JSON, r.list(), r.skipped());
    }

    /**
     * A CSV file's text: UTF-8 where it is that, else Windows-1252, the encoding OFSI wrote its ConList.csv in (0x92
     * for the ’ of "People’s Republic"), which no byte sequence fails to decode.
     */
    private static String text(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
