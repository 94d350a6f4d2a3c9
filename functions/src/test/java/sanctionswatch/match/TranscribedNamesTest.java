package sanctionswatch.match;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Foreign people's names, and organisations' one-word cores, as Korean and Chinese news write them by their sound, on
 * real names of the bundled list:
 * the keys both spellings reduce to, the names found in sentences as the news writes them, and the words of those
 * scripts that must stay no one's.
 */
class TranscribedNamesTest {
    private static List<String> found(String text) {
        return BundledMatching.mentions(text).stream()
                .map(m -> m.entity().id() + "|" + m.rule().label() + "|" + m.matched()).toList();
    }

    @ParameterizedTest
    @CsvSource({
            // Korean adds a vowel after a final consonant (밀레르, mil-le-reu) and writes v as ㅂ (b).
            "이고리,igor", "세친,sechin", "알렉세이,alexey", "밀레르,miller", "바실리,vasily", "바실리,vasili",
            "콜차노프,kolchanov", "메드베데프,medvedev", "드미트리,dmitriy", "겐나디,gennady", "팀첸코,timchenko",
            "나임,naim", "카셈,qassem", "미하일,mikhail",
            // A final h after a vowel is silent (HANIYEH, as Arabic's closing ta).
            "하니예,haniyeh", "압달라,abdallah"})
    void aForeignNameInHangulAndItsRomanisationShareAKey(String hangul, String latin) {
        String key = ScriptKeys.foreignInHangul(hangul, false);
        String last = key.endsWith("I") ? key.substring(0, key.length() - 1) : key;
        String listed = ScriptKeys.foreignOfLatin(latin, ScriptKeys.Reading.HANGUL);
        assertTrue(listed.equals(key) || listed.equals(last), key + " " + listed);
    }

    @ParameterizedTest
    @CsvSource({
            // Mandarin's sounds as Korean writes them: Wade-Giles (Hsiang, Ken) and pinyin (Zhiyong).
            "첸,chen", "메이시앙,meihsiang", "옌즈융,yanzhiyong", "후앙왕건,huangwangken"})
    void aChineseNameInHangulAndItsRomanisationShareAKey(String hangul, String latin) {
        assertEquals(ScriptKeys.foreignOfLatin(latin, ScriptKeys.Reading.MANDARIN),
                ScriptKeys.foreignInHangul(hangul, true));
    }

    @ParameterizedTest
    @CsvSource({
            // Korean news writes dong and zhong as 동 and 종 (the standard's 둥 and 중), jia and xiang with ㅑ (쟈, 샹),
            // yuan with ㅟ (위안).
            "리쟈동,lijiadong", "샹,xiang", "위안,yuan", "훙샹,hongxiang", "밍정,mingzheng", "단둥,dandong",
            "주이쳉,juicheng"})
    void aChineseNameInHangulAsKoreanNewsWritesItSharesAKeyWithItsPinyin(String hangul, String latin) {
        assertEquals(ScriptKeys.foreignOfLatin(latin, ScriptKeys.Reading.MANDARIN),
                ScriptKeys.foreignInHangul(hangul, true));
    }

    @ParameterizedTest
    @CsvSource({
            // Hepburn's kana, without the vowels Japanese adds after a consonant (ラザルス ra-za-ru-su, ドミトリー
            // do-mi-to-ri-i); the long-vowel mark and the small tsu add no sound.
            "ロゴジン,rogozin", "ラザルス,lazarus", "ドミトリー,dmitry", "ファルコン,falcon", "セーチン,sechin",
            "パトルシェフ,patrushev", "ナビウリナ,nabiullina", "ティムチェンコ,timchenko", "ミレル,miller",
            "ラブロフ,lavrov", "キャッシュ,cash",
            // Russian's ти and ди as Japanese mostly writes them, チ and ジ.
            "プーチン,putin", "コンスタンチン,konstantin", "マロフェーエフ,malofeyev"})
    void aForeignNameInKatakanaAndItsRomanisationShareAKey(String kana, String latin) {
        assertEquals(ScriptKeys.foreignOfLatin(latin, ScriptKeys.Reading.KANA), ScriptKeys.foreignInKana(kana));
    }

