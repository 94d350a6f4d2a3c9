package sanctionswatch.scan;

import java.util.Map;
import java.util.Set;

/**
 * A text of a labelled corpus and what it names: a line of {@code corpus/news.jsonl}, for example the Reuters report
 * "North Korean leader Kim Jong Un oversaw the launch…" labelled {@code ofac-sdn:20157} ("Kim Jong Un") and the
 * countries KP and KR.
 *
 * @param id        the text's id in its corpus ({@code ru-en-07})
 * @param url       where it was published (empty for a text with no page)
 * @param publisher the site that published it ({@code reuters.com}): the corpus is split in halves by publisher
 * @param language  ISO 639-1 code of its language ({@code en})
 * @param category  the sanctions programme or kind of text it was chosen for ({@code russia}, {@code near-miss})
 * @param text      the text as published
 * @param entities  the list entries it names, each with one form of it copied from the text
 * @param countries ISO 3166-1 alpha-2 codes of the countries it names
 */
public record LabelledText(String id, String url, String publisher, String language, String category, String text,
                           Map<String, String> entities, Set<String> countries) {
    public LabelledText {
        entities = Map.copyOf(entities);
        countries = Set.copyOf(countries);
    }
}
