package sanctionswatch.lists;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The real list files of the test resources ({@code sanctionswatch/lists/SOURCES.md} says where each comes from). */
public final class TestLists {
    private TestLists() {
    }

    /** A file or folder under the test resources' lists, for example {@code path("uk_ofsi/ConList.csv")}. */
    public static Path path(String relative) {
        URL url = TestLists.class.getResource("/sanctionswatch/lists/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("no test list " + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
