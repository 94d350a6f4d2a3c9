package sanctionswatch.text;

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
        return HanReadings.of(Table.READINGS, cp);
    }

    /** Loaded when first asked for: most texts and most containers never look for a Chinese name. */
    private static final class Table {
        static final String[] READINGS = HanReadings.read("/sanctionswatch/text/han-pinyin.txt");
    }
}
