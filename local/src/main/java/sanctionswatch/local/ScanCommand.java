package sanctionswatch.local;

import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertService;
import sanctionswatch.alert.FileWatchStore;
import sanctionswatch.alert.InMemoryAlerts;
import sanctionswatch.alert.Watch;
import sanctionswatch.alert.WatchEvaluator;
import sanctionswatch.alert.Watches;
import sanctionswatch.article.ArticleIds;
import sanctionswatch.article.ArticleText;
import sanctionswatch.article.InMemoryArticleStore;
import sanctionswatch.country.Countries;
import sanctionswatch.feeds.FeedItem;
import sanctionswatch.functions.Settings;
import sanctionswatch.functions.Wiring;
import sanctionswatch.http.FetchException;
import sanctionswatch.http.FetchPolicy;
import sanctionswatch.http.HttpFetcher;
import sanctionswatch.json.Json;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.ListFormatException;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.ListFiles;
import sanctionswatch.match.CountryMention;
import sanctionswatch.match.Mention;
import sanctionswatch.scan.ArticleScanner;
import sanctionswatch.scan.ScanService;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code scan}: the main job on the embedded default: bundled list, in-memory store, alerts on the console. The
 * watches are the defaults (RU+KP), those of the local file {@code watch} keeps when AWS is not set up
 * ({@link WatchPlace}), and any {@code --watch}; pages are fetched under the functions' fetch policy.
 */
final class ScanCommand {
    private static final String NOT_TEXT = "not UTF-8 text (scan reads text and HTML files in UTF-8)";

    private ScanCommand() {}

    /** An input that could not be scanned: the line that says why, after {@code sanctions-watch: }. */
    private static final class InputFailure extends Exception {
        InputFailure(String line) {
            super(line);
        }
    }

    /**
     * What the command line asks: {@code scan --json --list sdn/ --watch name:Ashot Mkrtychev story.txt} is the
     * input {@code story.txt}, the list {@code sdn/}, the watch {@code name-ashot-mkrtychev}, in JSON lines.
     */
    private record Request(List<String> inputs, List<Path> lists, List<Watch> watches, boolean json,
                           boolean explain) {}

