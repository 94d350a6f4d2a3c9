package sanctionswatch.text;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class LazyTest {
    @Test
    void makesTheValueOnFirstUseOnly() {
        AtomicInteger made = new AtomicInteger();
        Lazy<Object> lazy = Lazy.of(() -> {
            made.incrementAndGet();
            return new Object();
        });
        assertEquals(0, made.get());
        Object first = lazy.get();
        assertSame(first, lazy.get());
        assertEquals(1, made.get());
    }
}
