package sanctionswatch.scan;

import sanctionswatch.alert.AlertKind;
import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertService;
import sanctionswatch.alert.EntityWatch;
import sanctionswatch.alert.NameWatch;
import sanctionswatch.alert.Watch;
import sanctionswatch.alert.WatchEvaluator;
import sanctionswatch.alert.WatchStore;
import sanctionswatch.alert.Watches;
import sanctionswatch.article.ArticleStore;
import sanctionswatch.article.StoredArticle;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.match.ScanResult;
import sanctionswatch.review.DecisionGate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scans the articles stored since a given time again, against entries newly added to the lists: an article read
 * last week that names someone designated today is found today. Mentions found are added to the article; watches on
 * names and entries alert ({@code kind} {@code retro}); country-pair watches do not, as the countries of an article
 * do not change with the lists. An alert a watch already raised on the article is not raised again, and one an
 * analyst's decision keeps quiet is not raised ({@link DecisionGate}, as in the live scan).
 */
public final class RetroScan {
    /**
     * What one retro-scan found.
     *
     * @param articles the stored articles read
     * @param found    the articles that name a new entry, each with the entries named
     * @param alerts   the alerts published
     */
    public record Report(int articles, List<Found> found, List<Alert> alerts) {
        public int mentions() {
            return found.stream().mapToInt(Found::mentions).sum();
        }

        /** For people: how many stored articles were read, and each that names a new entry (the first 50). */
        public String text() {
            StringBuilder b = new StringBuilder("Stored articles scanned again for the new entries: ").append(articles)
                    .append("; ").append(found.size()).append(" name them").append(found.isEmpty() ? "." : ":")
                    .append('\n');
            found.stream().limit(50).forEach(f -> b.append("  ").append(f.title() == null ? "(no title)" : f.title())
                    .append(" <").append(f.url()).append("> ").append(String.join(", ", f.entityIds())).append('\n'));
            if (found.size() > 50) {
                b.append("  … and ").append(found.size() - 50).append(" more\n");
            }
            return b.toString();
        }
    }

    /**
     * A stored article that names new entries.
     *
     * @param articleId the article
     * @param url       its URL
     * @param title     its title
     * @param entityIds the new entries it names
     * @param mentions  the mentions added
     */
    public record Found(String articleId, String url, String title, List<String> entityIds, int mentions) {}

    private final ArticleStore articles;
    private final WatchStore watches;
    private final WatchEvaluator evaluator;
    private final AlertService alerts;
    private final DecisionGate gate;

    /** No decisions kept: every alert goes out. */
    public RetroScan(ArticleStore articles, WatchStore watches, WatchEvaluator evaluator, AlertService alerts) {
        this(articles, watches, evaluator, alerts, new DecisionGate(null, Clock.systemUTC()));
    }

    /**
     * @param gate the analysts' decisions, which a retro alert respects as a live one does: after "Not this entry" on
     *             an alert of the same watch, site, entry and words, the newly listed entry found again in an old
     *             article does not alert that watch, and a mute holds
     */
    public RetroScan(ArticleStore articles, WatchStore watches, WatchEvaluator evaluator, AlertService alerts,
                     DecisionGate gate) {
        this.articles = articles;
        this.watches = watches;
        this.evaluator = evaluator;
        this.alerts = alerts;
        this.gate = gate;
    }

    public Report run(Collection<Entity> added, Instant since) {
        if (added.isEmpty()) {
            return new Report(0, List.of(), List.of());
        }
        // Only the new entries: what the rest of the lists name was found when the article was first scanned.
        ArticleScanner scanner = ArticleScanner.of(new Watchlist(added));
        Set<String> newIds = added.stream().map(Entity::id).collect(Collectors.toSet());
        List<Watch> inForce = Watches.current(watches).stream()
                .filter(w -> w instanceof EntityWatch || w instanceof NameWatch).toList();
        List<Found> found = new ArrayList<>();
        List<Alert> published = new ArrayList<>();
        int[] read = {0};
        // One batch: the decisions are read once, when the first alert is raised.
        DecisionGate.Batch decided = gate.batch();
        articles.forEachSince(since, stored -> {
            read[0]++;
            found(stored, scanner, newIds, inForce, decided, published).ifPresent(found::add);
        });
        return new Report(read[0], List.copyOf(found), List.copyOf(published));
    }

    private Optional<Found> found(StoredArticle stored, ArticleScanner scanner, Set<String> newIds,
                                  List<Watch> inForce, DecisionGate.Batch decided, List<Alert> published) {
        ScanResult result = scanner.scan(stored.text());
        if (result.mentions().isEmpty()) {
            return Optional.empty();
        }
        articles.addMentions(stored.article().id(), result.mentions());
        List<Alert> fired = evaluator.evaluate(stored.article(), result, inForce).stream()
                .filter(a -> a.entityIds().stream().anyMatch(newIds::contains))
                .map(RetroScan::retro).toList();
        published.addAll(alerts.deliver(decided.kept(stored.article(), result.mentions(), fired, articles)));
        List<String> ids = result.mentions().stream().map(m -> m.entity().id()).distinct().sorted().toList();
        return Optional.of(new Found(stored.article().id(), stored.article().url(),
                stored.article().title(), ids, result.mentions().size()));
    }

    private static Alert retro(Alert a) {
        return a.toBuilder().kind(AlertKind.RETRO).reason("newly listed: " + a.reason()).build();
    }
}
