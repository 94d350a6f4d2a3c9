package sanctionswatch.local;

import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertService;
import sanctionswatch.alert.InMemoryAlerts;
import sanctionswatch.alert.WatchEvaluator;
import sanctionswatch.alert.Watches;
import sanctionswatch.country.Countries;
import sanctionswatch.feeds.FeedItem;
import sanctionswatch.http.HttpFetcher;
import sanctionswatch.json.Json;
import sanctionswatch.match.CountryMention;
import sanctionswatch.match.Mention;
import sanctionswatch.scan.ArticleScanner;
import sanctionswatch.scan.HtmlText;
import sanctionswatch.scan.ScanService;
import sanctionswatch.store.ArticleIds;
import sanctionswatch.store.InMemoryArticleStore;
import sanctionswatch.watchlist.Entity;
import sanctionswatch.watchlist.ListFiles;
import sanctionswatch.watchlist.CompiledWatchlist;
import sanctionswatch.watchlist.ListFormatException;
import sanctionswatch.watchlist.Watchlist;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code scan}: the main job on the embedded default: bundled list, in-memory store, alerts on the console. */
final class ScanCommand {
    private ScanCommand() {}

    static int run(List<String> args, PrintStream out) throws Exception {
        boolean json = false;
        boolean explain = false;
        List<Path> lists = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        InMemoryAlerts alerts = new InMemoryAlerts();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--json" -> json = true;
                case "--explain" -> explain = true;
                case "--list" -> lists.add(Path.of(value(args, ++i, "--list")));
                case "--watch" -> {
                    try {
                        alerts.put(Watches.parse(value(args, ++i, "--watch"), null));
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
        Watchlist list;
        try {
            list = lists.isEmpty() ? CompiledWatchlist.bundled() : readLists(lists);
        } catch (ListFormatException | IOException e) {
            System.err.println("sanctions-watch: cannot read the list: " + e.getMessage());
            return 1;
        }
        List<Alert> published = new ArrayList<>();
        // The embedded default comes with its index, read rather than built, as the functions start.
        ArticleScanner scanner = lists.isEmpty() ? ArticleScanner.bundled() : ArticleScanner.of(list);
        ScanService service = new ScanService(() -> scanner, HttpFetcher.defaults(),
                new InMemoryArticleStore(), alerts, new WatchEvaluator(Countries.bundled()),
                new AlertService(alerts, published::add));
        int failed = 0;
        for (String input : inputs) {
            ScanService.Outcome o;
            try {
                o = scanOne(service, input);
            } catch (NoSuchFileException e) {
                System.err.println("sanctions-watch: " + input + ": no such file");
                failed++;
                continue;
            } catch (IOException | RuntimeException e) {
                System.err.println("sanctions-watch: " + input + ": " + e.getMessage());
                failed++;
                continue;
            }
            if (json) {
                out.println(Json.write(toJson(input, o)));
            } else {
                printHuman(out, input, o, explain);
            }
        }
        return failed == 0 ? 0 : 1;
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

    private static ScanService.Outcome scanOne(ScanService service, String input) throws IOException {
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return service.scan(new FeedItem(input, "", null, "", null, input, ArticleIds.of(input)));
        }
        Path file = Path.of(input);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            String title = HtmlText.title(text);
            String body = HtmlText.extract(text);
            text = title == null || title.isBlank() ? body : title + "\n\n" + body;
        }
        return service.scanText(input, text);
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
        if (o.textError() != null) {
            out.println("  (page not read: " + o.textError() + "; scanned the feed summary)");
        }
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
