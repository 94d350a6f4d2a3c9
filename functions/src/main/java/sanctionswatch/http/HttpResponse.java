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
 * @param retryAfter   the Retry-After header (seconds or an HTTP date), or null
 * @param body         the body, at most the fetcher's cap; empty for 304
 */
public record HttpResponse(URI uri, int status, String contentType, String etag, String lastModified,
                           String retryAfter, byte[] body) {
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

    /** The media type of the Content-Type header, lower case, without parameters; empty when there is none. */
    public String mediaType() {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** A type a feed may be served as: any XML, or text; servers often leave it out or say text/html. */
    public boolean isFeedType() {
        String t = mediaType();
        return t.isEmpty() || t.startsWith("text/") || t.endsWith("/xml") || t.endsWith("+xml");
    }

    /** A type a readable page is served as. */
    public boolean isPageType() {
        String t = mediaType();
        return t.isEmpty() || t.equals("text/html") || t.equals("application/xhtml+xml") || t.equals("text/plain");
    }

    /**
     * The body as text: a byte-order mark decides first, then the header's charset, then a charset named in the page,
     * else UTF-8. Bytes that are not valid in the charset become U+FFFD.
     */
    public String text() {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset cs = charset().orElseGet(() -> metaCharset(body).orElse(StandardCharsets.UTF_8));
        return new String(body, cs);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
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
