package sanctionswatch.match;

import org.junit.jupiter.api.Test;
import sanctionswatch.text.Token;
import sanctionswatch.text.Tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhraseIndexTest {
    private static List<String> hits(PhraseIndex index, String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        int[] ids = index.lexicon().ids(tokens);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            index.matchAt(tokens, ids, i, h -> out.add(h.from() + "-" + h.to() + Arrays.toString(h.values())));
        }
        return out;
    }

    @Test
    void findsEveryPhraseStartingAtEachWordShortestFirstWithItsValuesInOrderAdded() {
        PhraseIndex index = new PhraseIndex.Builder()
                .add(List.of("wagner", "group"), 1)
                .add(List.of("wagner"), 2)
                .add(List.of("wagner", "group"), 3)
                .add(List.of("group"), 4)
                .add(List.of("kim", "jong", "un"), 5)
                .build();
        assertEquals(List.of("1-2[2]", "1-3[1, 3]", "2-3[4]"), hits(index, "the Wagner Group's men"));
        assertEquals(List.of("0-3[5]"), hits(index, "Kim Jong-un"));
        assertEquals(List.of(), hits(index, "Kim Jong"));
    }

    @Test
    void aPhraseStaysWithinItsParagraph() {
        PhraseIndex index = new PhraseIndex.Builder().add(List.of("wagner", "group"), 1).build();
        assertEquals(List.of(), hits(index, "Wagner\nGroup"));
        assertEquals(List.of("0-2[1]"), hits(index, "Wagner Group"));
    }

    @Test
    void wordsAddedToASharedLexiconAfterBuildingAreNotInTheIndex() {
        Lexicon lexicon = new Lexicon();
        PhraseIndex index = new PhraseIndex.Builder(lexicon).add(List.of("putin"), 1).build();
        new PhraseIndex.Builder(lexicon).add(List.of("maduro"), 2).build();
        assertEquals(List.of(), hits(index, "Maduro"));
        assertEquals(List.of("0-1[1]"), hits(index, "Putin"));
    }

    @Test
    void agreesWithAPlainSearchOnRandomPhrases() {
        Random random = new Random(11);
        String[] vocabulary = {"a", "b", "c", "d", "e"};
        List<List<String>> phrases = new ArrayList<>();
        PhraseIndex.Builder builder = new PhraseIndex.Builder();
        for (int p = 0; p < 300; p++) {
            List<String> phrase = new ArrayList<>();
            for (int w = 0, n = 1 + random.nextInt(4); w < n; w++) {
                phrase.add(vocabulary[random.nextInt(vocabulary.length)]);
            }
            phrases.add(phrase);
            builder.add(phrase, p);
        }
        PhraseIndex index = builder.build();
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 200; w++) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]).append(w % 37 == 36 ? "\n" : " ");
        }
        List<Token> tokens = Tokenizer.tokenize(text.toString());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (int length = 1; i + length <= tokens.size(); length++) {
                List<String> words = tokens.subList(i, i + length).stream().map(Token::norm).toList();
                if (tokens.get(i + length - 1).paragraph() != tokens.get(i).paragraph()) {
                    break;
                }
                List<Integer> values = new ArrayList<>();
                for (int p = 0; p < phrases.size(); p++) {
                    if (phrases.get(p).equals(words)) {
                        values.add(p);
                    }
                }
                if (!values.isEmpty()) {
                    expected.add(i + "-" + (i + length) + values);
                }
            }
        }
        assertEquals(expected, hits(index, text.toString()));
    }
}
