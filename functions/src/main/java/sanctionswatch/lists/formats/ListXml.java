package sanctionswatch.lists.formats;

import sanctionswatch.lists.ListFormatException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the XML list readers share: a streaming reader that refuses a DOCTYPE (no entity expansion, no external
 * fetch), the check of the root element, and errors that name file and line.
 */
final class ListXml {
    /** Takes each element below the root, by local name (namespaces vary between a list's publications). */
    interface Elements {
        void start(XMLStreamReader x, String name) throws XMLStreamException;
    }

    private static final XMLInputFactory FACTORY = factory();

    private ListXml() {}

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /** Reads {@code in}, whose root must be {@code root} ({@code what} says which list that is, in errors). */
    static void read(InputStream in, String file, String root, String what, Elements elements) {
        XMLStreamReader x = null;
        try {
            x = FACTORY.createXMLStreamReader(in);
            boolean seenRoot = false;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new ListFormatException(file, line(x), "a DOCTYPE is not accepted");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = x.getLocalName();
                if (!seenRoot) {
                    if (!name.equals(root)) {
                        throw new ListFormatException(file, line(x), "not " + what + ": root element <" + name + ">");
                    }
                    seenRoot = true;
                } else {
                    elements.start(x, name);
                }
            }
            if (!seenRoot) {
                throw new ListFormatException(file, 0, "empty: no <" + root + ">");
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new ListFormatException(file, line, "not well-formed XML: " + e.getMessage());
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException ignored) {
                    // Closing a reader that failed; the failure is what is reported.
                }
            }
        }
    }

    /** The local name of a file's root element, or empty when it has none that can be read. */
    static String rootElement(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = FACTORY.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT) {
                        return x.getLocalName();
                    }
                }
                return "";
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            return "";
        }
    }

    /** The element's text, trimmed; null when empty. */
    static String text(XMLStreamReader x) throws XMLStreamException {
        String t = x.getElementText().strip();
        return t.isEmpty() ? null : t;
    }

    /** An attribute's value, trimmed; null when absent or empty. */
    static String attribute(XMLStreamReader x, String name) {
        String v = x.getAttributeValue(null, name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static long line(XMLStreamReader x) {
        return x.getLocation() == null ? 0 : x.getLocation().getLineNumber();
    }
}
