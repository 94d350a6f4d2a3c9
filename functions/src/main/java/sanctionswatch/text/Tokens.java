package sanctionswatch.text;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Predicate;

/**
 * The words of one text as {@link Tokenizer#tokenize} splits it: its tokens in order, and the table of its distinct
 * folded words (each word's characters once, its hash and its {@code String}), which every index of the scan consults
 * instead of looking each token up on its own. The AFP story of {@code events/} has 516 words, 242 of them distinct;
 * the list's names and the gazetteer's countries each look those 242 up once ({@link #numbered}), by characters and
 * hash the tokenizer already has. Read only; made for one text and dropped with it.
 */
public final class Tokens extends AbstractList<Token> implements RandomAccess {
    private final Token[] tokens;
    private final int size;
    /** The distinct words' characters one after another; word {@code w} ends at {@code ends[w]}. */
    private final char[] chars;
    private final int[] ends;
    /** Each distinct word's hash, as {@link String#hashCode} computes it. */
    private final int[] hashes;
    private final int distinct;
    /** The highest first character of the text's words: below 0x400, every word begins in Latin letters or digits. */
    private final char highestFirst;
    /** The highest character of the text's words (their letters, digits and marks), 0 for words of ASCII only. */
    private final char highestInWords;

    /**
     * A look-up of a folded word given by its characters {@code chars[from, from + length)} and its {@link
     * String#hashCode}: a lexicon's number of the word, or -1.
     */
    @FunctionalInterface
    public interface Numbering {
        int number(char[] chars, int from, int length, int hash);
    }

    Tokens(Token[] tokens, int size, char[] chars, int[] ends, int[] hashes, int distinct, char highestFirst,
           char highestInWords) {
        this.highestFirst = highestFirst;
        this.highestInWords = highestInWords;
        this.tokens = tokens;
        this.size = size;
        this.chars = chars;
        this.ends = ends;
        this.hashes = hashes;
        this.distinct = distinct;
    }

    @Override
    public Token get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return tokens[index];
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Whether a word of {@code text}, whose words are {@code tokens}, begins with a character at or above {@code
     * lowest}: in "Путин and Wagner" one does from 0x400 (Cyrillic), in "Putin and Wagner" none. The passes that read
     * only words of other scripts than Latin ask it first, and most texts are English: a text's tokens as {@link
     * Tokenizer#tokenize} made them answer at once (it notes the highest first character as it goes); other lists of
     * tokens are read word by word.
     */
    public static boolean anyFrom(String text, List<Token> tokens, char lowest) {
        if (tokens instanceof Tokens words) {
            return words.highestFirst >= lowest;
        }
        for (Token t : tokens) {
            if (text.charAt(t.start()) >= lowest) {
                return true;
            }
        }
        return false;
    }

    /**
     * The folded words of tokens {@code from} to {@code to}: of "les talibans ont pris Kaboul", {@code norms(tokens,
     * 1, 2)} is {@code [talibans]}.
     */
    public static List<String> norms(List<Token> tokens, int from, int to) {
        List<String> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(tokens.get(i).norm());
        }
        return out;
    }

    /**
     * Whether a letter of {@code tokens}' words may be at or above {@code lowest}: false for "Sankcje nalozono na
     * Putina" and 0x100 (every letter is ASCII), true for "Sankcje nałożono" (ł is 0x142). A text's tokens as {@link
     * Tokenizer#tokenize} made them answer at once, as it notes the highest character of the words it reads; for
     * other lists of tokens the answer is true, as nothing says otherwise. A pass that counts letters of another
     * alphabet in a whole text asks it first: {@code String.charAt} over every character of a text that holds a
     * curly quote (a string of two bytes a character) was 4.6 % of a profile of the scan at C1 (bench/README.md,
     * "perf6"), for one Polish or Czech text in many.
     */
    public static boolean anyLetterFrom(List<Token> tokens, char lowest) {
        return !(tokens instanceof Tokens words) || words.highestInWords >= lowest;
    }

    /**
     * The runs of words written with nothing between them that {@code in} takes, each {@code [from, to)} in words: the
     * scripts that write a name run on into the words around it, which the tokenizer cuts into a word a character or
     * syllable (美国制裁吴慧慧, 고려상업은행은, ロゴジン). For "康斯坦丁·马洛费耶夫" and Chinese characters, {@code {0, 4}} and
     * {@code {4, 9}}: the middle dot, which is no word, breaks the run.
     */
    public static List<int[]> runsWrittenTogether(List<Token> tokens, Predicate<Token> in) {
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!in.test(tokens.get(i))) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).start() == tokens.get(end - 1).end()
                    && in.test(tokens.get(end))) {
                end++;
            }
            runs.add(new int[] {i, end});
            i = end - 1;
        }
        return runs;
    }

    /** How many distinct folded words the text has: "the Bank of the Volga" has 4. */
    public int distinct() {
        return distinct;
    }

    /**
     * The number {@code numbering} gives each token's word, looking each distinct word up once: for "the Bank of the
     * Volga" and a lexicon holding "bank" (0) and "volga" (1), {@code {-1, 0, -1, -1, 1}} after four look-ups, the
     * second "the" given the first's.
     */
    public int[] numbered(Numbering numbering) {
        int[] byWord = new int[distinct];
        char[] cs = chars;
        int from = 0;
        for (int w = 0; w < distinct; w++) {
            int end = ends[w];
            byWord[w] = numbering.number(cs, from, end - from, hashes[w]);
            from = end;
        }
        int[] out = new int[size];
        Token[] ts = tokens;
        for (int i = 0; i < size; i++) {
            out[i] = byWord[ts[i].word()];
        }
        return out;
    }
}
