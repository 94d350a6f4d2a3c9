package sanctionswatch.text;

import java.util.function.Supplier;

/**
 * A value made on first use and kept: for a client that an invocation may never need (the scanner's SNS client,
 * needed only for an alert; its S3 client, only once a list version is published), or a matcher's table that only
 * some texts need (the Korean, katakana and translated names, made the first text in such a script), so a cold start
 * does not pay for building it. Safe to share between threads; made once.
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    private Lazy(Supplier<T> make) {
        this.make = make;
    }

    /** {@code Lazy.of(() -> KoreanNames.of(list)).get()} makes the table the first time only. */
    public static <T> Lazy<T> of(Supplier<T> make) {
        return new Lazy<>(make);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = make.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
