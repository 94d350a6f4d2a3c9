package sanctionswatch.feeds;

import sanctionswatch.text.HtmlEntities;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds, by element names whatever their namespace, so feeds with an odd
 * default namespace still read. The XML encoding comes from the document's declaration. DTDs and external entities
 * are refused, so a feed cannot make the parser read files or expand entities without bound.
 */
public final class FeedParser {
    private final XMLInputFactory factory;

    public FeedParser() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /**
     * The items of the feed at {@code feedUrl} whose bytes are {@code xml}, in feed order. A feed that is not
     * well-formed only because of bare {@code &} characters (common in the wild) is read with them escaped.
     */
    public List<FeedItem> parse(byte[] xml, String feedUrl) throws FeedFormatException {
        if (xml.length == 0) {
            throw new FeedFormatException(feedUrl, "empty document", null);
        }
        try {
            return parseStrict(xml, feedUrl);
        } catch (FeedFormatException notWellFormed) {
            byte[] repaired = LenientXml.escapeBareAmpersands(xml);
            if (repaired == xml || !(notWellFormed.getCause() instanceof XMLStreamException)) {
                throw notWellFormed;
            }
            try {
                return parseStrict(repaired, feedUrl);
            } catch (FeedFormatException stillBroken) {
                throw notWellFormed;
            }
        }
    }

    private List<FeedItem> parseStrict(byte[] xml, String feedUrl) throws FeedFormatException {
        URI base;
        try {
            base = URI.create(feedUrl);
        } catch (IllegalArgumentException e) {
            throw new FeedFormatException(feedUrl, "feed URL is not a URL", e);
        }
        List<FeedItem> items = new ArrayList<>();
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            boolean sawFeed = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new FeedFormatException(feedUrl, "a DOCTYPE is refused: feeds need no DTD, and entity "
                            + "expansion (billion laughs) and external entities (XXE) come only through one", null);
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (name.equals("rss") || name.equals("RDF") || name.equals("feed") || name.equals("channel")) {
                    sawFeed = true;
                } else if (name.equals("item") || name.equals("entry")) {
                    FeedItem item = readItem(r, name, base, feedUrl);
                    if (item != null) {
                        items.add(item);
                    }
                }
            }
            if (!sawFeed) {
                throw new FeedFormatException(feedUrl, "not an RSS, RDF or Atom document", null);
            }
            return items;
        } catch (XMLStreamException e) {
            throw new FeedFormatException(feedUrl, "not well-formed XML: " + e.getMessage(), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to read
                }
            }
        }
    }

    /** Reads one item up to its end tag; an item nested inside it (seen in the wild) is read as part of it. */
    private FeedItem readItem(XMLStreamReader r, String itemName, URI base, String feedUrl)
            throws XMLStreamException {
        String title = "";
        String link = null;
        String guid = r.getAttributeValue(null, "about");
        String published = null;
        String updated = null;
        String summary = "";
        String content = "";
        URI itemBase = withXmlBase(r, base);
        int depth = 1;
        while (r.hasNext() && depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (depth > 1 || r.getLocalName().equals(itemName)) {
                depth++;
                continue;
            }
            String name = r.getLocalName();
            String prefix = r.getPrefix() == null ? "" : r.getPrefix();
            switch (name) {
                case "title" -> title = text(r);
                case "link" -> {
                    String href = r.getAttributeValue(null, "href");
                    String rel = r.getAttributeValue(null, "rel");
                    if (href != null) {
                        if ((rel == null || rel.equals("alternate")) && (link == null || rel != null)) {
                            link = href;
                        }
                        skip(r);
                    } else {
                        String text = text(r).strip();
                        if (!text.isEmpty() && (link == null || prefix.isEmpty())) {
                            link = text;
                        }
                    }
                }
                case "guid", "id" -> guid = text(r).strip();
                case "pubDate", "published", "date", "issued" -> published = text(r).strip();
                case "updated", "modified" -> updated = text(r).strip();
                case "description", "summary" -> summary = text(r);
                case "content", "encoded" -> content = text(r);
                default -> skip(r);
            }
            // the element's end tag was consumed by text() or skip()
        }
        if (link == null && guid != null && guid.startsWith("http")) {
            link = guid;
        }
        if (link == null || link.isBlank()) {
            return null;
        }
        String url = resolve(itemBase, link.strip());
        Instant when = FeedDates.parse(published != null ? published : updated);
        String body = content.isBlank() ? summary : content;
        String id = guid == null || guid.isBlank() ? url : guid;
        return new FeedItem(url, title.strip(), when == null ? null : when.toString(), body.strip(), feedUrl, id,
                FeedItem.correlationIdOf(feedUrl, id));
    }

    private static URI withXmlBase(XMLStreamReader r, URI base) {
        String xmlBase = r.getAttributeValue("http://www.w3.org/XML/1998/namespace", "base");
        if (xmlBase == null) {
            return base;
        }
        try {
            return base.resolve(xmlBase);
        } catch (IllegalArgumentException e) {
            return base;
        }
    }

    private static String resolve(URI base, String link) {
        try {
            return base.resolve(link.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return link;
        }
    }

    /** The text inside the current element, child elements included (Atom's inline XHTML). */
    private static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (r.hasNext() && depth > 0) {
            switch (r.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        sb.append(r.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> {
                    String decoded = HtmlEntities.decode(r.getLocalName());
                    sb.append(decoded == null ? " " : decoded);
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    sb.append(' ');
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth > 0) {
                        sb.append(' ');
                    }
                }
                default -> { }
            }
        }
        return sb.toString();
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (r.hasNext() && depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
