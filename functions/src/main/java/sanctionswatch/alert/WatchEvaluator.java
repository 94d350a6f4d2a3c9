package sanctionswatch.alert;

import sanctionswatch.country.Countries;
import sanctionswatch.match.CountryMention;
import sanctionswatch.match.EntityMatcher;
import sanctionswatch.match.Mention;
import sanctionswatch.match.Tokenizer;
import sanctionswatch.scan.ScanResult;
import sanctionswatch.store.Article;
import sanctionswatch.watchlist.Alias;
import sanctionswatch.watchlist.Entity;
import sanctionswatch.watchlist.EntityType;
import sanctionswatch.watchlist.Watchlist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decides which watches an article sets off. */
public final class WatchEvaluator {
    private static final int MAX_QUOTE = 400;
    private final Countries countries;

    public WatchEvaluator(Countries countries) {
        this.countries = countries;
    }

    public List<Alert> evaluate(Article article, ScanResult scan, List<Watch> watches) {
        List<Alert> alerts = new ArrayList<>();
        for (Watch w : watches) {
            Optional<Alert> alert;
            if (w instanceof EntityWatch e) {
                alert = entity(article, scan, e);
            } else if (w instanceof NameWatch n) {
                alert = name(article, scan, n);
            } else {
                alert = pair(article, scan, (CountryPairWatch) w);
            }
            alert.ifPresent(alerts::add);
        }
        return alerts;
    }

    private Optional<Alert> entity(Article article, ScanResult scan, EntityWatch w) {
        return scan.mentions().stream().filter(m -> m.entity().id().equals(w.entityId())).findFirst()
                .map(m -> alert(article, w, describe(m) + " named as “" + m.matched() + "”",
                        sentence(scan, m.start(), m.end()), List.of(m.entity().id()), List.of()));
    }

    /** A watched name is matched as a list name would be: its own one-entry list, with every rule applied. */
    private Optional<Alert> name(Article article, ScanResult scan, NameWatch w) {
        boolean person = w.name().contains(",");
        Entity asEntry = new Entity("watch:" + w.id(), person ? EntityType.PERSON : EntityType.ORGANISATION,
                w.name(), List.<Alias>of(), List.of(), List.of());
        List<Mention> found = EntityMatcher.of(new Watchlist(List.of(asEntry)))
                .find(scan.text(), Tokenizer.tokenize(scan.text()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Mention m = found.get(0);
        List<String> listed = scan.mentions().stream()
                .filter(x -> x.start() < m.end() && m.start() < x.end()).map(x -> x.entity().id()).distinct()
                .toList();
        return Optional.of(alert(article, w, "watched name “" + w.name() + "” found as “" + m.matched() + "”",
                sentence(scan, m.start(), m.end()), listed, List.of()));
    }

    private Optional<Alert> pair(Article article, ScanResult scan, CountryPairWatch w) {
        for (CountryMention a : scan.countryMentions()) {
            if (!a.code().equals(w.first())) {
                continue;
            }
            for (CountryMention b : scan.countryMentions()) {
                if (b.code().equals(w.second()) && together(a, b, w.scope())) {
                    int from = Math.min(a.start(), b.start());
                    int to = Math.max(a.end(), b.end());
                    String quote = w.scope() == CountryPairWatch.Scope.ARTICLE
                            ? "“" + a.text() + "” … “" + b.text() + "”"
                            : w.scope() == CountryPairWatch.Scope.SENTENCE
                            ? sentence(scan, from, to) : paragraph(scan, from, to);
                    String reason = countryName(w.first()) + " (" + a.text() + ") and " + countryName(w.second())
                            + " (" + b.text() + ") named in the same " + w.scopeName();
                    return Optional.of(alert(article, w, reason, quote, List.of(), List.of(w.first(), w.second())));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean together(CountryMention a, CountryMention b, CountryPairWatch.Scope scope) {
        return switch (scope) {
            case SENTENCE -> a.sentence() == b.sentence();
            case PARAGRAPH -> a.paragraph() == b.paragraph();
            case ARTICLE -> true;
        };
    }

    private String countryName(String code) {
        return countries.byCode(code).map(c -> c.name()).orElse(code);
    }

    private static String describe(Mention m) {
        return m.entity().name() + " (" + m.entity().id() + ", " + String.join(", ", m.entity().programs()) + ")";
    }

    private static Alert alert(Article article, Watch w, String reason, String quote, List<String> entityIds,
                               List<String> countries) {
        return new Alert(Alert.idOf(w.id(), article.id()), w.id(), w.type(), article.id(), article.url(),
                article.title(), reason, quote, entityIds, countries);
    }

    /** The sentence around {@code [from, to)}, as written. */
    static String sentence(ScanResult scan, int from, int to) {
        String t = scan.text();
        int s = from;
        while (s > 0 && !(isStop(t.charAt(s - 1)) && Character.isWhitespace(t.charAt(s))) && t.charAt(s - 1) != '\n') {
            s--;
        }
        int e = to;
        while (e < t.length() && !isStop(t.charAt(e)) && t.charAt(e) != '\n') {
            e++;
        }
        if (e < t.length() && isStop(t.charAt(e))) {
            e++;
        }
        return clip(t.substring(s, e).strip());
    }

    /** The paragraph around {@code [from, to)}, as written. */
    static String paragraph(ScanResult scan, int from, int to) {
        String t = scan.text();
        int s = t.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
        int e = t.indexOf('\n', to);
        return clip(t.substring(s, e < 0 ? t.length() : e).strip());
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static String clip(String s) {
        return s.length() <= MAX_QUOTE ? s : s.substring(0, MAX_QUOTE - 1) + "…";
    }
}
