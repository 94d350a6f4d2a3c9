package sanctionswatch.lists;

import java.util.Map;

/**
 * What a list id stands for, as an alert names it to a reader: {@code ofac-sdn} is "OFAC SDN", {@code un-sc} "UN",
 * {@code uk} "UK" (the FCDO's UK Sanctions List), {@code us-csl-el} "BIS Entity List".
 */
public final class ListIds {
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("ofac-sdn", "OFAC SDN"),
            Map.entry("ofac-cons", "OFAC non-SDN"), Map.entry("un-sc", "UN"), Map.entry("uk", "UK"),
            Map.entry("uk-ofsi", "UK"), Map.entry("eu-fsf", "EU"), Map.entry("opensanctions", "OpenSanctions"),
            Map.entry("us-csl-el", "BIS Entity List"), Map.entry("us-csl-dpl", "BIS Denied Persons"),
            Map.entry("us-csl-uvl", "BIS Unverified List"), Map.entry("us-csl-meu", "BIS Military End User"),
            Map.entry("us-csl-dtc", "ITAR Debarred"), Map.entry("us-csl-isn", "Nonproliferation Sanctions"),
            Map.entry("us-csl-ssi", "OFAC SSI"), Map.entry("us-csl-plc", "OFAC PLC"),
            Map.entry("us-csl-cmic", "OFAC CMIC"), Map.entry("us-csl-cap", "OFAC CAPTA"),
            Map.entry("us-csl-ns-mbs", "OFAC NS-MBS"), Map.entry("us-csl-fse", "OFAC FSE"));

    private ListIds() {}

    /** The list's name for a reader, or the id itself for a list this does not know ({@code my-list}). */
    public static String label(String listId) {
        return LABELS.getOrDefault(listId, listId);
    }
}
