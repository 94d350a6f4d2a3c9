package sanctionswatch.scan;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sanctionswatch.lists.formats.OfacSdnCsv;
import sanctionswatch.match.MatchRule;
import sanctionswatch.match.Mention;
import sanctionswatch.match.ScanResult;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The story the project was specified from, scanned against the bundled SDN snapshot. */
class AfpStoryTest {
    private static ScanResult result;

    @BeforeAll
    static void scan() throws IOException {
        String text;
        try (InputStream in = AfpStoryTest.class.getResourceAsStream("/articles/seed-russia-nk-arms.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        result = ArticleScanner.of(OfacSdnCsv.bundled()).scan(text);
    }

    @Test
    void findsTheThreeSanctionedEntitiesAndNothingElse() {
        Set<String> ids = result.mentions().stream().map(m -> m.entity().id()).collect(Collectors.toSet());
        assertEquals(Set.of("ofac-sdn:41736", "ofac-sdn:22543", "ofac-sdn:35096"), ids, result.mentions().toString());
    }

    @Test
    void mentionsPointAtTheTextAsWritten() {
        for (Mention m : result.mentions()) {
            assertEquals(m.matched(), result.text().substring(m.start(), m.end()));
        }
        assertTrue(has("ofac-sdn:41736", "Ashot Mkrtychev", MatchRule.REORDERED));
        assertTrue(has("ofac-sdn:22543", "Wagner Group", MatchRule.ALIAS));
        assertTrue(has("ofac-sdn:35096", "Vladimir Putin", MatchRule.ALIAS));
    }

    @Test
    void surnameOnlyMentionsBeforeTheFullNameAreTiedToIt() {
        List<Mention> surnames = result.mentions().stream()
                .filter(m -> m.entity().id().equals("ofac-sdn:41736") && m.rule() == MatchRule.SURNAME).toList();
        assertEquals(4, surnames.size(), surnames.toString());
        Mention full = result.mentions().stream().filter(m -> m.matched().equals("Ashot Mkrtychev")).findFirst()
                .orElseThrow();
        assertTrue(surnames.get(0).start() < full.start());
        assertTrue(has("ofac-sdn:35096", "Putin", MatchRule.SURNAME));
    }

    @Test
    void countries() {
        assertEquals(List.of("CN", "KP", "RU", "SK", "UA", "US"), result.countries());
        Set<String> pyongyang = result.countryMentions().stream().filter(c -> c.text().equals("Pyongyang"))
                .map(c -> c.code()).collect(Collectors.toSet());
        assertEquals(Set.of("KP"), pyongyang);
        assertTrue(result.countryMentions().stream().anyMatch(c -> c.text().equals("Slovakian") && c.code().equals("SK")));
        assertTrue(result.countryMentions().stream().anyMatch(c -> c.text().equals("Beijing") && c.code().equals("CN")));
        assertTrue(result.countryMentions().stream().anyMatch(c -> c.text().equals("N Korea") && c.code().equals("KP")));
    }

    private static boolean has(String id, String matched, MatchRule rule) {
        return result.mentions().stream()
                .anyMatch(m -> m.entity().id().equals(id) && m.matched().equals(matched) && m.rule() == rule);
    }
}
