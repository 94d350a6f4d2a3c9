package sanctionswatch.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Mandarin reading of a simplified Chinese character in pinyin without its tone, as the lists romanise the
 * names of the people of China: 吴慧慧 is wu hui hui, WU, Huihui.
 *
 * <p>The table ({@code han-pinyin.txt}: each syllable, then the characters read so) is ICU's Han-Latin transform of
 * each character of GB 2312, the 6,763 characters mainland news writes with, one reading a character (the commonest:
 * a name's character read otherwise, as 单 Shan the surname, is read as the word); {@code HanPinyinTest} checks it
 * against ICU, which the functions do not carry. It is read on the first Chinese name a container looks for.
 */
public final class HanPinyin {
    static final String HEADER = "# A pinyin syllable without tone, then the characters of GB 2312 ICU's Han-Latin"
            + " transform reads so, one character at a time (Unicode License v3). Checked by HanPinyinTest.\n";

    private HanPinyin() {
    }

    /** The reading of a character: {@code of('慧')} is "hui"; null for a character the table has not (a, 㑳). */
    public static String of(int cp) {
        return cp < Table.FIRST || cp >= Table.FIRST + Table.READINGS.length ? null
                : Table.READINGS[cp - Table.FIRST];
    }

    /** Loaded when first asked for: most texts and most containers never look for a Chinese name. */
    private static final class Table {
        static final int FIRST = 0x4E00;
        static final String[] READINGS = new String[0xA000 - FIRST];

        static {
            try (InputStream in = HanPinyin.class.getResourceAsStream("/sanctionswatch/text/han-pinyin.txt")) {
                if (in == null) {
                    throw new IllegalStateException("han-pinyin.txt is missing from the class path");
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    int space = line.indexOf(' ');
                    if (line.startsWith("#") || space < 0) {
                        continue;
                    }
                    String syllable = line.substring(0, space).intern();
                    for (int i = space + 1; i < line.length(); i++) {
                        READINGS[line.charAt(i) - FIRST] = syllable;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
