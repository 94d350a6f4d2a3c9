package sanctionswatch.lists;

import org.junit.jupiter.api.Test;
import sanctionswatch.lists.formats.OfacSdnCsv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The entries kept compactly (aliases packed, the list a table of positions) read back exactly as given. */
class CompactEntriesTest {
    private static final Alias PMC = new Alias("PMC WAGNER", Alias.Kind.AKA, false);
    private static final Alias VAGNER = new Alias("CHASTNAYA VOENNAYA KOMPANIYA 'VAGNER'", Alias.Kind.AKA, false);
    private static final Alias FORMER = new Alias("Вагнер", Alias.Kind.FKA, true);

    private static Entity wagner(List<Alias> aliases) {
        return new Entity("ofac-sdn:22543", EntityType.ORGANISATION, "PRIVATE MILITARY COMPANY 'WAGNER'", aliases,
                List.of("RUSSIA-EO14024", "CAR"), List.of("RU"));
    }

    @Test
    void aliasesReadBackInOrderWithTheirKindAndWeakness() {
        List<Alias> given = new ArrayList<>(List.of(PMC, FORMER, VAGNER, new Alias("", Alias.Kind.NKA, true)));
        List<Alias> kept = wagner(given).aliases();

        assertEquals(given, kept);
        assertEquals(List.copyOf(given), kept);
        assertEquals(kept, List.copyOf(given));
        assertEquals(List.copyOf(given).hashCode(), kept.hashCode());
        assertEquals(List.copyOf(given).toString(), kept.toString());
        assertEquals(FORMER, kept.get(1));
        assertEquals(4, kept.size());
        List<Alias> iterated = new ArrayList<>();
        kept.forEach(iterated::add);
        assertEquals(given, iterated);
        assertThrows(IndexOutOfBoundsException.class, () -> kept.get(4));
        assertThrows(UnsupportedOperationException.class, () -> kept.add(PMC));
        given.clear();
        assertEquals(4, kept.size(), "a copy, not a view");
    }

    @Test
    void anEntryIsEqualToAndHashedAsTheSameEntryMadeAgain() {
        Entity one = wagner(List.of(PMC, VAGNER));
        Entity two = wagner(new ArrayList<>(List.of(PMC, VAGNER)));
        assertEquals(one, two);
        assertEquals(one.hashCode(), two.hashCode());
        assertEquals(List.of(), wagner(List.of()).aliases());
    }

    @Test
    void aNameHoldingAMarkCharacterOrHalfASurrogatePairIsKeptAsGiven() {
        Alias odd = new Alias("WAGNER\u0001GROUP", Alias.Kind.AKA, false);
        assertEquals(List.of(PMC, odd), wagner(List.of(PMC, odd)).aliases());
        Alias half = new Alias("WAGNER \uD83D", Alias.Kind.AKA, false);
        assertEquals(List.of(half, PMC), wagner(List.of(half, PMC)).aliases());
    }

    @Test
    void theListFindsEveryEntryByIdAndKeepsTheirOrder() {
        List<Entity> sdn = List.copyOf(OfacSdnCsv.bundled().entities());
        Watchlist list = new Watchlist(sdn);

        assertEquals(sdn, List.copyOf(list.entities()));
        assertEquals(sdn.size(), list.size());
        for (Entity e : sdn) {
            assertEquals(Optional.of(e), list.find(e.id()));
        }
        assertEquals("PUTIN, Vladimir Vladimirovich", list.find("ofac-sdn:35096").orElseThrow().name());
        assertEquals(Optional.empty(), list.find("ofac-sdn:0"));
        assertEquals(Optional.empty(), new Watchlist(List.of()).find("ofac-sdn:35096"));
        assertThrows(UnsupportedOperationException.class, () -> list.entities().clear());
    }

    @Test
    void twoEntriesWithOneIdAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Watchlist(List.of(wagner(List.of()), wagner(List.of(PMC)))));
        assertEquals("duplicate entity id ofac-sdn:22543", e.getMessage());
    }
}
