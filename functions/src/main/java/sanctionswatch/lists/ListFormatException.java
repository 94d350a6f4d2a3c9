package sanctionswatch.lists;

/** A list file that cannot be read as its format says, with the file and line (0: the file as a whole). */
public class ListFormatException extends RuntimeException {
    private final String file;
    private final long line;

    public ListFormatException(String file, long line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }
}
