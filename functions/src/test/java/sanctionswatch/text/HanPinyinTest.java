package sanctionswatch.text;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class HanPinyinTest {
    private static final Path TABLE = Path.of("src/main/resources/sanctionswatch/text/han-pinyin.txt");

    @Test
    void theTableIsIcusHanToLatinReadingOfTheCharactersOfGb2312() throws IOException {
        // What ICU's "Han-Latin" transform reads each Han character of GB 2312 as on its own, without its tone:
        // the characters mainland news writes names with.
        Transliterator icu = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        Map<String, StringBuilder> bySyllable = new TreeMap<>();
        int characters = 0;
        for (char c = 0x4E00; c <= 0x9FFF; c++) {
            if (!gb2312.canEncode(c)) {
                continue;
            }
            String reading = icu.transliterate(String.valueOf(c));
            if (!reading.matches("[a-z]+")) {
                continue;
            }
            bySyllable.computeIfAbsent(reading, k -> new StringBuilder()).append(c);
            characters++;
        }
        StringBuilder expected = new StringBuilder(HanPinyin.HEADER);
        bySyllable.forEach((syllable, chars) -> expected.append(syllable).append(' ').append(chars).append('\n'));
        String committed = Files.readString(TABLE, StandardCharsets.UTF_8);
        if (!committed.contentEquals(expected)) {
            // Written out so that a new ICU's table is one copy away.
            Path fresh = Path.of("target/han-pinyin.txt");
            Files.writeString(fresh, expected, StandardCharsets.UTF_8);
            fail("the table differs from ICU " + VersionInfo.ICU_VERSION + "'s: copy " + fresh + " to " + TABLE);
        }
        assertTrue(characters > 6000, characters + " characters");
    }

    @Test
    void charactersReadAsTheirPinyinWithoutTone() {
        // 吴慧慧 is WU, Huihui as the lists write her; 國, traditional, is read as 国; a Latin letter has none.
        assertEquals("wu", HanPinyin.of('吴'));
        assertEquals("hui", HanPinyin.of('慧'));
        assertEquals("guo", HanPinyin.of(HanVariants.simplified('國')));
        assertNull(HanPinyin.of('a'));
    }
}
