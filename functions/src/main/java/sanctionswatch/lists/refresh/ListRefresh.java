package sanctionswatch.lists.refresh;

import sanctionswatch.lists.Entity;
import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.CompiledWatchlist;
import sanctionswatch.lists.formats.ListFiles;
import sanctionswatch.text.Digests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Refreshes the lists: downloads each source, reads it, checks it against its previous entries with the
 * {@link ListGuard}, and publishes a new compiled version when anything changed. A source that cannot be downloaded or
 * read, or that the guard refuses, keeps its previous entries: a bad download never replaces a good list.
 *
 * <p>Entries belong to a source by the prefix of their ids ({@code ofac-sdn:…}); the entries a source gives replace
 * exactly the previous entries with the same prefixes.
 */
public final class ListRefresh {
    private static final DateTimeFormatter VERSION_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final List<ListSource> sources;
    private final ListDownloader downloader;
    private final ListFiles files;
    private final ListVersions versions;
    private final ListGuard guard;
    private final Watchlist initial;
    private final Function<Watchlist, byte[]> indexer;
    private final Clock clock;

    /**
     * @param initial what the first refresh checks against when no version was published yet (the bundled list)
     * @param indexer the matcher's index of a version, stored beside it so that a scanner's cold start reads it
     *                rather than indexing the list
     */
    public ListRefresh(List<ListSource> sources, ListDownloader downloader, ListFiles files, ListVersions versions,
                       ListGuard guard, Watchlist initial, Function<Watchlist, byte[]> indexer, Clock clock) {
        this.sources = List.copyOf(sources);
        this.downloader = downloader;
        this.files = files;
        this.versions = versions;
        this.guard = guard;
        this.initial = initial;
        this.indexer = indexer;
        this.clock = clock;
    }

    public RefreshReport run() throws IOException {
        Optional<ListVersion> current = versions.current();
        Watchlist previous = current.isPresent() ? versions.load(current.get()) : initial;
        List<RefreshReport.SourceResult> results = new ArrayList<>();
        Map<String, Watchlist> accepted = new LinkedHashMap<>();
        Set<String> acceptedPrefixes = new HashSet<>();
        Path work = Files.createTempDirectory("lists");
        try {
            for (ListSource source : sources) {
                Path folder = Files.createDirectory(work.resolve(String.valueOf(results.size())));
                Watchlist candidate;
                try {
                    candidate = files.read(downloader.download(source, folder)).list();
                } catch (IOException | ListFormatException e) {
                    // Files are named as served ("sdn.csv:2: …"), not by where this run put them.
                    String why = String.valueOf(e.getMessage()).replace(folder + folder.getFileSystem().getSeparator(), "");
                    results.add(new RefreshReport.SourceResult(source.name(), RefreshReport.Status.FAILED, 0, why));
                    continue;
                }
                Set<String> prefixes = prefixes(candidate);
                Optional<String> clash = prefixes.stream().filter(acceptedPrefixes::contains).findFirst();
                if (clash.isPresent()) {
                    results.add(new RefreshReport.SourceResult(source.name(), RefreshReport.Status.FAILED,
                            candidate.size(), "its entries (" + clash.get() + ":…) are another source's"));
                    continue;
                }
                ListGuard.Verdict verdict = guard.check(only(previous, prefixes), candidate);
                if (!verdict.accepted()) {
                    results.add(new RefreshReport.SourceResult(source.name(), RefreshReport.Status.REFUSED,
                            candidate.size(), verdict.reason()));
                    continue;
                }
                accepted.put(source.name(), candidate);
                acceptedPrefixes.addAll(prefixes);
                results.add(new RefreshReport.SourceResult(source.name(), RefreshReport.Status.ACCEPTED,
                        candidate.size(), verdict.reason()));
            }
        } finally {
            delete(work);
        }
        List<Entity> merged = new ArrayList<>();
        accepted.values().forEach(list -> merged.addAll(list.entities()));
        previous.entities().stream().filter(e -> !acceptedPrefixes.contains(e.source())).forEach(merged::add);
        Watchlist next = new Watchlist(merged);
        byte[] compiled = compile(next);
        String sha = Digests.sha256(compiled);
        if (current.isPresent() && current.get().sha256().equals(sha)) {
            return new RefreshReport(RefreshReport.Outcome.UNCHANGED, current.get(), results, WatchlistDiff.NONE);
        }
        WatchlistDiff diff = WatchlistDiff.between(previous, next);
        String id = VERSION_TIME.format(clock.instant()) + "-" + sha.substring(0, 8);
        Map<String, Integer> bySource = new LinkedHashMap<>();
        next.entities().forEach(e -> bySource.merge(e.source(), 1, Integer::sum));
        byte[] index = indexer.apply(next);
        ListVersion version = new ListVersion(id, "lists/" + id + ".swl", sha, compiled.length, next.size(),
                bySource, clock.instant().toString(), diff.summary(), current.map(ListVersion::version).orElse(null),
                false, Digests.sha256(index));
        versions.publish(version, compiled, index, current.map(ListVersion::version).orElse(null));
        return new RefreshReport(RefreshReport.Outcome.UPDATED, version, results, diff);
    }

    private static byte[] compile(Watchlist list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            CompiledWatchlist.write(list, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Set<String> prefixes(Watchlist list) {
        Set<String> prefixes = new HashSet<>();
        list.entities().forEach(e -> prefixes.add(e.source()));
        return prefixes;
    }

    private static Watchlist only(Watchlist list, Set<String> prefixes) {
        return new Watchlist(list.entities().stream().filter(e -> prefixes.contains(e.source())).toList());
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
