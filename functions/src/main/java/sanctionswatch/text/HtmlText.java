package sanctionswatch.text;

import java.util.Locale;
import java.util.Set;

/**
 * The readable text of an HTML page or fragment: one paragraph per block element, scripts, styles, navigation and
 * forms left out, entities decoded. When the page has an {@code <article>} (or else a {@code <main>}), only that is
 * read, so menus and footers do not become mentions.
 */
public final class HtmlText {
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "head",
            "nav", "footer", "aside", "form", "button", "select", "iframe", "object");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "article", "section", "header", "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt",
            "figcaption", "main", "hr", "title", "body", "html");
    private HtmlText() {}

    /** The readable text, paragraphs separated by a blank line. */
    public static String extract(String html) {
        String region = region(html, "article");
        if (region == null) {
            region = region(html, "main");
        }
        return text(region != null ? region : html);
    }

    /** The title of a page ({@code <title>}), or null. */
    public static String title(String html) {
        String t = region(html, "title");
        return t == null ? null : text(t).strip().replaceAll("\\s+", " ");
    }

    /** Elements whose content is not markup: a script may hold "<main>" in a string. */
    private static final Set<String> RAW = Set.of("script", "style", "noscript", "template");

    /**
     * The inside of the first {@code <name>} element outside comments and scripts, up to its last end tag, or null.
     * Offsets are those of {@code html} itself (no lower-cased copy, whose length may differ).
     */
    private static String region(String html, String name) {
        int open = firstStartTag(html, name);
        if (open < 0) {
            return null;
        }
        int bodyStart = html.indexOf('>', open);
        if (bodyStart < 0) {
            return null;
        }
        int close = lastIndexOfIgnoreCase(html, "</" + name, bodyStart + 1);
        return close > bodyStart ? html.substring(bodyStart + 1, close) : html.substring(bodyStart + 1);
    }

    private static int firstStartTag(String html, String name) {
        int i = 0;
        String raw = null;
        while (true) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                return -1;
            }
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                if (end < 0) {
                    return -1;
                }
                i = end + 3;
                continue;
            }
            int end = html.indexOf('>', lt + 1);
            if (end < 0) {
                return -1;
            }
            Tag tag = Tag.parse(html, lt + 1, end);
            i = end + 1;
            if (tag == null) {
                continue;
            }
            if (raw != null) {
                if (tag.closing && tag.name.equals(raw)) {
                    raw = null;
                }
            } else if (!tag.closing && tag.name.equals(name)) {
                return lt;
            } else if (!tag.closing && !tag.selfClosing && RAW.contains(tag.name)) {
                raw = tag.name;
            }
        }
    }

    private static int lastIndexOfIgnoreCase(String html, String what, int from) {
        for (int i = html.length() - what.length(); i >= from; i--) {
            if (html.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String text(String html) {
        StringBuilder out = new StringBuilder(html.length() / 2);
        int n = html.length();
        int i = 0;
        String skipping = null;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                if (html.startsWith("<!--", i)) {
                    int end = html.indexOf("-->", i + 4);
                    i = end < 0 ? n : end + 3;
                    continue;
                }
                int end = html.indexOf('>', i + 1);
                if (end < 0) {
                    break;
                }
                Tag tag = Tag.parse(html, i + 1, end);
                i = end + 1;
                if (tag == null) {
                    continue;
                }
                if (skipping != null) {
                    if (tag.closing && tag.name.equals(skipping)) {
                        skipping = null;
                    }
                    continue;
                }
                if (!tag.closing && !tag.selfClosing && SKIPPED.contains(tag.name)) {
                    skipping = tag.name;
                    continue;
                }
                if (BLOCKS.contains(tag.name)) {
                    out.append('\n');
                }
                continue;
            }
            if (skipping != null) {
                i++;
                continue;
            }
            if (c == '&') {
                int semi = html.indexOf(';', i);
                if (semi > i && semi - i <= 10) {
                    String decoded = HtmlEntities.decode(html.substring(i + 1, semi));
                    if (decoded != null) {
                        out.append(decoded);
                        i = semi + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return paragraphs(out);
    }

    private record Tag(String name, boolean closing, boolean selfClosing) {
        static Tag parse(String html, int from, int to) {
            int i = from;
            boolean closing = i < to && html.charAt(i) == '/';
            if (closing) {
                i++;
            }
            int start = i;
            while (i < to && (Character.isLetterOrDigit(html.charAt(i)) || html.charAt(i) == '-')) {
                i++;
            }
            if (i == start) {
                return null;
            }
            return new Tag(html.substring(start, i).toLowerCase(Locale.ROOT), closing, html.charAt(to - 1) == '/');
        }
    }

    /** Collapses white space inside lines and keeps one blank line between paragraphs. */
    private static String paragraphs(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        StringBuilder line = new StringBuilder();
        for (String l : raw.toString().split("\n", -1)) {
            line.setLength(0);
            boolean space = false;
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    space = line.length() > 0;
                } else {
                    if (space) {
                        line.append(' ');
                        space = false;
                    }
                    line.append(c);
                }
            }
            if (line.length() > 0) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(line);
            }
        }
        return out.toString();
    }
}
