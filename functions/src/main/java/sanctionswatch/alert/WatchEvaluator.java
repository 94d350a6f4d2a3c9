package sanctionswatch.alert;

import sanctionswatch.article.Article;
import sanctionswatch.country.Countries;
import sanctionswatch.lists.Alias;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.EntityType;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.match.CountryMention;
import sanctionswatch.match.EntityMatcher;
import sanctionswatch.match.MatchRule;
import sanctionswatch.match.Mention;
import sanctionswatch.match.ScanResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decides which watches an article sets off. */
public final class WatchEvaluator {
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
        // Through its links: the watch of ofac-sdn:35096 follows PUTIN to the UN's and the UK's entry of him.
        List<Mention> of = scan.mentions().stream().filter(m -> m.names(w.entityId()) && w.covers(m.lists()))
                .toList();
        if (of.isEmpty()) {
            return Optional.empty();
        }
        Mention m = strongest(of);
        return Optional.of(alert(article, w, severity(m), describe(m) + " named as “" + m.matched() + "”",
                Quote.sentence(scan.text(), m.start(), m.end(), List.of(m)), List.of(entity(m)), List.of()));
    }

    /** A watched name is matched as a list name would be: its own one-entry list, with every rule applied. */
    private Optional<Alert> name(Article article, ScanResult scan, NameWatch w) {
        boolean person = w.name().contains(",");
        Entity asEntry = new Entity("watch:" + w.id(), person ? EntityType.PERSON : EntityType.ORGANISATION,
                w.name(), List.<Alias>of(), List.of(), List.of());
        List<Mention> found = EntityMatcher.of(new Watchlist(List.of(asEntry)))
                .find(scan.text(), scan.tokens());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Mention m = strongest(found);
        List<Alert.AlertEntity> listed = scan.mentions().stream()
                .filter(x -> x.start() < m.end() && m.start() < x.end()).map(WatchEvaluator::entity).distinct()
                .toList();
        return Optional.of(alert(article, w, severity(m), "watched name “" + w.name() + "” found as “"
                + m.matched() + "”", Quote.sentence(scan.text(), m.start(), m.end(), List.of(m)), listed, List.of()));
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
                    List<int[]> marks = List.of(new int[]{a.start(), a.end()}, new int[]{b.start(), b.end()});
                    String quote = switch (w.scope()) {
                        case ARTICLE -> "«" + a.text() + "» … «" + b.text() + "»";
                        case SENTENCE -> Quote.sentenceMarked(scan.text(), from, to, marks);
                        case PARAGRAPH -> Quote.paragraphMarked(scan.text(), from, to, marks);
                    };
                    String reason = countryName(w.first()) + " (" + a.text() + ") and " + countryName(w.second())
                            + " (" + b.text() + ") named in the same " + w.scopeName();
                    return Optional.of(alert(article, w, Severity.MEDIUM, reason, quote, List.of(),
                            List.of(w.first(), w.second())));
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

    /** The mention that names its entry most surely, the first of equals. */
    private static Mention strongest(List<Mention> mentions) {
        Mention best = mentions.get(0);
        for (Mention m : mentions) {
            if (m.score() > best.score()) {
                best = m;
            }
        }
        return best;
    }

    private static Severity severity(Mention m) {
        return m.rule() == MatchRule.SURNAME || m.rule().needsCorroboration() ? Severity.LOW : Severity.HIGH;
    }

    private static Alert.AlertEntity entity(Mention m) {
        return new Alert.AlertEntity(m.entity().id(), m.entity().name(), m.entity().programs(), m.matched(),
                m.rule().label());
    }

    private static String describe(Mention m) {
        return m.entity().name() + " (" + m.entity().id() + ", " + String.join(", ", m.entity().programs()) + ")"
                + (m.linked().isEmpty() ? "" : ", on " + m.listNames());
    }

    private static Alert alert(Article article, Watch w, Severity severity, String reason, String quote,
                               List<Alert.AlertEntity> entities, List<String> countries) {
        return Alert.builder().id(Alert.idOf(w.id(), article.id())).kind(AlertKind.ALERT).watch(w).severity(severity)
                .articleId(article.id()).url(article.url()).title(article.title()).reason(reason).quote(quote)
                .entities(entities).countries(countries).correlationId(article.correlationId()).build();
    }
}
