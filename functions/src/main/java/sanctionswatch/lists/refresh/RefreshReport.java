package sanctionswatch.lists.refresh;

import sanctionswatch.lists.Entity;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What one refresh of the lists did.
 *
 * @param outcome  whether a new version was published
 * @param version  the version in use afterwards (the new one, or the one kept); null when none was ever published
 * @param sources  what each source gave
 * @param diff     the changes from the previous version to the new one (empty when nothing was published)
 */
public record RefreshReport(Outcome outcome, ListVersion version, List<SourceResult> sources, WatchlistDiff diff) {
    /** A new version published, or the one in use kept. */
    public enum Outcome { UPDATED, UNCHANGED }

    /** How a source fared. */
    public enum Status {
        /** read and taken into the new version */
        ACCEPTED,
        /** could not be downloaded or read: its previous entries are kept */
        FAILED,
        /** read, but refused by the guard (empty, or lost too many entries): its previous entries are kept */
        REFUSED
    }

    /**
     * @param name     the source's name
     * @param status   what became of it
     * @param entities entries read (0 when it failed)
     * @param detail   what changed in it, or why it failed or was refused (naming file and line where one is at fault)
     */
    public record SourceResult(String name, Status status, int entities, String detail) {}

    public RefreshReport {
        sources = List.copyOf(sources);
    }

    /** The sources that failed or were refused. */
    public List<SourceResult> problems() {
        return sources.stream().filter(s -> s.status() != Status.ACCEPTED).toList();
    }

    /** Whether the report is worth a message: the lists changed, or a source could not be taken. */
    public boolean worthTelling() {
        return outcome == Outcome.UPDATED || !problems().isEmpty();
    }

    public String subject() {
        String problems = problems().isEmpty() ? "" : "; not taken: "
                + problems().stream().map(SourceResult::name).collect(Collectors.joining(", "));
        return (outcome == Outcome.UPDATED ? "Sanctions lists changed: " + diff.summary()
                : "Sanctions lists unchanged") + problems;
    }

    /** A plain-text account for people: each source, then the entries added and removed (the first 50 of each). */
    public String text() {
        StringBuilder b = new StringBuilder(subject()).append("\n\n");
        if (version != null) {
            b.append("Version in use: ").append(version.version()).append(" (").append(version.entities())
                    .append(" entries)\n\n");
        }
        for (SourceResult s : sources) {
            b.append(s.name()).append(": ").append(s.status().name().toLowerCase(Locale.ROOT));
            if (s.status() == Status.ACCEPTED) {
                b.append(", ").append(s.entities()).append(" entries");
            }
            b.append(" (").append(s.detail()).append(")\n");
        }
        names(b, "Added", diff.added());
        names(b, "Removed", diff.removed());
        return b.toString();
    }

    private static void names(StringBuilder b, String heading, List<Entity> entities) {
        if (entities.isEmpty()) {
            return;
        }
        b.append('\n').append(heading).append(":\n");
        entities.stream().limit(50).forEach(e -> b.append("  ").append(e.name()).append(" [").append(e.id())
                .append(e.programs().isEmpty() ? "" : "; " + String.join(", ", e.programs())).append("]\n"));
        if (entities.size() > 50) {
            b.append("  … and ").append(entities.size() - 50).append(" more\n");
        }
    }
}
