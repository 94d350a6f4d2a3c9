package sanctionswatch.text;

/**
 * A word of a text, folded for comparison, with where it stands.
 *
 * @param norm        the folded form ({@link Normalizer#fold})
 * @param start       offset of the first character in the text (UTF-16 code units, as Java and JavaScript count)
 * @param end         offset just past the last character
 * @param paragraph   0-based paragraph number (a line break ends a paragraph)
 * @param sentence    0-based sentence number, counted over the whole text
 * @param capitalised the word starts with an upper-case letter or a digit
 * @param upper       every letter of the word is upper case
 */
public record Token(String norm, int start, int end, int paragraph, int sentence, boolean capitalised,
                    boolean upper) {
}
