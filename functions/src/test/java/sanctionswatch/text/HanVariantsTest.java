package sanctionswatch.text;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class HanVariantsTest {
    private static final Path TABLE = Path.of("src/main/resources/sanctionswatch/text/han-simplified.txt");

    @Test
    void theTableIsIcusTraditionalToSimplifiedMappingOfSingleCharacters() throws IOException {
        // What ICU's "Traditional-Simplified" transform makes of each Han character of the Basic Multilingual Plane
        // on its own, where it gives one other character.
        Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder expected = new StringBuilder(HanVariants.HEADER);
        int pairs = 0;
        for (int cp = 0x3400; cp < 0x10000; cp++) {
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                continue;
            }
            String one = new String(Character.toChars(cp));
            String simplified = icu.transliterate(one);
            if (simplified.codePointCount(0, simplified.length()) == 1 && !simplified.equals(one)
                    && simplified.codePointAt(0) < 0x10000) {
                expected.append(one).append(simplified).append('\n');
                pairs++;
            }
        }
        String committed = Files.readString(TABLE, StandardCharsets.UTF_8);
        if (!committed.contentEquals(expected)) {
            // Written out so that a new ICU's table is one copy away.
            Path fresh = Path.of("target/han-simplified.txt");
            Files.writeString(fresh, expected, StandardCharsets.UTF_8);
            fail("the table differs from ICU " + VersionInfo.ICU_VERSION + "'s: copy " + fresh + " to "
                    + TABLE);
        }
        assertTrue(pairs > 2000, pairs + " pairs");
    }

    @Test
    void traditionalCharactersReadAsSimplifiedOnesAndOthersAsThemselves() {
        // 美國 (Taiwan, Hong Kong) is 美国 (the mainland, and the lists); 伊斯蘭 is 伊斯兰.
        assertEquals('国', HanVariants.simplified('國'));
        assertEquals('兰', HanVariants.simplified('蘭'));
        assertEquals('国', HanVariants.simplified('国'));
        assertEquals('a', HanVariants.simplified('a'));
        assertEquals(List.of("美", "国", "制", "裁", "俄", "罗", "斯"),
                Tokenizer.tokenize("美國制裁俄羅斯").stream().map(Token::norm).toList());
    }
}
