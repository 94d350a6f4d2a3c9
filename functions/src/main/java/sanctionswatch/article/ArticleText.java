package sanctionswatch.article;

import sanctionswatch.feeds.FeedItem;
import sanctionswatch.http.FetchException;
import sanctionswatch.http.Fetcher;
import sanctionswatch.http.HttpResponse;
import sanctionswatch.text.HtmlText;

import java.net.URI;
import java.util.Map;

/**
 * The text of a feed item's article: the page when it can be had, the feed's summary when it cannot.
 *
 * @param text   title, blank line, then the readable text
 * @param title  the title
 * @param source the page, the feed's summary, or a file given whole
 * @param error  why the page could not be had, or null
 */
public record ArticleText(String text, String title, TextSource source, String error) {

    public static ArticleText of(FeedItem item, Fetcher fetcher) {
        String title = item.title() == null ? "" : HtmlText.extract(item.title());
        try {
            HttpResponse page = fetcher.get(URI.create(item.url()), Map.of());
            if (page.ok() && !page.isPageType()) {
                return fromSummary(item, title, "content type " + page.mediaType() + " is not a page");
            }
            if (page.ok()) {
                String html = page.text();
                String body = HtmlText.extract(html);
                if (!body.isBlank()) {
                    if (title.isBlank()) {
                        String pageTitle = HtmlText.title(html);
                        title = pageTitle == null ? "" : pageTitle;
                    }
                    return new ArticleText(join(title, body), title, TextSource.PAGE, null);
                }
                return fromSummary(item, title, "page has no readable text");
            }
            return fromSummary(item, title, "HTTP " + page.status());
        } catch (FetchException | IllegalArgumentException e) {
            return fromSummary(item, title, e.getMessage());
        }
    }

    private static ArticleText fromSummary(FeedItem item, String title, String error) {
        String summary = item.summary() == null ? "" : HtmlText.extract(item.summary());
        return new ArticleText(join(title, summary), title, TextSource.SUMMARY, error);
    }

    /** A text given whole (a local file): its first line is the title. */
    public static ArticleText ofPlainText(String text) {
        String stripped = text.strip();
        int nl = stripped.indexOf('\n');
        String title = (nl < 0 ? stripped : stripped.substring(0, nl)).strip();
        return new ArticleText(text, title, TextSource.FILE, null);
    }

    /**
     * An HTML page given whole (a local {@code .html} file), read as a fetched page is: {@code <title>Sanctions
     * widened</title><p>Ashot Mkrtychev …</p>} is the text {@code "Sanctions widened\n\nAshot Mkrtychev …"}, titled
     * {@code Sanctions widened} (a page without a title takes its first line).
     */
    public static ArticleText ofHtml(String html) {
        String title = HtmlText.title(html);
        return ofPlainText(join(title == null ? "" : title, HtmlText.extract(html)));
    }

    private static String join(String title, String body) {
        return title.isBlank() ? body : body.isBlank() ? title : title + "\n\n" + body;
    }
}
