package sanctionswatch.http;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A fetched response.
 *
 * @param uri          where the body came from, after redirects
 * @param status       HTTP status
 * @param contentType  the Content-Type header, or null
 * @param etag         the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 * @param body         the body, at most the fetcher's cap; empty for 304
 */
public record HttpResponse(URI uri, int status, String contentType, String etag, String lastModified, byte[] body) {
    public boolean notModified() {
        return status == 304;
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The charset named by the Content-Type header, if any and known. */
    public Optional<Charset> charset() {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String part : contentType.split(";")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                String name = p.substring(8).replace("\"", "").strip();
                try {
                    return Optional.of(Charset.forName(name));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The body as text: the header's charset, else a charset named in the page, else UTF-8. */
    public String text() {
        Charset cs = charset().orElseGet(() -> metaCharset(body).orElse(StandardCharsets.UTF_8));
        return new String(body, cs);
    }

    private static Optional<Charset> metaCharset(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        int at = head.indexOf("charset=");
        if (at < 0) {
            return Optional.empty();
        }
        int i = at + 8;
        while (i < head.length() && (head.charAt(i) == '"' || head.charAt(i) == '\'')) {
            i++;
        }
        int j = i;
        while (j < head.length() && (Character.isLetterOrDigit(head.charAt(j)) || head.charAt(j) == '-'
                || head.charAt(j) == '_')) {
            j++;
        }
        try {
            return j > i ? Optional.of(Charset.forName(head.substring(i, j))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
