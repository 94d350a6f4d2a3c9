package sanctionswatch.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Traditional Chinese characters read as their simplified forms. Taiwan, Hong Kong and much overseas Chinese news
 * write 美國, 俄羅斯, 伊斯蘭革命衛隊; the mainland, the lists' Chinese names and the gazetteer write 美国, 俄罗斯,
 * 伊斯兰革命卫队. Folding each character of the text to its simplified form lets one set of names serve both.
 *
 * <p>The table ({@code han-simplified.txt}, 2,906 pairs) is ICU's Traditional-Simplified transform taken character
 * by character; {@code HanVariantsTest} checks it against ICU, which the functions do not carry (14 MB for one
 * table). It is read on the first Han character a container meets, not at start.
 */
public final class HanVariants {
    static final String HEADER = "# Traditional Chinese character, then its simplified form: ICU's Traditional-Simplified"
            + " transform, one character at a time (Unicode License v3). Checked by HanVariantsTest.\n";

    private HanVariants() {
    }

    /**
     * The simplified form of a traditional character, or {@code cp} itself: {@code simplified('國') == '国'},
     * {@code simplified('国') == '国'}, {@code simplified('a') == 'a'}.
     */
    public static int simplified(int cp) {
        if (cp < 0x3400 || cp > 0xFFFF) {
            return cp;
        }
        int at = Arrays.binarySearch(Table.TRADITIONAL, (char) cp);
        return at >= 0 ? Table.SIMPLIFIED[at] : cp;
    }

    /** Loaded when first asked for: most texts and most containers never meet a Han character. */
    private static final class Table {
        static final char[] TRADITIONAL;
        static final char[] SIMPLIFIED;

        static {
            String table;
            try (InputStream in = HanVariants.class.getResourceAsStream("/sanctionswatch/text/han-simplified.txt")) {
                if (in == null) {
                    throw new IllegalStateException("han-simplified.txt is missing from the class path");
                }
                table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            char[] from = new char[table.length() / 3];
            char[] to = new char[from.length];
            int n = 0;
            for (String line : table.split("\n")) {
                if (line.length() == 2) {
                    from[n] = line.charAt(0);
                    to[n] = line.charAt(1);
                    n++;
                }
            }
            // The file is written in code point order, so the first column is sorted already.
            TRADITIONAL = Arrays.copyOf(from, n);
            SIMPLIFIED = Arrays.copyOf(to, n);
        }
    }
}
