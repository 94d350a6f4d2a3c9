package sanctionswatch.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the command line keeps watches. With AWS settings in the environment ({@link #AWS_SETTINGS}: the table's
 * name, a region or a DynamoDB endpoint, as {@code bin/sanctions-watch emulators} exports them), in the table
 * {@code WATCHES_TABLE} (default {@code WatchesTable}), as the functions do; without any, in a JSON file,
 * {@value #DEFAULT_FILE} under the working directory or where {@code WATCHES_FILE} says, which {@code scan} reads.
 *
 * @param table the table's name, or null for the file
 * @param file  the file, absolute, or null for the table
 */
record WatchPlace(String table, Path file) {
    /** The variables that send the watches to a table. */
    static final List<String> AWS_SETTINGS = List.of("WATCHES_TABLE", "AWS_REGION", "AWS_ENDPOINT_URL",
            "AWS_ENDPOINT_URL_DYNAMODB");
    static final String DEFAULT_FILE = ".sanctions-watch/watches.json";
    static final String FILE_VARIABLE = "WATCHES_FILE";

    static WatchPlace of(Map<String, String> env, Path workingDir) {
        if (!awsSettings(env).isEmpty()) {
            String table = env.get("WATCHES_TABLE");
            return new WatchPlace(table == null || table.isBlank() ? "WatchesTable" : table.strip(), null);
        }
        String file = env.get(FILE_VARIABLE);
        Path path = file == null || file.isBlank() ? Path.of(DEFAULT_FILE) : Path.of(file.strip());
        return new WatchPlace(null, workingDir.resolve(path).toAbsolutePath().normalize());
    }

    /** Which of {@link #AWS_SETTINGS} the environment sets. */
    static List<String> awsSettings(Map<String, String> env) {
        return AWS_SETTINGS.stream().filter(v -> env.get(v) != null && !env.get(v).isBlank()).toList();
    }

    boolean inTable() {
        return table != null;
    }

    @Override
    public String toString() {
        return inTable() ? "table " + table : file.toString();
    }
}
