package sanctionswatch.review;

import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertGate;
import sanctionswatch.article.Article;
import sanctionswatch.article.ArticleStore;
import sanctionswatch.match.Mention;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The one check an alert passes before it goes out, on every path that raises one: the live scan of an article, the
 * retro-scan of stored articles after a list refresh, and a digest when its fatigue window closes. After "Not this
 * entry" on Mkrtychev's card of an alert of www.example.com, the next article of that site writing "Mkrtychev" does
 * not alert that watch about him, whether it is scanned as it comes, found again when he is newly listed, or was
 * held back for a digest before the decision was made. The rule is {@link DecisionRules#silencing}; this class reads
 * the decisions (once per batch) and says what the articles wrote.
 */
public final class DecisionGate {
    private final DecisionStore decisions;
    private final Clock clock;

    /** @param decisions the analysts' decisions; null where none are kept (the command line): every alert goes out */
    public DecisionGate(DecisionStore decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    /** The decisions in force (none where there is no store). */
    public List<Decision> decisions() {
        return decisions == null ? List.of() : decisions.all();
    }

    /** A batch of articles, whose decisions are read when its first alert needs them, and once. */
    public Batch batch() {
        return batch(new Supplier<>() {
            private List<Decision> read;

            @Override
            public List<Decision> get() {
                if (read == null) {
                    read = decisions();
                }
                return read;
            }
        });
    }

    /** The same, with the batch's decisions given by {@code decided} (which memoises them). */
    public Batch batch(Supplier<List<Decision>> decided) {
        return new Batch(decided);
    }

    /** The state of one batch: its decisions, read at most once. */
    public final class Batch {
        private final Supplier<List<Decision>> decided;

        private Batch(Supplier<List<Decision>> decided) {
            this.decided = decided;
        }

        /**
         * The alerts of {@code article} that no decision keeps quiet, in their order. The mentions behind an alert
         * "Not this entry" kept quiet stay stored, flagged in {@code flagIn} with that decision's id. The decisions
         * are read only when an alert was raised (most articles raise none).
         *
         * @param mentions what the scan found in the article (for a retro-scan, the new entries' mentions)
         */
        public List<Alert> kept(Article article, List<Mention> mentions, List<Alert> fired, ArticleStore flagIn) {
            if (decisions == null || fired.isEmpty() || decided.get().isEmpty()) {
                return fired;
            }
            Map<String, Set<String>> words = new HashMap<>();
            for (Mention m : mentions) {
                words.computeIfAbsent(m.entity().id(), k -> new TreeSet<>()).add(Decision.fold(m.matched()));
            }
            List<Alert> kept = new ArrayList<>(fired.size());
            for (Alert a : fired) {
                Optional<Decision> quiet = silencing(a, DecisionRules.site(article.url()), words);
                if (quiet.isEmpty()) {
                    kept.add(a);
                } else if (quiet.get().action() == Decision.Action.NOT_THIS_ENTRY) {
                    for (String entityId : a.entityIds()) {
                        flagIn.flag(article.id(), mentions.stream().filter(m -> m.entity().id().equals(entityId))
                                .toList(), quiet.get().id());
                    }
                }
            }
            return kept;
        }

        /**
         * Of alerts raised earlier (held back in a fatigue window), those no decision keeps quiet now; what their
         * articles wrote is read from the stored mentions, as the scan that raised them found them.
         */
        public List<Alert> stillDue(List<Alert> held, ReviewStore stored) {
            if (decisions == null || held.isEmpty() || decided.get().isEmpty()) {
                return held;
            }
            List<Alert> kept = new ArrayList<>(held.size());
            for (Alert a : held) {
                Map<String, Set<String>> words = new HashMap<>();
                for (ReviewStore.StoredMention m : stored.mentions(a.articleId())) {
                    words.computeIfAbsent(m.entityId(), k -> new TreeSet<>()).add(Decision.fold(m.matched()));
                }
                if (silencing(a, DecisionRules.site(a.url()), words).isEmpty()) {
                    kept.add(a);
                }
            }
            return kept;
        }

        private Optional<Decision> silencing(Alert a, String site, Map<String, Set<String>> words) {
            return DecisionRules.silencing(decided.get(), a, site, words, clock.instant());
        }
    }

    /** The gate a digest's alerts pass when it goes out, with what their articles wrote read from {@code stored}. */
    public AlertGate forDigests(ReviewStore stored) {
        return held -> batch().stillDue(held, stored);
    }
}
