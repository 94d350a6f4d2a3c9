package sanctionswatch.text;

import java.util.Map;

/** The HTML named character references news pages and feeds actually use, and numeric references. */
public final class HtmlEntities {
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"),
            Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("sbquo", "‚"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("bdquo", "„"),
            Map.entry("hellip", "…"), Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("trade", "™"),
            Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("ecirc", "ê"), Map.entry("euml", "ë"),
            Map.entry("aacute", "á"), Map.entry("agrave", "à"), Map.entry("acirc", "â"), Map.entry("atilde", "ã"),
            Map.entry("oacute", "ó"), Map.entry("ograve", "ò"), Map.entry("ocirc", "ô"), Map.entry("otilde", "õ"),
            Map.entry("iacute", "í"), Map.entry("icirc", "î"), Map.entry("iuml", "ï"), Map.entry("uacute", "ú"),
            Map.entry("ucirc", "û"), Map.entry("ntilde", "ñ"), Map.entry("ouml", "ö"), Map.entry("uuml", "ü"),
            Map.entry("auml", "ä"), Map.entry("aring", "å"), Map.entry("oslash", "ø"), Map.entry("aelig", "æ"),
            Map.entry("szlig", "ß"), Map.entry("ccedil", "ç"), Map.entry("Eacute", "É"), Map.entry("Ouml", "Ö"),
            Map.entry("Uuml", "Ü"), Map.entry("Auml", "Ä"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("bull", "•"), Map.entry("middot", "·"), Map.entry("euro", "€"), Map.entry("pound", "£"),
            Map.entry("yen", "¥"), Map.entry("cent", "¢"), Map.entry("deg", "°"), Map.entry("times", "×"),
            Map.entry("shy", "\u00AD"), Map.entry("thinsp", "\u2009"), Map.entry("ensp", "\u2002"),
            Map.entry("emsp", "\u2003"), Map.entry("zwnj", "\u200C"), Map.entry("zwj", "\u200D"));

    private HtmlEntities() {}

    /** The text of a reference without its {@code &} and {@code ;} ("amp", "#8217", "#x2019"), or null. */
    public static String decode(String reference) {
        if (reference.startsWith("#")) {
            try {
                int cp = reference.startsWith("#x") || reference.startsWith("#X")
                        ? Integer.parseInt(reference.substring(2), 16) : Integer.parseInt(reference.substring(1));
                return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED.get(reference);
    }
}
