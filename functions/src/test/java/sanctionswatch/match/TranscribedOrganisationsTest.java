package sanctionswatch.match;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Foreign organisations as Korean and Japanese news names them, generic words translated and proper words by their
 * sound (or spelt in Latin letters before them, in Chinese news too), on real names of the bundled list and sentences
 * as the news writes them; and the words of those scripts that must stay no one's: a proper word alone, a name of two
 * words where the entry's country is not named.
 */
class TranscribedOrganisationsTest {
    private static List<String> found(String text) {
        return BundledMatching.mentions(text).stream()
                .map(m -> m.entity().id() + "|" + m.rule().label() + "|" + m.matched()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // A Chinese company in Hangul: its proper word by Mandarin's sound, Korean's generic words (국제
            // international, 무역 trading) in Korean's order, the legal form left out.
            "단둥리치어스무역과 밍정국제무역 등 중국 기관 6개가 포함됐다.|ofac-sdn:22583|밍정국제무역",
            "조선광선은행의 불법 금융활동을 지원한 중국 단둥 훙샹실업발전공사 및 관계자 4명|ofac-sdn:20564|단둥 훙샹실업발전공사",
            // A Russian company: its proper word in Hangul and a Latin letter; a name of two words, Russia named.
            "게페스트-M 등 러시아 기관 1개와 러시아 국민 4명이 포함됐다.|ofac-sdn:22607|게페스트-M",
            // A Taiwanese company's proper words run into one word, in quotes, Taiwan named.
            "대만기업 ‘주이방’과 ‘주이종’, 홍콩 회사 ‘주이쳉’이 포함됐다.|ofac-sdn:26929|주이방",
            "대만기업 ‘주이방’과 ‘주이종’, 홍콩 회사 ‘주이쳉’이 포함됐다.|ofac-sdn:26931|주이종",
            "대만기업 ‘주이방’과 ‘주이종’, 홍콩 회사 ‘주이쳉’이 포함됐다.|ofac-sdn:26930|주이쳉",
            // A Singapore company without its legal form (PTE LTD), and the lists' English words Korean writes by
            // their sound (파트너스 partners, 포트 port).
            "제재 대상 기관은 싱가포르 트랜스아틀란틱 파트너스다.|ofac-sdn:22605|트랜스아틀란틱 파트너스",
            "기관은 뉴이스턴 쉬핑, 안파사르 트레이딩, 스완시스 포트서비스 등이다.|ofac-sdn:39359|스완시스 포트서비스",
            // A company in katakana, its proper word in Latin letters before it, the words joined by middle dots.
            "トルコを拠点とする「SIAファルコン・インターナショナル・グループ」の代表と役員は商談を行った。|ofac-sdn:25000"
                    + "|SIAファルコン・インターナショナル・グループ",
            // A company's own words in Latin letters, its generic words in the text's script after them, with a space
            // or without: keyed by their spelling, not their sound (ROSSIYA has two consonants of a sound key).
            "미 재무부는 러시아의 Rossiya 은행을 제재했다.|ofac-sdn:16681|Rossiya 은행",
            "美国财政部制裁俄罗斯Saint Petersburg银行。|ofac-sdn:40924|Saint Petersburg银行",
            "伊朗的Zagros石化公司被列入名单。|ofac-sdn:29422|Zagros石化公司"})
    void findsForeignOrganisationsWithTheirProperWordsWrittenByTheirSound(String text, String id, String words) {
        List<String> found = found(text);
        assertTrue(found.stream().anyMatch(f -> f.equals(id + "|translated|" + words)), found.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // A proper word alone is no name here: BLENDER.IO and LAZARUS GROUP are not named by these.
            "OFAC는 지난 5월 다른 암호화폐 믹서 '블렌더'에도 같은 조치를 취한 바 있다.",
            "北朝鮮のハッカー集団「ラザルス」のマネーロンダリングに加担した。",
            // A name of two words where the entry's country is not named.
            "게페스트-M 등 기관 1개가 포함됐다.",
            // A Chinese entry's proper words in one word: not without the quotes, nor without its country named.
            "대만기업 주이방과 주이종이 포함됐다.",
            "해운회사 ‘주이방’과 ‘주이종’이 포함됐다.",
            // Korean and Japanese words and companies of their own, no listed entry's.
            "중국 ‘홍콩’ 지역의 ‘다롄항’에서 열렸다.",
            "중국 국제무역 박람회가 열렸다.",
            "ソフトバンクグループとトヨタ・インターナショナルは発表した。",
            "삼성그룹과 현대무역은 발표했다.",
            // Latin words and a generic word of two words in all, where the entry's country is not named; Latin
            // words of another name before the generic word.
            "Zagros石化公司的工厂在山区。",
            "美国制裁Samsung银行和Saint集团。"})
    void findsNoOrganisationWhereTheWordsAreNoListedName(String text) {
        List<String> found = found(text);
        assertTrue(found.stream().noneMatch(f -> f.contains("|translated|")), found.toString());
    }
}
