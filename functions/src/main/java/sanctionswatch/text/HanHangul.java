package sanctionswatch.text;

/**
 * The Korean reading of a Han character, as a Hangul syllable: the sound Korean gives the character a Korean name is
 * written with, so that a North Korean's name in the characters Chinese and Japanese news writes it with meets the
 * name as the lists romanise it: 金英徹 is 김영철, KIM, Yong Chol; 朴道春 박도춘, PAK, To-Chun; 李永吉 리영길, RI, Yong
 * Gil, with the initial r North Korea keeps (South Korea reads 李 이).
 *
 * <p>The table ({@code han-hangul.txt}: each syllable, then the characters read so) is where the Korean collation of
 * the Unicode CLDR, as ICU carries it, sorts each character: among the syllables, equal to its reading at the primary
 * level (the order of Korean dictionaries of Hanja). One reading a character, the one it sorts at. A character is
 * filed as the tokenizer reads it, simplified ({@link HanVariants}): 鄭 as 郑, which Korean does not write and the
 * collation gives no reading; where a simplified character stands for several whose readings differ, it has none.
 * {@code HanHangulTest} checks it against ICU, which the functions do not carry. It is read on the first Chinese or
 * Japanese text that names North Korea.
 */
public final class HanHangul {
    static final String HEADER = "# A Hangul syllable, then the Han characters (simplified, as the tokenizer reads"
            + " them) the Korean collation of CLDR in ICU sorts with it at the primary level (Unicode License v3)."
            + " Checked by HanHangulTest.\n";

    private HanHangul() {
    }

    /** The reading of a character: {@code of('金')} is "김", {@code of('郑')} "정"; null for one the table has not. */
    public static String of(int cp) {
        return HanReadings.of(Table.READINGS, cp);
    }

    /** Loaded when first asked for: most texts and most containers never look for a Korean name in Han. */
    private static final class Table {
        static final String[] READINGS = HanReadings.read("/sanctionswatch/text/han-hangul.txt");
    }
}
