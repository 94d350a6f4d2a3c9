package sanctionswatch.alert;

import java.util.List;

/**
 * A watch that fired on an article. Its id is the watch and the article, so the same article never alerts the same
 * watch twice.
 *
 * @param id        {@code <watchId>:<articleId>}
 * @param watchId   the watch
 * @param watchType {@code name}, {@code entity} or {@code country-pair}
 * @param articleId the article
 * @param url       the article's URL
 * @param title     the article's title
 * @param reason    one line a person reads: what matched and why it alerted
 * @param quote     the text that ties it, as written
 * @param entityIds list entries involved, if any
 * @param countries countries involved, if any
 */
public record Alert(String id, String watchId, String watchType, String articleId, String url, String title,
                    String reason, String quote, List<String> entityIds, List<String> countries) {
    public Alert {
        entityIds = List.copyOf(entityIds);
        countries = List.copyOf(countries);
    }

    public static String idOf(String watchId, String articleId) {
        return watchId + ":" + articleId;
    }
}
