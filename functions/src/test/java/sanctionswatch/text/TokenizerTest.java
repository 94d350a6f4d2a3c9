package sanctionswatch.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenizerTest {
    private static List<String> words(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::norm).toList();
    }

    @Test
    void foldsCaseAndDiacriticsAndKeepsOffsets() {
        List<Token> t = Tokenizer.tokenize("Zoë  ÉCOLE");
        assertEquals(List.of("zoe", "ecole"), t.stream().map(Token::norm).toList());
        assertEquals(5, t.get(1).start());
        assertEquals(10, t.get(1).end());
        assertTrue(t.get(1).upper());
        assertFalse(t.get(0).upper());
    }

    @Test
    void persianTypedWithArabicYehAndKafIsReadAsPersian() {
        // آريا (Aria news agency) on Bank Melli: "بانک ملي ايران" with Persian ک and Arabic ي, "آمريکا" for the US.
        assertEquals(List.of("بانک", "ملی", "ایران", "پس", "امریکا"), words("بانک ملي ايران پس آمريکا"));
        // An Arabic story keeps its letters, even beside a Persian ک typed by mistake: no پ, چ, ژ or گ in it.
        assertEquals(List.of("البنك", "المركزي", "کان"), words("البنك المركزي کان"));
    }

    @Test
    void apostrophesStayInsideWordsButPossessivesGo() {
        assertEquals(List.of("oneill", "russia", "kirby", "comments"), words("O'Neill Russia’s Kirby’s comments"));
    }

    @Test
    void anElidedFrenchOrItalianArticleGoesAndTheNameKeepsItsCapital() {
        // AFP: "l’invasion de l’Ukraine", "le fils d’Arkadi Rotenberg"; ANSA: "dell’Iran". N'Djamena keeps its N.
        List<Token> t = Tokenizer.tokenize("l’Ukraine d’Arkadi dell'Iran L’Iran jusqu’à N'Djamena");
        assertEquals(List.of("ukraine", "arkadi", "iran", "iran", "a", "ndjamena"), t.stream().map(Token::norm).toList());
        assertTrue(t.get(0).capitalised());
        assertEquals(2, t.get(0).start());
        assertTrue(t.get(3).capitalised());
        assertFalse(t.get(4).capitalised());
        // A Han character after the apostrophe is a word of its own, and the elided word stays whole before it.
        List<Token> han = Tokenizer.tokenize("l'中国");
        assertEquals(List.of("l", "中", "国"), han.stream().map(Token::norm).toList());
        assertTrue(han.stream().allMatch(w -> w.end() > w.start()));
    }

    @Test
    void hyphensAndDotsSplitWords() {
        assertEquals(List.of("kim", "jong", "un", "u", "s"), words("Kim Jong-un U.S."));
    }

    @Test
    void countsParagraphsAndSentences() {
        List<Token> t = Tokenizer.tokenize("Gen. Smith left. He came back!\n\nN. Korea said so");
        assertEquals(0, t.get(1).sentence());
        assertEquals(1, t.get(3).sentence());
        assertEquals(0, t.get(5).paragraph());
        assertEquals(1, t.get(6).paragraph());
        assertEquals(t.get(6).sentence(), t.get(7).sentence());
    }

    @Test
    void aTextWrappedAtALineLengthHasItsParagraphsAtBlankLinesOnly() {
        String wrapped = "Sanctions on the\npanel said, and\nthe Reconnaissance General\nBureau and\nothers.\n\nNext one.";
        List<Token> t = Tokenizer.tokenize(wrapped);
        int bureau = words(wrapped).indexOf("bureau");
        assertEquals(t.get(bureau - 1).paragraph(), t.get(bureau).paragraph());
        assertEquals(t.get(bureau - 1).sentence(), t.get(bureau).sentence());
        assertEquals(t.get(0).paragraph() + 1, t.get(t.size() - 1).paragraph());
        // Lines that are not wrapped stay paragraphs: a headline and its story.
        List<Token> lines = Tokenizer.tokenize("Treasury names General Bureau\nBureau chief speaks");
        assertEquals(lines.get(0).paragraph() + 1, lines.get(lines.size() - 1).paragraph());
    }

    @Test
    void cyrillicIsRomanisedAsTheListsWriteRussianNames() {
        assertEquals("mkrtychev", Normalizer.fold("Мкртычев"));
        assertEquals("putin", Normalizer.fold("ПУТИН"));
        assertEquals("vladimirovich", Normalizer.fold("Владимирович"));
        assertEquals("chvk", Normalizer.fold("ЧВК"));
        assertEquals("zhukovskiy", Normalizer.fold("Жуковский"));
    }

    @Test
    void aCyrillicLookAlikeInsideALatinWordIsReadAsLatin() {
        assertEquals("china", Normalizer.fold("\u0421hina"));
        assertEquals("lazarus", Normalizer.fold("L\u0430zarus"));
    }

    @Test
    void folding() {
        assertEquals("strasse", Normalizer.fold("Straße"));
        assertEquals("lodz", Normalizer.fold("Łódź"));
        assertEquals("mkrtychev", Normalizer.fold("MKRTYCHEV"));
    }
    @Test
    void numberedLooksEachDistinctWordUpOnceByItsCharactersAndHash() {
        // Three ways a word is read: plain ASCII, folded from other letters (Zoë), a syllable of its own (金).
        Tokens t = Tokenizer.tokenize("the Bank of the Volga, Zoë 金 the zoe 金");
        assertEquals(10, t.size());
        assertEquals(6, t.distinct());
        List<String> asked = new ArrayList<>();
        int[] numbers = t.numbered((chars, from, length, hash) -> {
            String word = new String(chars, from, length);
            assertEquals(word.hashCode(), hash, word);
            asked.add(word);
            return word.equals("bank") ? 0 : word.equals("zoe") ? 1 : word.equals("金") ? 2 : -1;
        });
        assertEquals(List.of("the", "bank", "of", "volga", "zoe", "金"), asked);
        assertArrayEquals(new int[]{-1, 0, -1, -1, -1, 1, 2, -1, 1, 2}, numbers);
    }

    @Test
    void anyFromTellsWhetherAWordBeginsAtOrAboveACharacterAsReadingTheWordsWould() {
        String text = "Sanctions on Путин and 金正恩, said Zoë";
        Tokens t = Tokenizer.tokenize(text);
        List<Token> part = new ArrayList<>(t);
        for (char lowest : new char[] {'Z', 'a', '\u0400', '\u4e00', '\u9fff'}) {
            boolean read = part.stream().anyMatch(w -> text.charAt(w.start()) >= lowest);
            assertEquals(read, Tokens.anyFrom(text, t, lowest), "from " + (int) lowest);
            assertEquals(read, Tokens.anyFrom(text, part, lowest), "from " + (int) lowest);
        }
        assertTrue(Tokens.anyFrom(text, t, '\u0400'));
        assertFalse(Tokens.anyFrom("Putin and Zoë", Tokenizer.tokenize("Putin and Zoë"), '\u0400'));
    }

    @Test
    void runsWrittenTogetherAreBrokenByAnythingBetweenTheirWords() {
        // 康斯坦丁 and 马洛费耶夫, a character a word, the middle dot between them; 美国 and 制裁 after a space.
        String text = "康斯坦丁·马洛费耶夫 and 美国 制裁";
        List<int[]> runs = Tokens.runsWrittenTogether(Tokenizer.tokenize(text),
                w -> text.charAt(w.start()) >= '\u4e00');
        assertEquals(List.of("0-4", "4-9", "10-12", "12-14"),
                runs.stream().map(r -> r[0] + "-" + r[1]).toList());
    }
}
