package sanctionswatch.match;

import org.junit.jupiter.api.Test;
import sanctionswatch.country.Countries;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.ListFiles;
import sanctionswatch.lists.formats.OfacSdnCsv;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityLinksTest {
    private static final ListFiles FILES = new ListFiles(Countries.bundled());

    private static List<Entity> read(String path) throws IOException, URISyntaxException {
        return List.copyOf(FILES.read(Path.of(EntityLinksTest.class.getResource("/sanctionswatch/lists/" + path)
                .toURI())).list().entities());
    }

    @Test
    void theSameEntitiesOnTheEuListAndInOpenSanctionsAreLinkedByDocumentOrNameAndBirthDate() throws Exception {
        List<Entity> all = new ArrayList<>(read("eu_fsf/eu_fsf.xml"));
        all.addAll(read("opensanctions/yente-fixtures/t1/entities.ftm.json"));
        all.addAll(read("uk_ofsi/ConList.csv"));
        EntityLinks links = EntityLinks.of(new Watchlist(all));
        assertEquals(Set.of("opensanctions:NK-2Myxbs6wX9xFKGoQn3sLaY"), links.linked("uk-ofsi:14688"),
                "SOYKO, Victor Vladimirovich, born 1971-07-03, in both");
        assertEquals(Set.of("opensanctions:NK-2KeUB68qUJtykm3BuAcazG"), links.linked("uk-ofsi:15174"));
        assertEquals(Set.of("opensanctions:NK-2Ka3UvopqbpZmVDFjWd4LA"), links.linked("eu-fsf:EU.11179.96"));
        assertEquals(Set.of("opensanctions:NK-2GdmHtZTeNXjNVrBGEXZNj"), links.linked("eu-fsf:EU.8282.49"));
        assertEquals(4, links.groups().size());
        EntityLinks.Group kuzmenko = links.groups().stream()
                .filter(g -> g.ids().contains("eu-fsf:EU.11179.96")).findFirst().orElseThrow();
        assertTrue(kuzmenko.why().contains("document 366510784303"), kuzmenko.why().toString());
        assertTrue(kuzmenko.why().contains("name kuzmenko vitaly yurievich born 1971-01-22"), kuzmenko.why().toString());
    }

    @Test
    void sdnAndUnEntriesOfTheSamePeopleAreLinkedAndNamesakesAreNot() throws Exception {
        List<Entity> all = new ArrayList<>(OfacSdnCsv.bundled().entities());
        all.addAll(read("un_sc/UN_consolidated.xml"));
        EntityLinks links = EntityLinks.of(new Watchlist(all));
        long across = links.groups().stream()
                .filter(g -> g.ids().stream().anyMatch(id -> id.startsWith("un-sc:"))
                        && g.ids().stream().anyMatch(id -> id.startsWith("ofac-sdn:"))).count();
        assertTrue(across >= 100, across + " UN entries linked to SDN entries");
        assertTrue(links.groups().stream().allMatch(g -> g.ids().size() >= 2));
        assertEquals(Set.of(), links.linked("ofac-sdn:22543"), "no document, no birth date: nothing ties it");
    }
}
