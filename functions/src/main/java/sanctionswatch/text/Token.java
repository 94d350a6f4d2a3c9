package sanctionswatch.text;

/**
 * A word of a text, folded for comparison, with where it stands.
 *
 * @param norm        the folded form ({@link Normalizer#fold}); the same {@code String} for every token of one
 *                    {@link Tokenizer#tokenize} that folds to it
 * @param start       offset of the first character in the text (UTF-16 code units, as Java and JavaScript count)
 * @param end         offset just past the last character
 * @param paragraph   0-based paragraph number (a line break ends a paragraph)
 * @param sentence    0-based sentence number, counted over the whole text
 * @param capitalised the word starts with an upper-case letter or a digit
 * @param upper       every letter of the word is upper case
 * @param word        the number of the folded word within its text, from 0 in order of first appearance (in "the
 *                    Bank of the Volga", both "the" are 0 and "of" is 2), so that an index looks each distinct word
 *                    up once per text ({@code Lexicon.ids}); -1 for a token made without one
 */
public record Token(String norm, int start, int end, int paragraph, int sentence, boolean capitalised,
                    boolean upper, int word) {
    /** A token without a word number. */
    public Token(String norm, int start, int end, int paragraph, int sentence, boolean capitalised, boolean upper) {
        this(norm, start, end, paragraph, sentence, capitalised, upper, -1);
    }
}
