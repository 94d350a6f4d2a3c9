package sanctionswatch.lists.refresh;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A list to refresh: a name for reports and the URLs of its files, downloaded together and read as one list (the
 * OFAC CSV trio is three files). The format is told from the files' names, as {@link ListFiles} tells it.
 *
 * @param name what reports call it ({@code ofac-sdn})
 * @param urls its files
 */
public record ListSource(String name, List<URI> urls) {
    /**
     * The official publications: the OFAC SDN trio and the consolidated non-SDN lists (treasury.gov, which redirects
     * to OFAC's Sanctions List Service) and the UN Security Council consolidated list.
     */
    public static final String OFFICIAL = "ofac-sdn=https://www.treasury.gov/ofac/downloads/sdn.csv"
            + " https://www.treasury.gov/ofac/downloads/alt.csv https://www.treasury.gov/ofac/downloads/add.csv;"
            + " ofac-cons=https://www.treasury.gov/ofac/downloads/consolidated/cons_prim.csv"
            + " https://www.treasury.gov/ofac/downloads/consolidated/cons_alt.csv"
            + " https://www.treasury.gov/ofac/downloads/consolidated/cons_add.csv;"
            + " un-sc=https://scsanctions.un.org/resources/xml/en/consolidated.xml";

    public ListSource {
        Objects.requireNonNull(name, "name");
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("list source " + name + " has no URL");
        }
    }

    /**
     * Reads sources written {@code name=url url …; name=url …} (URLs separated by spaces or commas, sources by
     * semicolons or new lines). A name given twice, a URL that is not absolute http(s), or a source without URLs is
     * refused with what is wrong.
     */
    public static List<ListSource> parse(String spec) {
        List<ListSource> sources = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (String part : spec.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("a list source is written name=url …, not '" + part.strip() + "'");
            }
            String name = part.substring(0, eq).strip();
            if (!names.add(name)) {
                throw new IllegalArgumentException("list source " + name + " is given twice");
            }
            List<URI> urls = new ArrayList<>();
            for (String u : part.substring(eq + 1).strip().split("[,\\s]+")) {
                if (u.isEmpty()) {
                    continue;
                }
                URI uri = URI.create(u);
                if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new IllegalArgumentException("list source " + name + ": '" + u
                            + "' is not an http(s) URL");
                }
                urls.add(uri);
            }
            sources.add(new ListSource(name, urls));
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no list source given");
        }
        return List.copyOf(sources);
    }

    /** The file a URL is saved as: the last segment of its path, lower-cased (OFAC serves {@code SDN.CSV} too). */
    public static String fileName(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (last.isEmpty()) {
            throw new IllegalArgumentException(url + " names no file");
        }
        return last;
    }
}
