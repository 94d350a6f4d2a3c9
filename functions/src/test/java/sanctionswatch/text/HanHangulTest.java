package sanctionswatch.text;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class HanHangulTest {
    private static final Path TABLE = Path.of("src/main/resources/sanctionswatch/text/han-hangul.txt");

    @Test
    void theTableIsWhereIcusKoreanCollationSortsEachCharacterAmongTheSyllables() throws IOException {
        Collator korean = Collator.getInstance(new ULocale("ko"));
        korean.setStrength(Collator.PRIMARY);
        Map<String, Character> syllables = new HashMap<>();
        for (char s = 0xAC00; s <= 0xD7A3; s++) {
            syllables.put(key(korean, s), s);
        }
        // Each character's own reading, then filed as the tokenizer reads it (simplified): a simplified character's
        // own reading first, else its traditional forms' where they agree.
        char[] own = new char[HanReadings.END - HanReadings.FIRST];
        for (char c = (char) HanReadings.FIRST; c < HanReadings.END; c++) {
            Character reading = syllables.get(key(korean, c));
            own[c - HanReadings.FIRST] = reading == null ? 0 : reading;
        }
        char[] fromTraditional = new char[own.length];
        for (char c = (char) HanReadings.FIRST; c < HanReadings.END; c++) {
            int simplified = HanVariants.simplified(c);
            char reading = own[c - HanReadings.FIRST];
            if (simplified == c || reading == 0 || simplified < HanReadings.FIRST || simplified >= HanReadings.END
                    || own[simplified - HanReadings.FIRST] != 0) {
                continue;
            }
            int at = simplified - HanReadings.FIRST;
            fromTraditional[at] = fromTraditional[at] == 0 || fromTraditional[at] == reading ? reading : '?';
        }
        Map<Character, StringBuilder> bySyllable = new TreeMap<>();
        int characters = 0;
        for (int at = 0; at < own.length; at++) {
            if (HanVariants.simplified(at + HanReadings.FIRST) != at + HanReadings.FIRST) {
                continue;
            }
            char reading = own[at] != 0 ? own[at] : fromTraditional[at] != '?' ? fromTraditional[at] : 0;
            if (reading != 0) {
                bySyllable.computeIfAbsent(reading, k -> new StringBuilder()).append((char) (at + HanReadings.FIRST));
                characters++;
            }
        }
        StringBuilder expected = new StringBuilder(HanHangul.HEADER);
        bySyllable.forEach((syllable, chars) -> expected.append(syllable).append(' ').append(chars).append('\n'));
        String committed = Files.exists(TABLE) ? Files.readString(TABLE, StandardCharsets.UTF_8) : "";
        if (!committed.contentEquals(expected)) {
            // Written out so that a new ICU's table is one copy away.
            Path fresh = Path.of("target/han-hangul.txt");
            Files.writeString(fresh, expected, StandardCharsets.UTF_8);
            fail("the table differs from ICU " + VersionInfo.ICU_VERSION + "'s: copy " + fresh + " to " + TABLE);
        }
        assertTrue(characters > 4000, characters + " characters");
    }

    private static String key(Collator collator, char c) {
        CollationKey key = collator.getCollationKey(String.valueOf(c));
        return Arrays.toString(key.toByteArray());
    }

    @Test
    void charactersReadAsTheSyllableKoreanGivesThem() {
        // 金英徹 is 김영철, KIM, Yong Chol; 李 keeps the r North Korea writes (RI, Yong Gil); 鄭 is read as 郑, the
        // form the tokenizer gives it; a Latin letter has none.
        assertEquals("김영철", HanHangul.of('金') + HanHangul.of('英') + HanHangul.of(HanVariants.simplified('徹')));
        assertEquals("리", HanHangul.of('李'));
        assertEquals("정", HanHangul.of(HanVariants.simplified('鄭')));
        assertNull(HanHangul.of('a'));
    }
}
