package sanctionswatch.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests in hex, whole or cut to their first bytes where they serve as ids. */
public final class Digests {
    private Digests() {}

    /** The whole digest of {@code bytes}: 64 hex digits. */
    public static String sha256(byte[] bytes) {
        return sha256(bytes, 32);
    }

    /** The first {@code length} bytes of the digest of {@code text} (UTF-8), in hex. */
    public static String sha256(String text, int length) {
        return sha256(text.getBytes(StandardCharsets.UTF_8), length);
    }

    private static String sha256(byte[] bytes, int length) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
