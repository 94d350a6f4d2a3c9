package sanctionswatch.country;

/**
 * A state, as ISO 3166-1 alpha-2 names it.
 *
 * @param code alpha-2 code ({@code KP}); {@code XK} for Kosovo, as is common practice
 * @param name the name shown to people ({@code North Korea})
 */
public record Country(String code, String name) {}