    @Test
    void katakanaKeysAreOnlyOfKatakana() {
        assertNull(ScriptKeys.foreignInKana("ロシア人"));
        assertNull(ScriptKeys.foreignInKana("ろごじん"));
        assertNull(ScriptKeys.foreignInKana("ー"));
    }

    @ParameterizedTest
    @CsvSource({
            // Xinhua's characters: 梅 me, 德 d, 韦 ve, 杰 de, 夫 v.
            "梅德韦杰夫,medvedev", "康斯坦丁,konstantin", "马洛费耶夫,malofeyev", "德米特里耶夫,dmitriev",
            "基尔,kirill", "哈桑,hasan", "伊尔卢,irlu", "叶卡捷琳娜,yekaterina", "蒂科霍诺娃,tikhonova",
            "普蒂娜,putina", "季姆琴科,timchenko", "科瓦利丘克,kovalchuk", "帕特鲁舍夫,patrushev",
            // Given names Chinese writes in a form of their own, not by the table.
            "亚历山大,aleksandr", "弗拉基米尔,vladimir", "维克托,viktor"})
    void aForeignNameInChineseCharactersAndItsRomanisationShareAKey(String han, String latin) {
        assertEquals(ScriptKeys.foreignOfLatin(latin, ScriptKeys.Reading.HAN), ScriptKeys.foreignInHan(han));
    }

