package sanctionswatch.alert;

import java.util.List;

/**
 * A watch that fired on an article. Its id is the watch and the article, so the same article never alerts the same
 * watch twice.
 *
 * @param id            {@code <watchId>:<articleId>}, or for a digest {@code digest#<window>}
 * @param kind          why it went out: an article scanned now, a stored one naming an entry new to the lists, or the
 *                      digest of what a fatigue window held back
 * @param watchId       the watch
 * @param watchType     the watch's type
 * @param severity      high (a list entry named in full), medium (a country pair) or low (only a surname or a weak
 *                      alias)
 * @param articleId     the article
 * @param url           the article's URL
 * @param title         the article's title
 * @param reason        one line a person reads: what matched and why it alerted
 * @param quote         the text that ties it, as written, the matches marked «thus»
 * @param entities      list entries involved, if any
 * @param countries     countries involved, if any
 * @param correlationId follows the article from its feed item to this alert
 */
public record Alert(String id, AlertKind kind, String watchId, WatchType watchType, Severity severity, String articleId,
                    String url, String title, String reason, String quote, List<AlertEntity> entities,
                    List<String> countries, String correlationId) {
    public Alert {
        entities = List.copyOf(entities);
        countries = List.copyOf(countries);
    }

    /**
     * An alert built field by field, the lists empty unless given:
     * {@code Alert.builder().id("ru-kp:a1").kind(AlertKind.ALERT).watch(watch).severity(Severity.MEDIUM)…build()}.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this alert's fields, to change some: {@code a.toBuilder().kind(AlertKind.RETRO).build()}. */
    public Builder toBuilder() {
        return new Builder().id(id).kind(kind).watchId(watchId).watchType(watchType).severity(severity)
                .articleId(articleId).url(url).title(title).reason(reason).quote(quote).entities(entities)
                .countries(countries).correlationId(correlationId);
    }

    /** The fields of an alert by name; {@link #build} makes it. */
    public static final class Builder {
        private String id;
        private AlertKind kind = AlertKind.ALERT;
        private String watchId;
        private WatchType watchType;
        private Severity severity;
        private String articleId;
        private String url;
        private String title;
        private String reason;
        private String quote;
        private List<AlertEntity> entities = List.of();
        private List<String> countries = List.of();
        private String correlationId;

        private Builder() {}

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder kind(AlertKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder watchId(String watchId) {
            this.watchId = watchId;
            return this;
        }

        public Builder watchType(WatchType watchType) {
            this.watchType = watchType;
            return this;
        }

        /** The watch's id and type. */
        public Builder watch(Watch watch) {
            return watchId(watch.id()).watchType(watch.type());
        }

        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        public Builder articleId(String articleId) {
            this.articleId = articleId;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder quote(String quote) {
            this.quote = quote;
            return this;
        }

        public Builder entities(List<AlertEntity> entities) {
            this.entities = entities;
            return this;
        }

        public Builder countries(List<String> countries) {
            this.countries = countries;
            return this;
        }

        public Builder correlationId(String correlationId) {
            this.correlationId = correlationId;
            return this;
        }

        public Alert build() {
            return new Alert(id, kind, watchId, watchType, severity, articleId, url, title, reason, quote, entities,
                    countries, correlationId);
        }
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
