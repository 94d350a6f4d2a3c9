package sanctionswatch.lists.formats;

import sanctionswatch.lists.ListFormatException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads comma-separated records as OFAC writes them: {@code "}-quoted fields with {@code ""} for a quote, CRLF or LF
 * line ends, and the {@code 0x1A} (Ctrl-Z) end-of-file marker that legacy files carry.
 */
final class CsvRecords {
    /** One record and the line it started on (1-based), for error messages. */
    record Row(long line, List<String> fields) {}

    private CsvRecords() {}

    static void read(Reader in, String file, Consumer<Row> sink) {
        try {
            readChecked(in.markSupported() ? in : new BufferedReader(in), file, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void readChecked(Reader in, String file, Consumer<Row> sink) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        long line = 1;
        long recordLine = 1;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.toString().isBlank()) {
                        field.setLength(0);
                        quoted = true;
                        fieldWasQuoted = true;
                        any = true;
                    } else {
                        throw new ListFormatException(file, line, "quote inside an unquoted field");
                    }
                }
                case ',' -> {
                    fields.add(finish(field, fieldWasQuoted));
                    fieldWasQuoted = false;
                    any = true;
                }
                case '\r' -> { }
                case '\n' -> {
                    if (any || field.length() > 0) {
                        fields.add(finish(field, fieldWasQuoted));
                        sink.accept(new Row(recordLine, List.copyOf(fields)));
                    }
                    fields.clear();
                    fieldWasQuoted = false;
                    any = false;
                    line++;
                    recordLine = line;
                }
                case 0x1A -> { }
                default -> {
                    if (fieldWasQuoted) {
                        if (!Character.isWhitespace(c)) {
                            throw new ListFormatException(file, line, "text after a closing quote");
                        }
                        continue;
                    }
                    field.append((char) c);
                    any = true;
                }
            }
        }
        if (quoted) {
            throw new ListFormatException(file, recordLine, "quoted field not closed before the end of the file");
        }
        if (any || field.length() > 0) {
            fields.add(finish(field, fieldWasQuoted));
            sink.accept(new Row(recordLine, List.copyOf(fields)));
        }
    }

    private static String finish(StringBuilder field, boolean wasQuoted) {
        String value = wasQuoted ? field.toString() : field.toString().trim();
        field.setLength(0);
        return value;
    }
}
