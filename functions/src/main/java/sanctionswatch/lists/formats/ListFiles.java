package sanctionswatch.lists.formats;

import sanctionswatch.country.Countries;
import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.Watchlist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a list from a path, whatever its format, told by what is there: a folder (or its {@code sdn.csv} /
 * {@code cons_prim.csv}) of OFAC legacy CSV files, the SDN list or the consolidated non-SDN lists; an XML file, told
 * by its root element: OFAC's {@code sdn.xml} ({@code sdnList}) and {@code SDN_ADVANCED.xml} ({@code Sanctions}), the EU financial sanctions file
 * ({@code export}), the UN Security Council consolidated list; another {@code .csv}: the UK's OFSI consolidated list; OpenSanctions FollowTheMoney JSON lines ({@code .json}, {@code .jsonl},
 * {@code .ftm.json}, delta files included); a compiled list ({@code .swl}, {@link CompiledWatchlist}).
 */
public final class ListFiles {
    /** The formats read. */
    public enum Format {
        OFAC_SDN_CSV, OFAC_CONSOLIDATED_CSV, OFAC_SDN_XML, OFAC_ADVANCED_XML, UN_SC_XML, EU_FSF_XML, UK_OFSI_CSV,
        FTM_JSON, COMPILED
    }

    /**
     * What one path held.
     *
     * @param path    the path read
     * @param format  its format
     * @param list    the entries
     * @param skipped records of kinds that are not list entries (FtM addresses, sanctions, …)
     */
    public record Loaded(Path path, Format format, Watchlist list, int skipped) {}

    private final Countries countries;

    public ListFiles(Countries countries) {
        this.countries = countries;
    }

    public Loaded read(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new ListFormatException(path.toString(), 0, "no such file or folder");
        }
        Path folder = Files.isDirectory(path) ? path : path.getParent();
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (Files.isDirectory(path) || name.equals("sdn.csv") || name.equals("cons_prim.csv")) {
            boolean consolidated = Files.isRegularFile(folder.resolve("cons_prim.csv"));
            Format format = consolidated ? Format.OFAC_CONSOLIDATED_CSV : Format.OFAC_SDN_CSV;
            Watchlist list = new OfacSdnCsv(consolidated ? "ofac-cons" : "ofac-sdn", countries).read(folder);
            return new Loaded(path, format, list, 0);
        }
        if (name.endsWith(".csv")) {
            try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                return new Loaded(path, Format.UK_OFSI_CSV, new UkConListCsv(countries).read(in, path.toString()), 0);
            }
        }
        if (name.endsWith(".xml")) {
            // Told by the root element: each publication has its own.
            String root = ListXml.rootElement(path);
            try (InputStream in = Files.newInputStream(path)) {
                return switch (root) {
                    case "sdnList" -> new Loaded(path, Format.OFAC_SDN_XML,
                            new OfacSdnXml(name.startsWith("cons") ? "ofac-cons" : "ofac-sdn", countries)
                                    .read(in, path.toString()), 0);
                    case "Sanctions" -> new Loaded(path, Format.OFAC_ADVANCED_XML,
                            new OfacAdvancedXml(name.startsWith("cons") ? "ofac-cons" : "ofac-sdn")
                                    .read(in, path.toString()), 0);
                    case "export" -> new Loaded(path, Format.EU_FSF_XML, new EuFsfXml(countries).read(in,
                            path.toString()), 0);
                    default -> new Loaded(path, Format.UN_SC_XML, new UnScXml(countries).read(in, path.toString()), 0);
                };
            }
        }
        if (name.endsWith(".swl")) {
            try (InputStream in = Files.newInputStream(path)) {
                return new Loaded(path, Format.COMPILED, CompiledWatchlist.read(in, path.toString()), 0);
            }
        }
        if (name.endsWith(".json") || name.endsWith(".jsonl")) {
            try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                FtmJson.Result r = new FtmJson().read(in, path.toString());
                return new Loaded(path, Format.FTM_JSON, r.list(), r.skipped());
            }
        }
        throw new ListFormatException(path.toString(), 0, "not a list format this reads: give an OFAC CSV folder "
                + "(sdn.csv or cons_prim.csv), an OFAC, EU or UN .xml, the UK's ConList.csv, OpenSanctions FtM .json lines, or a compiled .swl");
    }
}
