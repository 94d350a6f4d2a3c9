package sanctionswatch.lists;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EntityDetailsTest {
    private static EntityDetails remarks(String remarks) {
        return new EntityDetails(List.of(), List.of(), List.of(), List.of(), remarks);
    }

    @Test
    void linkedToReadsTheNamesTheRemarksGive() {
        // SABITI's remarks, as the SDN list writes them: the link last, its sentence's dot no part of the name.
        assertEquals(List.of("NATIONAL IRANIAN TANKER COMPANY"), remarks("Vessel Registration Identification IMO "
                + "9172040; MMSI 677049100; Linked To: NATIONAL IRANIAN TANKER COMPANY.").linkedTo());
        // Two links, one in the middle (PAEK MA); a name that ends with a dot of its own keeps it.
        assertEquals(List.of("PAEKMA SHIPPING CO", "FIRST OIL JV CO LTD"), remarks("IMO 9066978; Linked To: "
                + "PAEKMA SHIPPING CO; Linked To: FIRST OIL JV CO LTD.").linkedTo());
        assertEquals(List.of("AL-BILAD ISLAMIC BANK FOR INVESTMENT AND FINANCE P.S.C."),
                remarks("Linked To: AL-BILAD ISLAMIC BANK FOR INVESTMENT AND FINANCE P.S.C.").linkedTo());
        assertEquals(List.of(), remarks("DOB 11 Sep 1965; POB Damascus, Syria.").linkedTo());
    }
}