    @Test
    void chineseTellsPFromBAndTheTableHoldsOnlyTranscriptionCharacters() {
        // 普 p and 布 b: PUTINA, Maria (VORONTSOVA's alias) is not BUTINA, Maria.
        assertNotEquals(ScriptKeys.foreignOfLatin("butina", ScriptKeys.Reading.HAN), ScriptKeys.foreignInHan("普蒂娜"));
        assertNull(ScriptKeys.foreignInHan("国际"));
        assertNull(ScriptKeys.foreignInHan("伊亚"));
        assertNull(ScriptKeys.foreignInHangul("Kim", false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Russians in Hangul, given name and surname.
            "로스네프티 대표 이고리 세친, 가스프롬 사장 알렉세이 밀레르 등이 이름을 올렸다.|ofac-sdn:16692|이고리 세친",
            "로스네프티 대표 이고리 세친, 가스프롬 사장 알렉세이 밀레르 등이 이름을 올렸다.|ofac-sdn:24083|알렉세이 밀레르",
            "이 회사 사장인 러시아 국적의 바실리 콜차노프를 독자제재 대상으로 지정했습니다.|ofac-sdn:24517|바실리 콜차노프",
            "러시아 재벌 겐나디 팀첸코는 제재 대상이다.|ofac-sdn:16666|겐나디 팀첸코",
            // Taiwanese and Chinese names in Mandarin's sounds, run together where the country is named.
            "대만인 후앙왕건과 첸 메이시앙은 북한과 선박 간 환적을 벌였다.|ofac-sdn:26927|후앙왕건",
            "대만인 후앙왕건과 첸 메이시앙은 북한과 선박 간 환적을 벌였다.|ofac-sdn:26928|첸 메이시앙",
            "고려항공 물류 매니저인 중국인 옌즈융이다.|ofac-sdn:39661|옌즈융",
            // Russians and Iranians in Chinese characters, a middle dot between given name and surname, traditional
            // characters read as simplified.
            "制裁对象中包括俄罗斯商人康斯坦丁·马洛费耶夫等。|ofac-sdn:17448|康斯坦丁·马洛费耶夫",
            "美國財政部還宣對俄羅斯直接投資基金及其首席執行官基爾·德米特里耶夫等實施制裁。|ofac-sdn:34336|基爾·德米特里耶夫",
            "宣布制裁伊朗驻也门胡塞武装代表哈桑·伊尔卢和伊朗穆斯塔法国际大学。|ofac-sdn:30544|哈桑·伊尔卢",
            "制裁对象包括普京的成年女儿玛丽亚·普蒂娜以及叶卡捷琳娜·蒂科霍诺娃。|ofac-sdn:36420|玛丽亚·普蒂娜",
            "制裁对象包括普京的成年女儿玛丽亚·普蒂娜以及叶卡捷琳娜·蒂科霍诺娃。|ofac-sdn:36236|叶卡捷琳娜·蒂科霍诺娃",
            "俄罗斯富商根纳季·季姆琴科受到制裁。|ofac-sdn:16666|根纳季·季姆琴科",
            "乌克兰亲俄政客维克托·梅德韦德丘克被捕。|ofac-sdn:16663|维克托·梅德韦德丘克",
            // A surname alone in Chinese characters, where the person's country is named.
            "俄罗斯安全会议秘书帕特鲁舍夫当天表示。|ofac-sdn:24309|帕特鲁舍夫",
            // Russians in katakana: a surname alone where Russia is named, and given name and surname joined by a
            // middle dot.
            "ロシア安全保障会議のパトルシェフ書記は述べた。|ofac-sdn:24309|パトルシェフ",
            "ロシアのドミトリー・ロゴジン副首相は話した。|ofac-sdn:16649|ドミトリー・ロゴジン",
            "ロシア国営石油会社ロスネフチのイーゴリ・セーチン社長は述べた。|ofac-sdn:16692|イーゴリ・セーチン",
            // An organisation's one-word core, as a surname alone is, where its country is named: GARANTEX EUROPE,
            // ROSBANK.
            "ロシアの暗号資産取引所ガランテックスが制裁対象になった。|ofac-sdn:36025|ガランテックス",
            "러시아 암호화폐 거래소 가란텍스가 제재 대상에 올랐다.|ofac-sdn:36025|가란텍스",
            "ロシアの大手銀行ロスバンクは声明を出した。|ofac-sdn:36496|ロスバンク"})
    void findsForeignNamesWrittenByTheirSound(String text, String id, String words) {
        List<String> found = found(text);
        assertTrue(found.stream().anyMatch(f -> f.startsWith(id + "|") && f.endsWith("|" + words)), found.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // Korean words of a text about sanctions and China, and a Chinese city, are no Chinese person's name.
            "중국 정부는 제재 대상에는 포함되지 않았다고 밝혔다.",
            "미국 재무부는 중국 선양의 회사를 제재했다.",
            "러시아와 중국의 조직인 두 회사가 제재 대상에 올랐다.",
            // A Chinese text's own names, and a foreign name of no listed person.
            "中国外交部发言人汪文斌表示，美国国务卿安东尼·布林肯访问俄罗斯。",
            // Another given name before a listed surname is another person.
            "俄罗斯歌手谢尔盖·帕特鲁舍夫表示。",
            // No country of the person named: a surname alone stands for no one.
            "帕特鲁舍夫当天表示。",
            // A key two surnames share (TIMCHENKO and DEMCHENKO: Chinese writes ди and ти alike) is neither's.
            "俄罗斯富商季姆琴科当天表示。",
            // Japanese loanwords in katakana, and a surname alone with no country of the person named.
            "ロシアのアンガラロケットはボストーチヌイ宇宙基地から打ち上げられた。",
            "パトルシェフ氏は同日の記者会見で述べた。",
            // An organisation's core with no country of the entry named.
            "暗号資産取引所ガランテックスは声明を出した。"})
    void findsNoOneWhereTheWordsAreNoListedForeignName(String text) {
        List<String> found = found(text);
        assertTrue(found.stream().noneMatch(f -> f.contains("|transliterated|") || f.contains("|surname alone|")
                || f.contains("|core name|")),
                found.toString());
    }
}
