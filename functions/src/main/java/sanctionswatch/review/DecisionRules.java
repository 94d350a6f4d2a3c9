package sanctionswatch.review;

import sanctionswatch.alert.Alert;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What analysts' decisions do to the next alerts: after "Not this entry" on an alert of watch {@code ru-kp} about
 * ofac-sdn:41736 written "Mkrtychev" in an article of www.example.com, an article of the same site that writes that
 * entry with no other words does not alert {@code ru-kp} about it again (a namesake the site writes about); a mute
 * keeps a watch quiet about the same subject, from any site, until it ends. The latest of "Confirmed" and "Not this
 * entry" for the same watch, site and entry counts, so a decision can be taken back.
 */
public final class DecisionRules {
    private DecisionRules() {}

    /**
     * The decision that keeps {@code alert} quiet, if one does.
     *
     * @param site           the host of the alert's article ({@link #site})
     * @param wordsByEntity  for each entry of the alert, how the article wrote it, folded ({@link Decision#fold})
     */
    public static Optional<Decision> silencing(List<Decision> decisions, Alert alert, String site,
                                               Map<String, Set<String>> wordsByEntity, Instant now) {
        String subject = subject(alert);
        for (Decision d : decisions) {
            if (d.action() == Decision.Action.MUTE && d.watchId().equals(alert.watchId())
                    && d.entityId().equals(subject) && d.until() != null && now.isBefore(d.until())) {
                return Optional.of(d);
            }
        }
        if (alert.entities().isEmpty()) {
            return Optional.empty();
        }
        Decision last = null;
        for (Alert.AlertEntity e : alert.entities()) {
            Optional<Decision> excluded = excluded(decisions, alert.watchId(), site, e.id(),
                    wordsByEntity.getOrDefault(e.id(), Set.of()));
            if (excluded.isEmpty()) {
                return Optional.empty();
            }
            last = excluded.get();
        }
        return Optional.ofNullable(last);
    }

    /**
     * The "Not this entry" decision that stands for {@code entityId} written {@code words} in an article of
     * {@code site}, for {@code watchId}: the latest covering decision, when it is one.
     */
    public static Optional<Decision> excluded(List<Decision> decisions, String watchId, String site, String entityId,
                                              Set<String> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return decisions.stream()
                .filter(d -> d.action() != Decision.Action.MUTE && d.watchId().equals(watchId)
                        && d.site().equals(site) && d.entityId().equals(entityId) && d.wordSet().containsAll(words))
                .max(Comparator.comparing(Decision::at))
                .filter(d -> d.action() == Decision.Action.NOT_THIS_ENTRY);
    }

    /** What a mute holds: the alert's entries, or when it has none its countries ({@code KP,RU}). */
    public static String subject(Alert alert) {
        TreeSet<String> s = new TreeSet<>(alert.entityIds());
        if (s.isEmpty()) {
            s.addAll(alert.countries());
        }
        return String.join(",", s);
    }

    /** The site of an article's URL: its host in lower case ({@code https://WWW.Example.com/a} gives www.example.com). */
    public static String site(String url) {
        try {
            String host = java.net.URI.create(url == null ? "" : url).getHost();
            return host == null ? "" : host.toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException notAUrl) {
            return "";
        }
    }
}
