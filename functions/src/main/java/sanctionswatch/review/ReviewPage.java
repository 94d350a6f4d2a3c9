package sanctionswatch.review;

import sanctionswatch.alert.Alert;
import sanctionswatch.alert.AlertStore;
import sanctionswatch.article.StoredArticle;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityDetails;
import sanctionswatch.match.CountryMention;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The review page of an alert, rendered whole on the server: no script, one inline style sheet (allowed by its hash
 * in the Content-Security-Policy), every piece of text escaped. The article's text is hostile input: a page that
 * wrote {@code <script>} or {@code "><img onerror=…>} shows exactly those characters.
 */
public final class ReviewPage {
    private ReviewPage() {}

    /** The style sheet; its SHA-256 is the only style source the policy admits. */
    static final String CSS = """
            :root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5}
            body{margin:0;color:#1b1b1b;background:#fff}
            header,main,footer{max-width:52rem;margin:0 auto;padding:0 1rem}
            header{border-bottom:1px solid #767676}
            .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
            h1{font-size:1.5rem;line-height:1.3}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.1rem;margin:0}
            a{color:#0b4fc2}
            :focus-visible{outline:3px solid #0b4fc2;outline-offset:2px}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}dt{font-weight:600}
            dd{margin:0;overflow-wrap:anywhere}
            blockquote{margin:.5rem 0;padding-left:1rem;border-left:4px solid #767676}
            .text{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #767676;padding:1rem;border-radius:4px}
            mark{color:#000;border-radius:2px;padding:0 1px;position:relative}
            mark.strong{background:#ffd54f;border-bottom:2px solid #7a5200}
            mark.medium{background:#ffe9a8;border-bottom:2px dashed #7a5200}
            mark.weak{background:#fff4d6;border-bottom:2px dotted #7a5200}
            mark.country{background:#cdebd5;border-bottom:2px solid #1e5c2f}
            mark.quoted{background:#ffd54f}
            mark:hover::after,mark:focus::after{content:attr(data-note);position:absolute;left:0;top:1.6em;z-index:1;
            width:max-content;max-width:18rem;white-space:normal;background:#1b1b1b;color:#fff;padding:.25rem .5rem;
            font-size:.85rem;border-radius:3px}
            .legend span{display:inline-block;margin-right:1rem}
            .card{border:1px solid #767676;border-radius:4px;padding:1rem;margin:1rem 0}
            .card.about{border-width:2px;border-color:#1b1b1b}
            form{margin-top:.75rem;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
            button{font:inherit;padding:.5rem 1rem;border:2px solid #1b1b1b;border-radius:4px;background:#f2f2f2;
            color:#1b1b1b;cursor:pointer;min-height:44px}
            input{font:inherit;padding:.4rem;width:5rem;border:2px solid #1b1b1b;border-radius:4px}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #767676;
            vertical-align:top}
            .status{background:#e6f4ea;border:1px solid #1e5c2f;padding:.5rem 1rem;border-radius:4px}
            @media (max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:.5rem}}
            """;

    /** The policy's style source: the sheet's SHA-256. */
    static final String STYLE_HASH = "'sha256-" + sha256(CSS) + "'";

    /**
     * Everything a page shows.
     *
     * @param alert       the alert
     * @param article     its article and stored text, or null when the article is no longer stored (or a digest)
     * @param mentions    the article's mentions
     * @param countries   the countries named in the text (marked when the alert is about them)
     * @param entries     the list entries the article named, those the alert is about first
     * @param others      other articles that named the same entries, newest first
     * @param decisions   decisions already made on this alert
     * @param signedQuery the link's signature as a query ({@code e=…&k=…&s=…}), carried by the decision forms
     */
    public record View(Alert alert, StoredArticle article, List<ReviewStore.StoredMention> mentions,
                       List<CountryMention> countries, List<Entity> entries, List<ReviewStore.NamedIn> others,
                       List<Decision> decisions, String signedQuery) {}

    /**
     * A digest's page: the alerts a fatigue window held back, each linked to its own page.
     *
     * @param digest the digest as recorded
     * @param alerts its alerts, in the digest's order
     */
    public record DigestView(AlertStore.Digest digest, List<Listed> alerts) {}

    /**
     * An alert a digest lists.
     *
     * @param alertId its id
     * @param alert   the alert as recorded, or null when it is no longer stored
     * @param link    its signed page, relative to the digest's ({@code ru-kp%3A6f1c…?e=…&k=k1&s=…})
     */
    public record Listed(String alertId, Alert alert, String link) {}

    /** The page, whole. */
    public static String render(View v) {
        Alert a = v.alert();
        StringBuilder h = new StringBuilder(16_384);
        head(h, "Alert " + a.watchId() + ": " + a.reason(), "Skip to the alert", "alert review");
        h.append("<h1>").append(esc(a.reason())).append("</h1>");
        why(h, v);
        article(h, v);
        entries(h, v);
        others(h, v);
        foot(h, "Alert " + a.id());
        return h.toString();
    }

    /**
     * A digest's page, whole: why it was sent (the watch, the window) and its alerts, each with its article's title,
     * site and reason, linked to the alert's own page; an alert no longer stored is named by its id.
     */
    public static String renderDigest(DigestView v) {
        AlertStore.Digest d = v.digest();
        int n = d.alertIds().size();
        String title = n + " more " + (n == 1 ? "alert" : "alerts") + " of watch " + d.watchId() + " about "
                + d.subject();
        StringBuilder h = new StringBuilder(4_096 + v.alerts().size() * 512);
        head(h, "Digest: " + title, "Skip to the digest", "digest review");
        h.append("<h1>").append(esc(title)).append("</h1>")
                .append("<section aria-labelledby=\"why\"><h2 id=\"why\">Why this digest</h2><dl>")
                .append("<dt>Watch</dt><dd>").append(esc(d.watchId())).append(" (").append(esc(d.watchType().wire()))
                .append(")</dd><dt>About</dt><dd>").append(esc(d.subject())).append("</dd>")
                .append("<dt>Window</dt><dd>").append(esc(d.start().toString())).append(" to ")
                .append(esc(d.end().toString())).append("</dd></dl>")
                .append("<p>The watch alerted once in this window; these alerts were held back so as not to repeat it.")
                .append(" Open each to review it and decide.</p></section>\n")
                .append("<section aria-labelledby=\"alerts\"><h2 id=\"alerts\">The alerts</h2><ol>");
        for (Listed l : v.alerts()) {
            h.append("<li>");
            Alert a = l.alert();
            if (a == null) {
                h.append(esc(l.alertId())).append(": no longer stored");
            } else {
                String text = a.title() == null || a.title().isBlank() ? a.url() : a.title();
                h.append("<a href=\"").append(esc(l.link())).append("\">").append(esc(text)).append("</a>")
                        .append(" · ").append(esc(DecisionRules.site(a.url())))
                        .append("<p>").append(esc(a.reason())).append("</p>");
            }
            h.append("</li>");
        }
        h.append("</ol>");
        if (n > v.alerts().size()) {
            h.append("<p>And ").append(n - v.alerts().size()).append(" more not listed here.</p>");
        }
        h.append("</section>\n");
        foot(h, "Digest " + d.id());
        return h.toString();
    }

    private static void head(StringBuilder h, String title, String skip, String what) {
        h.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"referrer\" content=\"no-referrer\">")
                .append("<title>").append(esc(title)).append(" — sanctions-watch</title>")
                .append("<style>").append(CSS).append("</style></head>\n<body>")
                .append("<a class=\"skip\" href=\"#main\">").append(esc(skip)).append("</a>")
                .append("<header><p>sanctions-watch · ").append(esc(what)).append("</p></header>\n<main id=\"main\">");
    }

    private static void foot(StringBuilder h, String what) {
        h.append("</main>\n<footer><p>").append(esc(what))
                .append(". This page is reached only through its signed link; do not forward it.</p></footer>")
                .append("</body></html>\n");
    }

    private static void why(StringBuilder h, View v) {
        Alert a = v.alert();
        h.append("<section aria-labelledby=\"why\"><h2 id=\"why\">Why it alerted</h2><dl>")
                .append("<dt>Watch</dt><dd>").append(esc(a.watchId())).append(" (").append(esc(a.watchType().wire())).append(")</dd>")
                .append("<dt>Severity</dt><dd>").append(esc(a.severity().wire())).append("</dd>")
                .append("<dt>Kind</dt><dd>").append(esc(a.kind().wire())).append("</dd>");
        if (!a.countries().isEmpty()) {
            h.append("<dt>Countries</dt><dd>").append(esc(String.join(", ", a.countries()))).append("</dd>");
        }
        h.append("</dl>");
        if (a.quote() != null && !a.quote().isBlank()) {
            h.append("<blockquote>").append(quote(a.quote())).append("</blockquote>");
        }
        if (!v.decisions().isEmpty()) {
            h.append("<div class=\"status\" role=\"status\"><p>Decided on this alert:</p><ul>");
            for (Decision d : v.decisions()) {
                h.append("<li>").append(esc(d.action().label()));
                if (d.action() != Decision.Action.MUTE) {
                    h.append(" — ").append(esc(d.entityId()));
                } else {
                    h.append(" until ").append(esc(String.valueOf(d.until())));
                }
                h.append(" (").append(esc(d.at().toString())).append(")</li>");
            }
            h.append("</ul></div>");
        } else {
            h.append("<div role=\"status\"></div>");
        }
        h.append("<form method=\"post\" action=\"").append(esc(formAction(v))).append("\">")
                .append("<input type=\"hidden\" name=\"entityId\" value=\"").append(esc(DecisionRules.subject(a))).append("\">")
                .append("<label for=\"mute-days\">Mute this name for</label>")
                .append("<input id=\"mute-days\" name=\"days\" type=\"number\" min=\"1\" max=\"365\" value=\"7\" required>")
                .append("<span>days</span>")
                .append("<button type=\"submit\" name=\"action\" value=\"mute\">Mute this name</button></form>")
                .append("</section>\n");
    }

    /** The quote marks its matches «thus»; they become {@code <mark>} here, the rest escaped. */
    private static String quote(String q) {
        return esc(q).replace("«", "<mark class=\"quoted\">").replace("»", "</mark>");
    }

    private static void article(StringBuilder h, View v) {
        h.append("<section aria-labelledby=\"article\"><h2 id=\"article\">The article</h2>");
        StoredArticle s = v.article();
        if (s == null) {
            h.append("<p>The article of this alert is not stored.");
            if (v.alert().url() != null && !v.alert().url().isBlank()) {
                h.append(" It was ").append(link(v.alert().url(), v.alert().url())).append('.');
            }
            h.append("</p></section>\n");
            return;
        }
        var art = s.article();
        h.append("<dl><dt>Title</dt><dd>").append(link(art.url(), art.title() == null || art.title().isBlank()
                        ? art.url() : art.title())).append("</dd>")
                .append("<dt>Source</dt><dd>").append(esc(DecisionRules.site(art.url())))
                .append(art.feed() == null ? "" : " (feed " + esc(art.feed()) + ")").append("</dd>")
                .append("<dt>Date</dt><dd>").append(esc(art.published() == null ? "not given; scanned "
                        + s.storedAt() : art.published())).append("</dd>")
                .append("<dt>Text from</dt><dd>").append(esc(art.textSource().wire())).append("</dd></dl>");
        h.append("<p class=\"legend\">Marked: <span><mark class=\"strong\">strong rule</mark></span>")
                .append("<span><mark class=\"medium\">medium rule</mark></span>")
                .append("<span><mark class=\"weak\">weak rule</mark></span>")
                .append("<span><mark class=\"country\">country of the alert</mark></span>")
                .append(" Hover or focus a mark for its rule, score and evidence.</p>");
        h.append("<div class=\"text\" id=\"text\">").append(marked(s.text(), marks(v))).append("</div></section>\n");
    }

    /** A piece of the text to mark: where, its style and what it says on hover or focus. */
    record Mark(int start, int end, String style, String note, String entityId) {}

    static List<Mark> marks(View v) {
        List<Mark> marks = new ArrayList<>();
        for (ReviewStore.StoredMention m : v.mentions()) {
            String note = m.name() + " (" + m.entityId() + "): rule " + m.rule() + ", score "
                    + String.format(Locale.ROOT, "%.2f", m.score()) + (m.evidence().isEmpty() ? "" : "; " + m.evidence());
            marks.add(new Mark(m.start(), m.end(), strength(m.score()), note, m.entityId()));
        }
        Set<String> pair = Set.copyOf(v.alert().countries());
        for (CountryMention c : v.countries()) {
            if (pair.contains(c.code())) {
                marks.add(new Mark(c.start(), c.end(), "country", "country " + c.code() + ", of the watched pair",
                        null));
            }
        }
        return marks;
    }

    /** One style per strength of rule: the score the rule gave. */
    static String strength(double score) {
        return score >= 0.9 ? "strong" : score >= 0.8 ? "medium" : "weak";
    }

    /**
     * The text escaped, each mark wrapped in {@code <mark>}. Marks are laid left to right; one that overlaps a mark
     * already laid (a country inside a name) is left out, the longer one kept.
     */
    static String marked(String text, List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        StringBuilder out = new StringBuilder(text.length() + marks.size() * 120);
        int at = 0;
        for (Mark m : sorted) {
            if (m.start() < at || m.end() > text.length() || m.start() >= m.end()) {
                continue;
            }
            out.append(esc(text.substring(at, m.start())));
            out.append("<mark class=\"").append(m.style()).append("\" tabindex=\"0\" title=\"").append(esc(m.note()))
                    .append("\" data-note=\"").append(esc(m.note())).append('"');
            if (m.entityId() != null) {
                out.append(" data-entity=\"").append(esc(m.entityId())).append('"');
            }
            out.append('>').append(esc(text.substring(m.start(), m.end()))).append("</mark>");
            at = m.end();
        }
        out.append(esc(text.substring(at)));
        return out.toString();
    }

    private static void entries(StringBuilder h, View v) {
        h.append("<section aria-labelledby=\"entries\"><h2 id=\"entries\">List entries named</h2>");
        if (v.entries().isEmpty()) {
            h.append("<p>The article names no list entry.</p>");
        }
        Set<String> about = Set.copyOf(v.alert().entityIds());
        int n = 0;
        for (Entity e : v.entries()) {
            n++;
            Alert.AlertEntity ref = new Alert.AlertEntity(e.id(), e.name(), e.programs(), "", "");
            EntityDetails d = e.details();
            h.append("<article class=\"card").append(about.contains(e.id()) ? " about" : "")
                    .append("\" aria-labelledby=\"entry-").append(n).append("\" data-entity=\"").append(esc(e.id()))
                    .append("\"><h3 id=\"entry-").append(n).append("\">").append(esc(e.name())).append("</h3><dl>")
                    .append("<dt>List</dt><dd>").append(esc(ref.list())).append(" · ").append(esc(e.id())).append("</dd>")
                    .append("<dt>Type</dt><dd>").append(esc(e.type().toString().toLowerCase(Locale.ROOT))).append("</dd>");
            row(h, "Programmes", e.programs());
            row(h, "Names", e.names());
            row(h, "Dates of birth", d.birthDates());
            row(h, "Nationalities", d.countries().stream()
                    .filter(c -> c.role() == EntityDetails.Role.NATIONALITY || c.role() == EntityDetails.Role.CITIZENSHIP)
                    .map(EntityDetails.CountryRole::code).distinct().toList());
            row(h, "Countries", e.countries());
            List<String> ids = new ArrayList<>();
            d.identifiers().forEach(i -> ids.add(i.type() + " " + i.value() + (i.country().isEmpty() ? "" : " (" + i.country() + ")")));
            e.imoNumbers().forEach(imo -> ids.add("IMO " + imo));
            row(h, "Identifiers", ids);
            if (!d.remarks().isEmpty()) {
                h.append("<dt>Remarks</dt><dd>").append(esc(d.remarks())).append("</dd>");
            }
            if (ref.link() != null) {
                h.append("<dt>Official entry</dt><dd>").append(link(ref.link(), ref.link())).append("</dd>");
            }
            h.append("</dl>");
            h.append("<form method=\"post\" action=\"").append(esc(formAction(v))).append("\">")
                    .append("<input type=\"hidden\" name=\"entityId\" value=\"").append(esc(e.id())).append("\">")
                    .append("<button type=\"submit\" name=\"action\" value=\"confirmed\" aria-describedby=\"entry-")
                    .append(n).append("\">Confirmed</button>")
                    .append("<button type=\"submit\" name=\"action\" value=\"not-this-entry\" aria-describedby=\"entry-")
                    .append(n).append("\">Not this entry</button></form></article>");
        }
        h.append("</section>\n");
    }

    private static void row(StringBuilder h, String label, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        h.append("<dt>").append(esc(label)).append("</dt><dd>");
        if (values.size() == 1) {
            h.append(esc(values.get(0)));
        } else {
            h.append("<ul>");
            values.forEach(x -> h.append("<li>").append(esc(x)).append("</li>"));
            h.append("</ul>");
        }
        h.append("</dd>");
    }

    private static void others(StringBuilder h, View v) {
        h.append("<section aria-labelledby=\"others\"><h2 id=\"others\">Other articles naming these entries</h2>");
        if (v.others().isEmpty()) {
            h.append("<p>None stored.</p></section>\n");
            return;
        }
        h.append("<table><caption class=\"skip\">Newest first</caption><thead><tr><th scope=\"col\">Scanned</th>")
                .append("<th scope=\"col\">Article</th><th scope=\"col\">Entry</th></tr></thead><tbody>");
        for (ReviewStore.NamedIn o : v.others()) {
            h.append("<tr><td>").append(esc(o.published() != null ? o.published() : o.storedAt().toString()))
                    .append("</td><td>").append(link(o.url(), o.title() == null || o.title().isBlank() ? o.url() : o.title()))
                    .append("</td><td>").append(esc(o.entityId())).append("</td></tr>");
        }
        h.append("</tbody></table></section>\n");
    }

    /** Relative to the page's own path, so it works under any base path: {@code ru-kp%3A6f1c/decisions?e=…}. */
    private static String formAction(View v) {
        return ReviewLinks.encode(v.alert().id()) + "/decisions?" + v.signedQuery();
    }

    /** A link only to http(s) addresses (an article's URL could say {@code javascript:}); anything else as text. */
    static String link(String url, String text) {
        String u = url == null ? "" : url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return "<a href=\"" + esc(u) + "\" rel=\"noopener noreferrer\">" + esc(text) + "</a>";
        }
        return esc(text);
    }

    /** Text for HTML content and double- or single-quoted attributes. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String sha256(String s) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
