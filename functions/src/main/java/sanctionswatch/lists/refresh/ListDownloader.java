package sanctionswatch.lists.refresh;

import java.io.IOException;
import java.nio.file.Path;

/** Fetches the files of a list source into a folder, each under {@link ListSource#fileName}. */
public interface ListDownloader {
    /**
     * Downloads every file of {@code source} into {@code folder}.
     *
     * @return the path {@link ListFiles} reads: the folder for a set of files, the file for a single one
     * @throws IOException when a file cannot be had whole (status other than 200, empty body, connection lost)
     */
    Path download(ListSource source, Path folder) throws IOException;
}
