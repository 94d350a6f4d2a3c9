package sanctionswatch.alert;

import java.util.stream.Collectors;

/** Who or what a digest is about, as a person reads it. */
public final class DigestSubjects {
    private DigestSubjects() {}

    public static String of(Alert first) {
        if (!first.entities().isEmpty()) {
            return first.entities().stream().map(Alert.AlertEntity::name).collect(Collectors.joining(", "));
        }
        return String.join(" and ", first.countries());
    }
}
