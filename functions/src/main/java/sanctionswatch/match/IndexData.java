package sanctionswatch.match;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The arrays an index is made of, written as length and elements and read back in bulk: at a cold start an element
 * read at a time runs in the interpreter, a bulk copy does not. Little-endian, the order of the processors Lambda
 * runs on (x86-64 and Graviton), so that a bulk read is a plain copy rather than a byte swap per element.
 */
final class IndexData {
    private IndexData() {}

    /** The largest of {@code values}, -1 for none: the bound a read array is checked against. */
    static int max(int[] values) {
        int max = -1;
        for (int v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** Writes arrays and numbers. */
    static final class Out {
        private final OutputStream out;

        Out(OutputStream out) {
            this.out = out;
        }

        void integer(int value) throws IOException {
            out.write(buffer(Integer.BYTES).putInt(value).array());
        }

        void ints(int[] values) throws IOException {
            array(values.length, Integer.BYTES, b -> b.asIntBuffer().put(values));
        }

        void longs(long[] values) throws IOException {
            array(values.length, Long.BYTES, b -> b.asLongBuffer().put(values));
        }

        void chars(char[] values) throws IOException {
            array(values.length, Character.BYTES, b -> b.asCharBuffer().put(values));
        }

        private void array(int length, int elementBytes, Consumer<ByteBuffer> fill) throws IOException {
            integer(length);
            ByteBuffer b = buffer(length * elementBytes);
            fill.accept(b);
            out.write(b.array());
        }

        void bytes(byte[] values) throws IOException {
            integer(values.length);
            out.write(values);
        }

        private static ByteBuffer buffer(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }

        void string(String value) throws IOException {
            bytes(value.getBytes(StandardCharsets.UTF_8));
        }

        void flush() throws IOException {
            out.flush();
        }
    }

    /** Reads what {@link Out} wrote; a file cut short or not of this layout is an {@link IllegalArgumentException}. */
    static final class In {
        private final ByteBuffer in;

        In(byte[] data) {
            this.in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        }

        int integer() {
            try {
                return in.getInt();
            } catch (BufferUnderflowException e) {
                throw cutShort();
            }
        }

        int[] ints() {
            int[] values = new int[length(Integer.BYTES)];
            in.asIntBuffer().get(values);
            in.position(in.position() + values.length * Integer.BYTES);
            return values;
        }

        long[] longs() {
            long[] values = new long[length(Long.BYTES)];
            in.asLongBuffer().get(values);
            in.position(in.position() + values.length * Long.BYTES);
            return values;
        }

        char[] chars() {
            char[] values = new char[length(Character.BYTES)];
            in.asCharBuffer().get(values);
            in.position(in.position() + values.length * Character.BYTES);
            return values;
        }

        byte[] bytes() {
            byte[] values = new byte[length(1)];
            in.get(values);
            return values;
        }

        String string() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }

        /** Whether everything was read: a longer file is not of this layout either. */
        boolean atEnd() {
            return !in.hasRemaining();
        }

        private int length(int elementBytes) {
            int n = integer();
            if (n < 0 || (long) n * elementBytes > in.remaining()) {
                throw cutShort();
            }
            return n;
        }

        private static IllegalArgumentException cutShort() {
            return new IllegalArgumentException("index data cut short or not an index");
        }
    }
}
