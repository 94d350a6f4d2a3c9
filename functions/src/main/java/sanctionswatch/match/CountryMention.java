package sanctionswatch.match;

/**
 * A place in a text that names a state.
 *
 * @param code      ISO 3166-1 alpha-2 code
 * @param text      the text as written ("Pyongyang", "Slovakian")
 * @param start     offset of the first character (UTF-16 code units)
 * @param end       offset just past the last character
 * @param paragraph 0-based paragraph
 * @param sentence  0-based sentence
 */
public record CountryMention(String code, String text, int start, int end, int paragraph, int sentence) {}
