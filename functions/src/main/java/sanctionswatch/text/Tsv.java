package sanctionswatch.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a tab-separated table shipped as a resource, blank lines and {@code #} comments left out: {@code
 * Tsv.rows(Countries.class, "/sanctionswatch/country/countries-languages.tsv", 4)} gives each row's columns with its
 * line number, and refuses a row of another width with the file and line ("countries-languages.tsv:12: expected 4
 * tab-separated columns, found 3").
 */
public final class Tsv {
    private Tsv() {}

    /** A row of the table: its line number (from 1) and its columns. */
    public record Row(int line, List<String> columns) {
        public Row {
            columns = List.copyOf(columns);
        }

        /** Column {@code i}, from 0. */
        public String get(int i) {
            return columns.get(i);
        }
    }

    /** The rows of {@code resource}, found beside {@code owner}, each of {@code columns} columns. */
    public static List<Row> rows(Class<?> owner, String resource, int columns) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != columns) {
                    throw new IllegalStateException(name + ":" + lineNo + ": expected " + columns
                            + " tab-separated columns, found " + cols.length);
                }
                rows.add(new Row(lineNo, List.of(cols)));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
