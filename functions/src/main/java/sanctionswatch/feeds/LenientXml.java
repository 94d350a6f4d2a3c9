package sanctionswatch.feeds;

import sanctionswatch.text.HtmlEntities;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Repairs the one break of well-formedness feeds commonly have that can be mended safely. */
final class LenientXml {
    private LenientXml() {}

    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

    /**
     * Escapes each {@code &} that does not start a reference XML knows ({@code AT&T} becomes {@code AT&amp;T}), and
     * turns HTML named references into numeric ones ({@code &copy;} becomes {@code &#169;}); returns the same array
     * when there is nothing to mend. Works on bytes, so any ASCII-compatible encoding is kept.
     */
    static byte[] escapeBareAmpersands(byte[] xml) {
        ByteArrayOutputStream out = null;
        for (int i = 0; i < xml.length; i++) {
            if (xml[i] != '&') {
                if (out != null) {
                    out.write(xml[i]);
                }
                continue;
            }
            int end = referenceEnd(xml, i);
            String name = end < 0 ? null : new String(xml, i + 1, end - i - 1, StandardCharsets.US_ASCII);
            if (name != null && (name.startsWith("#") || XML_ENTITIES.contains(name))) {
                if (out != null) {
                    out.write(xml[i]);
                }
                continue;
            }
            if (out == null) {
                out = new ByteArrayOutputStream(xml.length + 64);
                out.write(xml, 0, i);
            }
            String decoded = name == null ? null : HtmlEntities.decode(name);
            if (decoded != null) {
                out.writeBytes(("&#" + decoded.codePointAt(0) + ";").getBytes(StandardCharsets.US_ASCII));
                i = end;
            } else {
                out.writeBytes("&amp;".getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out == null ? xml : out.toByteArray();
    }

    /** Where the reference starting at {@code at} ends (its ';'), or -1 when {@code &} starts none. */
    private static int referenceEnd(byte[] xml, int at) {
        int i = at + 1;
        if (i < xml.length && xml[i] == '#') {
            i++;
            if (i < xml.length && (xml[i] == 'x' || xml[i] == 'X')) {
                i++;
            }
        }
        int start = i;
        while (i < xml.length && i - start < 32 && (Character.isLetterOrDigit(xml[i]) || xml[i] == '_'
                || xml[i] == '-' || xml[i] == '.')) {
            i++;
        }
        return i > start && i < xml.length && xml[i] == ';' ? i : -1;
    }
}
