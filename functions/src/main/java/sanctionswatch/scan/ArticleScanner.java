package sanctionswatch.scan;

import sanctionswatch.country.Countries;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.match.BundledIndex;
import sanctionswatch.match.CountryMatcher;
import sanctionswatch.match.CountryMention;
import sanctionswatch.match.EntityMatcher;
import sanctionswatch.match.ScanResult;
import sanctionswatch.text.Token;
import sanctionswatch.text.Tokenizer;

import java.util.List;

/** Finds list-entry mentions and countries in a text. Built once per list; safe to share between threads. */
public final class ArticleScanner {
    private final EntityMatcher entities;
    private final CountryMatcher countries;

    public ArticleScanner(EntityMatcher entities, CountryMatcher countries) {
        this.entities = entities;
        this.countries = countries;
    }

    public static ArticleScanner of(Watchlist list) {
        return new ArticleScanner(EntityMatcher.of(list), new CountryMatcher(Countries.bundled()));
    }

    /** The scanner of {@code list} from the matcher's index of it ({@link EntityMatcher#of(Watchlist, byte[])}). */
    public static ArticleScanner of(Watchlist list, byte[] index) {
        return new ArticleScanner(EntityMatcher.of(list, index), new CountryMatcher(Countries.bundled()));
    }

    /** The scanner of the bundled SDN snapshot, its index read as the build wrote it. */
    public static ArticleScanner bundled() {
        return new ArticleScanner(BundledIndex.matcher(), new CountryMatcher(Countries.bundled()));
    }

    public ScanResult scan(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<CountryMention> named = countries.find(text, tokens);
        return new ScanResult(text, tokens, entities.find(text, tokens, named), named);
    }
}
