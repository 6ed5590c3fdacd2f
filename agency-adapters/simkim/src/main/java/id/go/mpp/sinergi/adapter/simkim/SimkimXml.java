package id.go.mpp.sinergi.adapter.simkim;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SIMKIM's documents are flat: one root element and one level of text elements ({@code <hasil><kode>00</kode>…}).
 * Read with the JDK's DOM with DTDs and external entities off, written as text.
 */
final class SimkimXml {

    /** A read document: the root's name and its child elements' trimmed texts (blank ones left out). */
    record Doc(String root, Map<String, String> fields) {

        String get(String name) {
            return fields.get(name);
        }
    }

    private SimkimXml() {
    }

    /** Reads a document, or throws IOException (cut off, not XML, a DTD). */
    static Doc read(byte[] body) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // throws on fatal errors, prints nothing
            Element root = builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
            Map<String, String> fields = new LinkedHashMap<>();
            for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node.getNodeType() == Node.ELEMENT_NODE && !node.getTextContent().isBlank()) {
                    fields.put(node.getNodeName(), node.getTextContent().trim());
                }
            }
            return new Doc(root.getNodeName(), fields);
        } catch (Exception e) {
            throw new IOException("not a readable XML document: " + e.getMessage(), e);
        }
    }

    /** {@code <?xml …?><root><name>value</name>…</root>} from name/value pairs, in order; null values left out. */
    static String write(String root, String... namesAndValues) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><").append(root).append('>');
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null) {
                String name = namesAndValues[i];
                out.append('<').append(name).append('>').append(escape(value)).append("</").append(name).append('>');
            }
        }
        return out.append("</").append(root).append('>').toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
