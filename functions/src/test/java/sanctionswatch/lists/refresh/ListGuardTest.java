package sanctionswatch.lists.refresh;

import org.junit.jupiter.api.Test;
import sanctionswatch.lists.Entity;
import sanctionswatch.lists.TestLists;
import sanctionswatch.lists.Watchlist;
import sanctionswatch.lists.formats.ListFiles;
import sanctionswatch.lists.formats.OfacSdnCsv;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListGuardTest {
    private static final ListGuard GUARD = new ListGuard(ListGuard.DEFAULT_MAX_LOSS);

    @Test
    void theNewerSdnSnapshotIsAcceptedAndATruncatedOneRefused() throws IOException {
        Watchlist current = OfacSdnCsv.bundled();
        Watchlist newer = new ListFiles(sanctionswatch.country.Countries.bundled())
                .read(TestLists.path("ofac_sdn_20240503/sdn.csv")).list();
        ListGuard.Verdict ok = GUARD.check(current, newer);
        assertTrue(ok.accepted(), ok.reason());
        assertEquals("1256 added, 112 removed, 30 changed", ok.reason());

        List<Entity> half = newer.entities().stream().limit(newer.size() / 2).toList();
        ListGuard.Verdict truncated = GUARD.check(current, new Watchlist(half));
        assertFalse(truncated.accepted());
        assertTrue(truncated.reason().startsWith("the new version lost "), truncated.reason());

        ListGuard.Verdict empty = GUARD.check(current, new Watchlist(List.of()));
        assertFalse(empty.accepted());
        assertEquals("the new version is empty", empty.reason());
        assertThrows(IllegalArgumentException.class, () -> new ListGuard(1.5));
    }
}
