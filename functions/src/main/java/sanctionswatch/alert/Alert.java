package sanctionswatch.alert;

import java.util.List;

/**
 * A watch that fired on an article. Its id is the watch and the article, so the same article never alerts the same
 * watch twice.
 *
 * @param id            {@code <watchId>:<articleId>}, or for a digest {@code digest#<window>}
 * @param kind          {@code alert}; {@code retro} when a stored article names an entry added to the lists after it
 *                      was scanned; {@code digest} for the summary of the alerts a fatigue window held back
 * @param watchId       the watch
 * @param watchType     {@code name}, {@code entity} or {@code country-pair}
 * @param severity      {@code high} (a list entry named in full), {@code medium} (a country pair) or {@code low}
 *                      (only a surname or a weak alias)
 * @param articleId     the article
 * @param url           the article's URL
 * @param title         the article's title
 * @param reason        one line a person reads: what matched and why it alerted
 * @param quote         the text that ties it, as written, the matches marked «thus»
 * @param entities      list entries involved, if any
 * @param countries     countries involved, if any
 * @param correlationId follows the article from its feed item to this alert
 */
public record Alert(String id, String kind, String watchId, String watchType, String severity, String articleId, String url,
                    String title, String reason, String quote, List<AlertEntity> entities, List<String> countries,
                    String correlationId) {
    public Alert {
        entities = List.copyOf(entities);
        countries = List.copyOf(countries);
    }

    public static String idOf(String watchId, String articleId) {
        return watchId + ":" + articleId;
    }

    public List<String> entityIds() {
        return entities.stream().map(AlertEntity::id).toList();
    }

    /**
     * A list entry an alert is about.
     *
     * @param id       {@code ofac-sdn:41736}
     * @param name     the list's primary name
     * @param programs its programmes
     * @param matched  the text as the article wrote it
     * @param rule     the matching rule
     */
    public record AlertEntity(String id, String name, List<String> programs, String matched, String rule) {
        public AlertEntity {
            programs = List.copyOf(programs);
        }

        /** The public page of the entry, where the list publishes one. */
        public String link() {
            if (id.startsWith("ofac-sdn:")) {
                return "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=" + id.substring("ofac-sdn:".length());
            }
            return null;
        }

        /** The list the entry is on, as people name it. */
        public String list() {
            return id.startsWith("ofac-sdn:") ? "OFAC SDN" : id.substring(0, Math.max(0, id.indexOf(':')));
        }
    }
}
