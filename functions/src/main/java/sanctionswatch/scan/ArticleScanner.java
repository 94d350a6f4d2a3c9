package sanctionswatch.scan;

import sanctionswatch.country.Countries;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.match.BundledIndex;
import sanctionswatch.match.CountryMatcher;
import sanctionswatch.match.CountryMention;
import sanctionswatch.match.EntityLinks;
import sanctionswatch.match.EntityMatcher;
import sanctionswatch.match.Mention;
import sanctionswatch.match.ScanResult;
import sanctionswatch.text.Token;
import sanctionswatch.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds list-entry mentions and countries in a text. Built once per list; safe to share between threads. Where the
 * list holds several lists (OFAC SDN, UN, UK), each mention also names the entries of the other lists taken for the
 * same entity ({@link EntityLinks}), so an alert names the entity once with every list it is on.
 */
public final class ArticleScanner {
    private final EntityMatcher entities;
    private final CountryMatcher countries;
    /** The list and its links across lists; null for a list of one source, which has no other lists to name. */
    private final Watchlist list;
    private final EntityLinks links;

    public ArticleScanner(EntityMatcher entities, CountryMatcher countries) {
        this(entities, countries, null);
    }

    private ArticleScanner(EntityMatcher entities, CountryMatcher countries, Watchlist list) {
        this.entities = entities;
        this.countries = countries;
        boolean several = list != null && list.entities().stream().map(Entity::source).distinct().limit(2).count() > 1;
        this.list = several ? list : null;
        this.links = several ? EntityLinks.of(list) : null;
    }

    public static ArticleScanner of(Watchlist list) {
        return new ArticleScanner(EntityMatcher.of(list), new CountryMatcher(Countries.bundled()), list);
    }

    /** The scanner of {@code list} from the matcher's index of it ({@link EntityMatcher#of(Watchlist, byte[])}). */
    public static ArticleScanner of(Watchlist list, byte[] index) {
        return new ArticleScanner(EntityMatcher.of(list, index), new CountryMatcher(Countries.bundled()), list);
    }

    /** The scanner of the bundled SDN snapshot, its index read as the build wrote it. */
    public static ArticleScanner bundled() {
        return new ArticleScanner(BundledIndex.matcher(), new CountryMatcher(Countries.bundled()));
    }

    public ScanResult scan(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<CountryMention> named = countries.find(text, tokens);
        List<Mention> found = entities.find(text, tokens, named);
        if (links != null) {
            List<Mention> linked = new ArrayList<>(found.size());
            for (Mention m : found) {
                List<Entity> others = links.onOtherLists(m.entity(), list);
                linked.add(others.isEmpty() ? m : m.withLinked(others));
            }
            found = linked;
        }
        return new ScanResult(text, tokens, found, named);
    }
}
