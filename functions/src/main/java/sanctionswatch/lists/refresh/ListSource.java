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
    /** How a source spec names an OpenSanctions collection instead of URLs. */
    private static final String OPENSANCTIONS = "opensanctions:";

    /**
     * The official publications: the OFAC SDN trio with {@code sdn_comments.csv} (the remarks {@code sdn.csv} cuts at
     * 1,000 characters, continued) and the consolidated non-SDN lists with theirs (treasury.gov, which redirects
     * to OFAC's Sanctions List Service) and the UN Security Council consolidated list.
     */
    public static final String OFFICIAL = "ofac-sdn=https://www.treasury.gov/ofac/downloads/sdn.csv"
            + " https://www.treasury.gov/ofac/downloads/alt.csv https://www.treasury.gov/ofac/downloads/add.csv"
            + " https://www.treasury.gov/ofac/downloads/sdn_comments.csv;"
            + " ofac-cons=https://www.treasury.gov/ofac/downloads/consolidated/cons_prim.csv"
            + " https://www.treasury.gov/ofac/downloads/consolidated/cons_alt.csv"
            + " https://www.treasury.gov/ofac/downloads/consolidated/cons_add.csv"
            + " https://www.treasury.gov/ofac/downloads/consolidated/cons_comments.csv;"
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
            String value = part.substring(eq + 1).strip();
            if (value.startsWith(OPENSANCTIONS)) {
                sources.add(openSanctions(name, value.substring(OPENSANCTIONS.length()).strip()));
                continue;
            }
            for (String u : value.split("[,\\s]+")) {
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

    /**
     * An OpenSanctions collection ({@code sanctions}, {@code default}, …): its current full version
     * ({@code entities.ftm.json}, FollowTheMoney entities) and its {@code index.json}, which names that version, so
     * delta files of later runs saved beside it are applied on reading ({@code ListFiles}). Written in a source spec
     * {@code name=opensanctions:<collection>}: {@code os=opensanctions:sanctions}.
     */
    public static ListSource openSanctions(String name, String collection) {
        if (!collection.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("list source " + name + ": '" + collection
                    + "' is not an OpenSanctions collection name (sanctions, default, …)");
        }
        String base = "https://data.opensanctions.org/datasets/latest/" + collection + "/";
        return new ListSource(name, List.of(URI.create(base + "entities.ftm.json"), URI.create(base + "index.json")));
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
