package sanctionswatch.review;

import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertStore;
import sanctionswatch.article.StoredArticle;
import sanctionswatch.country.Countries;
import sanctionswatch.lists.Entity;
import sanctionswatch.match.CountryMatcher;
import sanctionswatch.match.CountryMention;
import sanctionswatch.text.Tokenizer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The review routes: {@code GET /alerts/{alertId}} renders an alert's page (or a digest's, listing its alerts),
 * {@code POST /alerts/{alertId}/decisions} records a decision made on an alert. Both need the link's signature
 * ({@link ReviewLinks}); without a valid one the answer is the same blank 403 whatever was wrong, so a stranger
 * learns nothing, not even whether the alert exists. Every answer forbids framing, caching and any resource from
 * elsewhere. The HTTP transport is the caller's.
 */
public final class ReviewApi {
    /** At most this many other articles are listed on a page. */
    static final int OTHERS = 20;
    /** At most this many of a digest's alerts are listed on its page. */
    static final int DIGEST_LISTED = 100;
    /** A mute holds at most a year. */
    static final int MAX_MUTE_DAYS = 365;

    /** Headers every answer carries. */
    static final Map<String, String> HEADERS = Map.of(
            "Content-Type", "text/html; charset=utf-8",
            "Content-Security-Policy", "default-src 'none'; style-src " + ReviewPage.STYLE_HASH
                    + "; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            "Cache-Control", "no-store",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    /** An HTTP answer. */
    public record Response(int status, Map<String, String> headers, String body) {}

    private final ReviewStore store;
    private final DecisionStore decisions;
    private final ReviewLinks links;
    private final Function<String, Optional<Entity>> entries;
    private final CountryMatcher countries;
    private final Clock clock;

    /** @param entries the list entry of an id, from the lists in use */
    public ReviewApi(ReviewStore store, DecisionStore decisions, ReviewLinks links,
                     Function<String, Optional<Entity>> entries, Countries countries, Clock clock) {
        this.store = store;
        this.decisions = decisions;
        this.links = links;
        this.entries = entries;
        this.countries = new CountryMatcher(countries);
        this.clock = clock;
    }

    /**
     * Answers one request: {@code handle("GET", "/alerts/ru-kp%3A6f1c", "e=…&k=k1&s=…", null)} gives the page of
     * alert {@code ru-kp:6f1c}.
     *
     * @param rawPath  the path as sent, its segments still percent-encoded
     * @param rawQuery the query string, or null
     * @param body     a form post's body ({@code application/x-www-form-urlencoded}), or null
     */
    public Response handle(String method, String rawPath, String rawQuery, String body) {
        String m = method == null ? "" : method.toUpperCase(Locale.ROOT);
        String path = rawPath == null ? "" : rawPath;
        String[] parts = path.split("/", -1);
        // "", "alerts", id [, "decisions"]
        if (parts.length < 3 || !parts[1].equals("alerts") || parts[2].isEmpty() || parts.length > 4
                || parts.length == 4 && !parts[3].equals("decisions")) {
            return page(404, "Not found", "There is no page here.");
        }
        String alertId = ReviewLinks.decode(parts[2]);
        ReviewLinks.Signature signature = ReviewLinks.Signature.of(ReviewLinks.parseQuery(rawQuery));
        if (links.check(alertId, signature) != ReviewLinks.Check.VALID) {
            return forbidden();
        }
        boolean decide = parts.length == 4;
        if (decide && !m.equals("POST") || !decide && !m.equals("GET")) {
            Response r = page(405, "Method not allowed", decide ? "Decisions are sent by the page's buttons."
                    : "Open the page with its link.");
            Map<String, String> h = new LinkedHashMap<>(r.headers());
            h.put("Allow", decide ? "POST" : "GET");
            return new Response(405, h, r.body());
        }
        if (AlertStore.Digest.isDigest(alertId)) {
            return decide ? page(404, "Not found", "Decisions are made on the page of each alert the digest lists.")
                    : digest(alertId, signature);
        }
        Optional<Alert> alert = store.alert(alertId);
        if (alert.isEmpty()) {
            return page(404, "Alert not stored", "This alert is no longer stored.");
        }
        return decide ? decide(alert.get(), signature, body) : new Response(200, HEADERS,
                ReviewPage.render(view(alert.get(), signature)));
    }

    /** The page of an alert, as {@link #handle} renders it for a valid link. */
    ReviewPage.View view(Alert a, ReviewLinks.Signature signature) {
        StoredArticle article = a.articleId() == null || a.articleId().isEmpty() ? null
                : store.article(a.articleId()).orElse(null);
        List<ReviewStore.StoredMention> mentions = article == null ? List.of() : store.mentions(a.articleId());
        List<CountryMention> named = article == null ? List.of()
                : countries.find(article.text(), Tokenizer.tokenize(article.text()));
        Set<String> ids = new LinkedHashSet<>(a.entityIds());
        mentions.stream().sorted(Comparator.comparingInt(ReviewStore.StoredMention::start))
                .forEach(mn -> ids.add(mn.entityId()));
        List<Entity> cards = new ArrayList<>();
        for (String id : ids) {
            entries.apply(id).ifPresent(cards::add);
        }
        Map<String, ReviewStore.NamedIn> others = new LinkedHashMap<>();
        for (String id : ids) {
            for (ReviewStore.NamedIn o : store.naming(id, OTHERS + 1)) {
                if (!o.articleId().equals(a.articleId())) {
                    others.putIfAbsent(o.articleId(), o);
                }
            }
        }
        List<ReviewStore.NamedIn> newest = others.values().stream()
                .sorted(Comparator.comparing(ReviewStore.NamedIn::storedAt).reversed()).limit(OTHERS).toList();
        List<Decision> made = decisions.all().stream().filter(d -> d.alertId().equals(a.id())).toList();
        return new ReviewPage.View(a, article, mentions, named, cards, newest, made, signature.query());
    }

    private Response digest(String digestId, ReviewLinks.Signature signature) {
        Optional<AlertStore.Digest> digest = store.digest(digestId);
        if (digest.isEmpty()) {
            return page(404, "Digest not stored", "This digest is no longer stored.");
        }
        return new Response(200, HEADERS, ReviewPage.renderDigest(digestView(digest.get(), signature)));
    }

    /**
     * The page of a digest: each alert it held back, as recorded, with its own signed link, which expires with the
     * digest's, so the digest's link opens the alerts' pages for as long as it opens its own and no longer.
     */
    ReviewPage.DigestView digestView(AlertStore.Digest d, ReviewLinks.Signature signature) {
        Instant expiry = Instant.ofEpochSecond(signature.expiry());
        List<ReviewPage.Listed> listed = new ArrayList<>();
        for (String id : d.alertIds().stream().limit(DIGEST_LISTED).toList()) {
            // Relative to the digest's own path (…/alerts/{digestId}), as the decision forms are.
            listed.add(new ReviewPage.Listed(id, store.alert(id).orElse(null),
                    ReviewLinks.encode(id) + "?" + links.sign(id, expiry).query()));
        }
        return new ReviewPage.DigestView(d, listed);
    }

    private Response decide(Alert a, ReviewLinks.Signature signature, String body) {
        Map<String, String> form = ReviewLinks.parseQuery(body);
        Decision.Action action = Decision.Action.of(form.get("action"));
        String entityId = form.getOrDefault("entityId", "");
        if (action == null) {
            return page(400, "No decision", "Choose Confirmed, Not this entry or Mute on the page.");
        }
        Instant now = clock.instant();
        Instant until = null;
        String words = "";
        if (action == Decision.Action.MUTE) {
            int days;
            try {
                days = Integer.parseInt(form.getOrDefault("days", "").strip());
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 1 || days > MAX_MUTE_DAYS) {
                return page(400, "Days out of range", "A mute lasts 1 to " + MAX_MUTE_DAYS + " days.");
            }
            until = now.plus(Duration.ofDays(days));
            entityId = DecisionRules.subject(a);
        } else {
            String id = entityId;
            Set<String> folded = new TreeSet<>();
            for (ReviewStore.StoredMention mn : store.mentions(a.articleId())) {
                if (mn.entityId().equals(id)) {
                    folded.add(Decision.fold(mn.matched()));
                }
            }
            if (folded.isEmpty()) {
                return page(400, "Not on this page", "That entry is not named in this alert's article.");
            }
            words = Decision.words(folded);
        }
        decisions.put(new Decision(a.id(), a.watchId(), a.articleId(), DecisionRules.site(a.url()), action, entityId,
                words, now, until, signature.keyId() + "/" + signature.expiry()));
        Map<String, String> h = new HashMap<>(HEADERS);
        // Back to the page, relative to this post's path (…/alerts/{id}/decisions), so it holds under any base path.
        h.put("Location", "../" + ReviewLinks.encode(a.id()) + "?" + signature.query());
        return new Response(303, h, "");
    }

    private static Response forbidden() {
        return page(403, "Link not valid",
                "This link is not valid: it is incomplete, was changed, or has expired. Ask for a new alert link.");
    }

    private static Response page(int status, String title, String message) {
        String body = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + ReviewPage.esc(title) + " — sanctions-watch</title><style>" + ReviewPage.CSS + "</style></head>"
                + "<body><main id=\"main\"><h1>" + ReviewPage.esc(title) + "</h1><p>" + ReviewPage.esc(message)
                + "</p></main></body></html>\n";
        return new Response(status, HEADERS, body);
    }
}
