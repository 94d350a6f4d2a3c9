package sanctionswatch.lists.refresh;

import sanctionswatch.http.FetchException;
import sanctionswatch.http.HttpFetcher;
import sanctionswatch.http.HttpResponse;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Downloads list files over HTTP(S) through the fetcher's policy, size limit and redirect rules. */
public final class HttpListDownloader implements ListDownloader {
    private final HttpFetcher fetcher;

    public HttpListDownloader(HttpFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public Path download(ListSource source, Path folder) throws IOException {
        Path last = null;
        for (URI url : source.urls()) {
            HttpResponse response;
            try {
                response = fetcher.get(url, Map.of());
            } catch (FetchException e) {
                throw new IOException(e.getMessage(), e);
            }
            if (!response.ok()) {
                throw new IOException(url + ": HTTP " + response.status());
            }
            if (response.body().length == 0) {
                throw new IOException(url + ": empty file");
            }
            last = folder.resolve(ListSource.fileName(url));
            Files.write(last, response.body());
        }
        return source.urls().size() == 1 ? last : folder;
    }
}
