package sanctionswatch.review;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an analyst decided on an alert's review page.
 *
 * @param alertId   the alert it was decided on
 * @param watchId   the alert's watch
 * @param articleId the alert's article
 * @param site      the article's site, its host ({@code www.reuters.com})
 * @param action    what was decided
 * @param entityId  the entry decided on (for a mute, the alert's subject: its entries, or its countries)
 * @param words     how the article wrote the entry, folded ({@code ashot mkrtychev|mkrtychev}); for a mute, empty
 * @param at        when
 * @param until     for a mute, when it ends; otherwise null
 * @param holder    the link it was made through: the key id and expiry of its signature ({@code k1/1767225600})
 */
public record Decision(String alertId, String watchId, String articleId, String site, Action action, String entityId,
                       String words, Instant at, Instant until, String holder) {
    public enum Action {
        /** The entry is the one the article means. */
        CONFIRMED("confirmed", "Confirmed"),
        /** A namesake: the article means someone or something else. */
        NOT_THIS_ENTRY("not-this-entry", "Not this entry"),
        /** The watch stays quiet about this subject for some days. */
        MUTE("mute", "Muted");

        private final String code;
        private final String label;

        Action(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        /** The action a form's {@code action} field names, or null. */
        public static Action of(String code) {
            for (Action a : values()) {
                if (a.code.equals(code)) {
                    return a;
                }
            }
            return null;
        }
    }

    /** One id per alert, action and entry: deciding the same again replaces the earlier decision. */
    public String id() {
        return alertId + "#" + action.code + "#" + entityId;
    }

    /** The words as a set: {@code ashot mkrtychev|mkrtychev} gives both. */
    public Set<String> wordSet() {
        Set<String> out = new TreeSet<>();
        for (String w : words.split("\\|")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The words of {@code matched}, folded as decisions keep them: "Ashot  MKRTYCHEV" gives "ashot mkrtychev". */
    public static String fold(String matched) {
        return matched.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Folded words joined as {@link #words} keeps them. */
    public static String words(Set<String> folded) {
        return String.join("|", new TreeSet<>(folded));
    }
}