    /**
     * Scans each input in turn, printed as it is done; an input that cannot be scanned says why on {@code err} and
     * the others go on. Exit status 0, or 1 when the lists or any input could not be read.
     */
    static int run(List<String> args, PrintStream out, PrintStream err, Map<String, String> env, Path workingDir)
            throws Main.UsageException {
        Request request = parse(args, workingDir);
        ArticleScanner scanner;
        try {
            scanner = scanner(request.lists());
        } catch (ListFormatException | IOException e) {
            err.println("sanctions-watch: cannot read the list: " + e.getMessage());
            return 1;
        }
        Settings settings = new Settings(env);
        HttpFetcher fetcher = Wiring.fetcher(settings);
        InMemoryAlerts alerts = watches(WatchPlace.of(env, workingDir), request.watches());
        // The alerts are printed from each outcome; nothing is published.
        ScanService service = new ScanService(() -> scanner, fetcher, new InMemoryArticleStore(), alerts,
                new WatchEvaluator(Countries.bundled()), new AlertService(alerts, alert -> { }));
        int failed = 0;
        for (String input : request.inputs()) {
            try {
                ScanService.Outcome o = isUrl(input) ? scanUrl(service, fetcher, settings.fetchPolicy(), input)
                        : scanFile(service, input, workingDir.resolve(input));
                print(out, request, input, o);
            } catch (InputFailure e) {
                err.println("sanctions-watch: " + e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static Request parse(List<String> args, Path workingDir) throws Main.UsageException {
        boolean json = false;
        boolean explain = false;
        List<Path> lists = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        List<Watch> extra = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--json" -> json = true;
                case "--explain" -> explain = true;
                case "--list" -> lists.add(workingDir.resolve(value(args, ++i, "--list")));
                case "--watch" -> {
                    try {
                        extra.add(Watches.parse(value(args, ++i, "--watch"), null));
                    } catch (IllegalArgumentException e) {
                        throw new Main.UsageException(e.getMessage());
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new Main.UsageException("unknown option " + a);
                    }
                    inputs.add(a);
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new Main.UsageException("scan needs at least one FILE or URL");
        }
        return new Request(inputs, lists, extra, json, explain);
    }

    /** The bundled list with its index, read rather than built, as the functions start; or the lists given. */
    private static ArticleScanner scanner(List<Path> lists) throws IOException {
        return lists.isEmpty() ? ArticleScanner.bundled() : ArticleScanner.of(readLists(lists));
    }

    private static void print(PrintStream out, Request request, String input, ScanService.Outcome o) {
        if (request.json()) {
            out.println(Json.write(toJson(input, o)));
        } else {
            printHuman(out, input, o, request.explain());
        }
    }

    /**
     * The watches of this run, in memory: the local file's when watches are kept in one (read, never written; with
     * the defaults unless removed there), else the defaults; then those of {@code --watch}.
     */
    private static InMemoryAlerts watches(WatchPlace place, List<Watch> extra) {
        InMemoryAlerts alerts = new InMemoryAlerts();
        if (!place.inTable()) {
            FileWatchStore file = new FileWatchStore(place.file());
            file.list().forEach(alerts::put);
            if (file.defaultsSeeded()) {
                alerts.markDefaultsSeeded();
            }
        }
        Watches.current(alerts);
        extra.forEach(alerts::put);
        return alerts;
    }

    static String value(List<String> args, int i, String option) throws Main.UsageException {
        if (i >= args.size()) {
            throw new Main.UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    static Watchlist readLists(List<Path> paths) throws IOException {
        List<Entity> all = new ArrayList<>();
        ListFiles files = new ListFiles(Countries.bundled());
        for (Path p : paths) {
            all.addAll(files.read(p).list().entities());
        }
        return new Watchlist(all);
    }

    /** A scheme before {@code ://}: a URL, fetched or refused, never taken for a file name. */
    private static boolean isUrl(String input) {
        return input.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*://.*");
    }

    /**
     * A page: refused with the policy's reason (scheme, port, address) and what would let it through, or fetched and
     * scanned; a page that cannot be had fails, as there is no feed summary to fall back on.
     */
    private static ScanService.Outcome scanUrl(ScanService service, HttpFetcher fetcher, FetchPolicy policy,
                                               String input) throws InputFailure {
        URI uri;
        try {
            uri = new URI(input);
        } catch (URISyntaxException e) {
            throw new InputFailure(input + ": not a URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
        try {
            policy.check(uri);
        } catch (FetchException e) {
            throw new InputFailure(e.getMessage() + remedy(policy, uri, e));
        }
        FeedItem item = new FeedItem(input, "", null, "", null, input, ArticleIds.of(input));
        ArticleText text = ArticleText.of(item, fetcher);
        if (text.error() != null) {
            String why = text.error().startsWith(uri + ": ") ? text.error().substring(uri.toString().length() + 2)
                    : text.error();
            throw new InputFailure(input + ": page not read: " + why);
        }
        return service.scan(item, text, service.watches());
    }

    /** What lets a refused URL through: a file path for another scheme, FETCH_ADMIT when admitting would. */
    private static String remedy(FetchPolicy policy, URI uri, FetchException refusal) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "; give a local file by its path";
        }
        if (refusal.getCause() != null || uri.getHost() == null) {
            return "";
        }
        int port = FetchPolicy.port(uri);
        try {
            policy.admitting(uri.getHost(), port).check(uri);
            return "; to fetch it all the same, set FETCH_ADMIT=" + uri.getHost() + ":" + port;
        } catch (FetchException stillRefused) {
            return "";
        }
    }

    /** A text file (the first line is the title) or an HTML file, in UTF-8. */
    private static ScanService.Outcome scanFile(ScanService service, String input, Path file) throws InputFailure {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputFailure(input + ": no such file");
        } catch (CharacterCodingException e) {
            throw new InputFailure(input + ": " + NOT_TEXT);
        } catch (IOException e) {
            throw new InputFailure(input + ": " + (Files.isDirectory(file) ? "a directory, not a file"
                    : Main.oneLine(e)));
        }
        if (text.indexOf('\0') >= 0) {
            throw new InputFailure(input + ": " + NOT_TEXT);
        }
        String lower = input.toLowerCase(Locale.ROOT);
        boolean html = lower.endsWith(".html") || lower.endsWith(".htm");
        return service.scan(input, html ? ArticleText.ofHtml(text) : ArticleText.ofPlainText(text));
    }

    /** The {@code --json} line: the contract documented in the README. */
    static Map<String, Object> toJson(String source, ScanService.Outcome o) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("source", source);
        doc.put("title", o.article().title());
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (Mention m : o.scan().mentions()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("entityId", m.entity().id());
            j.put("name", m.entity().name());
            j.put("matched", m.matched());
            j.put("start", m.start());
            j.put("end", m.end());
            j.put("score", m.score());
            j.put("programs", m.entity().programs());
            j.put("rule", m.rule().label());
            j.put("evidence", m.evidence());
            mentions.add(j);
        }
        doc.put("mentions", mentions);
        doc.put("countries", o.scan().countries());
        List<Map<String, Object>> countryMentions = new ArrayList<>();
        for (CountryMention c : o.scan().countryMentions()) {
            countryMentions.add(Map.of("code", c.code(), "text", c.text(), "start", c.start(), "end", c.end()));
        }
        doc.put("countryMentions", countryMentions);
        List<Map<String, Object>> alerts = new ArrayList<>();
        for (Alert a : o.alerts()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("watch", a.watchId());
            j.put("reason", a.reason());
            j.put("quote", a.quote());
            alerts.add(j);
        }
        doc.put("alerts", alerts);
        return doc;
    }

    private static void printHuman(PrintStream out, String source, ScanService.Outcome o, boolean explain) {
        out.println(source + (o.article().title().isBlank() ? "" : " — " + o.article().title()));
        Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
        for (Mention m : o.scan().mentions()) {
            byEntity.computeIfAbsent(m.entity().id(), k -> new ArrayList<>()).add(m);
        }
        out.println("  " + byEntity.size() + " list " + (byEntity.size() == 1 ? "entry" : "entries") + ", "
                + o.scan().mentions().size() + " mentions");
        byEntity.forEach((id, ms) -> {
            Entity e = ms.get(0).entity();
            out.printf("  %-16s %s  [%s]%n", id, e.name(), String.join(", ", e.programs()));
            for (Mention m : ms) {
                out.printf("      “%s” at %d–%d  %s %.2f%n", m.matched(), m.start(), m.end(), m.rule().label(),
                        m.score());
                if (explain) {
                    out.println("          " + m.rule().meaning() + (m.evidence().isEmpty() ? "" : "; "
                            + m.evidence()));
                }
            }
        });
        out.println("  countries: " + String.join(" ", o.scan().countries()));
        for (Alert a : o.alerts()) {
            out.println("  ALERT " + a.watchId() + ": " + a.reason());
            out.println("        “" + a.quote() + "”");
        }
    }
}
