package sanctionswatch.match;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sanctionswatch.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Hangul and Arabic script meet the lists' romanisations word by word. */
class ScriptKeysTest {
    @ParameterizedTest
    @CsvSource({"hamiyah,hami,حمية", "qafisheh,qafishe,قفيشة", "salamah,salama,سلامة", "hamzah,hamza,حمزة"})
    void aTaMarbutaRomanisedIsKeyedAsArabicScriptWritesIt(String listed, String without, String arabic) {
        assertEquals(without, ScriptKeys.withoutTaMarbuta(listed));
        assertEquals(ScriptKeys.arabic(arabic), ScriptKeys.arabicOfLatin(without));
    }

    @ParameterizedTest
    @CsvSource({"nasrallah", "shah", "hamid"})
    void aWordWithoutTaMarbutaIsLeftAsItIs(String listed) {
        assertNull(ScriptKeys.withoutTaMarbuta(listed));
    }

    @ParameterizedTest
    @CsvSource({
            "김,Kim", "정,Jong", "은,Un", "최,Choe", "룡,Ryong", "철,Chol", "박,Pak", "도,To", "춘,Chun", "주,Chu",
            "규,Kyu", "창,Chang", "봉,Bong", "여,Yo", "희,Hui"})
    void aHangulSyllableAndItsRomanisationShareAKey(String syllable, String romanised) {
        assertEquals(ScriptKeys.korean(Normalizer.fold(romanised)), ScriptKeys.korean(syllable.codePointAt(0)));
    }

    @ParameterizedTest
    @CsvSource({
            "حسن,hasan", "حسن,hassan", "نصرالله,nasrallah", "البغدادي,baghdadi", "والبغدادي,baghdadi",
            "قاسم,qasem", "سلیمانی,soleimani", "مسجدي,masjedi", "ابراهیم,ebrahim",
            // ي and و before a long a are consonants, elsewhere vowels as the Latin y and w are.
            "إياد,iyad", "زياد,ziyad", "نواف,nawaf", "جواد,javad", "مروان,marwan", "إيهاب,ihab", "سيد,sayed",
            "سيد,sayyid", "داود,dawood",
            // An o or u before an a is the و Arabic writes there.
            "سينالوا,sinaloa", "إدواردو,eduardo",
            // Husayn is not Hasan, though their consonants agree.
            "حسين,husayn", "حسين,hussein", "حسین,hossein", "الحسيني,husseini", "حسني,hosni",
            // Mahmud is not Muhammad either.
            "محمود,mahmoud", "محمود,mahmud", "محمود,mahmood", "محمد,muhammad", "محمد,mohamed"})
    void anArabicScriptWordAndItsRomanisationShareAKey(String arabic, String romanised) {
        assertEquals(ScriptKeys.arabicOfLatin(romanised), ScriptKeys.arabic(Normalizer.fold(arabic)));
    }

    @ParameterizedTest
    @CsvSource({"رضا,reza", "بازقندی,bazghandi", "محققی,mohagheghi", "اقتصاد,eghtesad", "کشاورزی,keshavarzi"})
    void aPersianWordReadAsPersianSoundsItsLettersAndItsRomanisationShareAKey(String persian, String romanised) {
        assertEquals(ScriptKeys.arabicOfLatin(romanised), ScriptKeys.persian(Normalizer.fold(persian)));
        assertNotEquals(ScriptKeys.arabicOfLatin(romanised), ScriptKeys.arabic(Normalizer.fold(persian)));
    }

    @ParameterizedTest
    @CsvSource({"حسين,hasan", "حسن,husayn", "حسن,hussein", "محمد,mahmoud", "محمود,muhammad", "محمود,mohamed"})
    void husaynAndHasanHaveKeysOfTheirOwn(String arabic, String romanised) {
        assertNotEquals(ScriptKeys.arabicOfLatin(romanised), ScriptKeys.arabic(Normalizer.fold(arabic)));
    }

    @ParameterizedTest
    @CsvSource({
            "كيم,Kim", "جونغ,Jong", "جونج,Jong", "جونگ,Jong", "أون,Un", "اون,Un", "تشوي,Choe", "سون,Son", "هوي,Hui",
            "يو,Yo", "ري,Ri", "بيونغ,Pyong", "تشول,Chol", "شول,Chol", "شو,Choe", "بارك,Pak", "إيل,Il", "سونغ,Sung"})
    void aKoreanSyllableInArabicScriptAndItsRomanisationShareAKey(String arabic, String romanised) {
        assertEquals(ScriptKeys.koreanInArabicOfLatin(Normalizer.fold(romanised)),
                ScriptKeys.koreanInArabic(Normalizer.fold(arabic)));
    }

    @ParameterizedTest
    @CsvSource({"Джаафар,Ja'far", "Хусейни,Husayni", "Халид,Khalid", "Хасан,Hasan", "Казим,Kadhim", "Джасим,Jasim",
            "Мухаммад,Muhammad", "Махмуд,Mahmoud", "Наджи,Naji"})
    void anArabicNameInCyrillicAndItsRomanisationShareAKey(String cyrillic, String romanised) {
        assertEquals(ScriptKeys.arabicInCyrillic(Normalizer.fold(romanised)),
                ScriptKeys.arabicInCyrillic(sanctionswatch.text.Tokenizer.tokenize(cyrillic).get(0).norm()));
    }

    @org.junit.jupiter.api.Test
    void theArticleAndOtherScriptsHaveNoKey() {
        assertNull(ScriptKeys.arabicOfLatin("al"));
        assertNull(ScriptKeys.arabic("Hasan"));
        assertNull(ScriptKeys.korean('K'));
        // A word Persian sounds as Arabic does has no reading of its own.
        assertNull(ScriptKeys.persian("محمد"));
    }
}
