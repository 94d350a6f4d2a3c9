package sanctionswatch.article;

import sanctionswatch.text.Digests;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.StringJoiner;

/** Article ids: the same story under the same canonical URL always gets the same id, whoever scans it. */
public final class ArticleIds {
    private ArticleIds() {}

    /**
     * The canonical form of a URL: scheme and host lower case, default port and fragment dropped, tracking parameters
     * ({@code utm_*}, {@code fbclid}, {@code gclid}) removed.
     */
    public static String canonical(String url) {
        URI u;
        try {
            u = new URI(url.strip());
        } catch (URISyntaxException e) {
            return url.strip();
        }
        if (u.getScheme() == null || u.getHost() == null) {
            return url.strip();
        }
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        int port = u.getPort();
        if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) {
            port = -1;
        }
        StringBuilder sb = new StringBuilder(scheme).append("://").append(u.getHost().toLowerCase(Locale.ROOT));
        if (port != -1) {
            sb.append(':').append(port);
        }
        sb.append(u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath());
        if (u.getRawQuery() != null) {
            StringJoiner kept = new StringJoiner("&");
            for (String param : u.getRawQuery().split("&")) {
                String key = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (!param.isEmpty() && !key.startsWith("utm_") && !key.equals("fbclid") && !key.equals("gclid")) {
                    kept.add(param);
                }
            }
            if (kept.length() > 0) {
                sb.append('?').append(kept);
            }
        }
        return sb.toString();
    }

    /** The id of the article at {@code url}: 32 hex digits of the SHA-256 of its canonical form. */
    public static String of(String url) {
        return Digests.sha256(canonical(url), 16);
    }
}
