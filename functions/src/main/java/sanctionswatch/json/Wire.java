package sanctionswatch.json;

import java.util.function.Function;

/**
 * The constant of an enum written as a word in items, documents and attributes ({@code "medium"} for
 * {@code Severity.MEDIUM}), shared by the enums that are written so, so that each says only what it is called:
 * {@code Wire.of(Severity.values(), "medium", Severity::wire, "severity", "high, medium or low")} is {@code MEDIUM}.
 */
public final class Wire {
    private Wire() {
    }

    /**
     * The constant of {@code values} that {@code written} writes as {@code wire}; an unknown word is refused with what
     * it is ({@code what}) and the words there are ({@code choices}): "unknown severity 'urgent': high, medium or low".
     */
    public static <E extends Enum<E>> E of(E[] values, String wire, Function<E, String> written, String what,
                                           String choices) {
        for (E e : values) {
            if (written.apply(e).equals(wire)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + wire + "': " + choices);
    }
}
