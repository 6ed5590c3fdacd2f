package id.go.mpp.sinergi.standins.simkim;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** SIMKIM's flat XML documents: one root, one level of text elements. JDK DOM, no DTDs or external entities. */
final class Xml {

    private Xml() {
    }

    /** A parsed document: the root's name and its child elements' texts. */
    record Doc(String root, Map<String, String> fields) {
        String get(String name) {
            String v = fields.get(name);
            return v == null || v.isBlank() ? null : v.trim();
        }
    }

    /** Parses the body, or throws IllegalArgumentException with a short reason. */
    static Doc parse(byte[] body) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // throws on fatal errors, prints nothing
            Element root = b.parse(new ByteArrayInputStream(body)).getDocumentElement();
            Map<String, String> fields = new LinkedHashMap<>();
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.ELEMENT_NODE) {
                    fields.put(n.getNodeName(), n.getTextContent());
                }
            }
            return new Doc(root.getNodeName(), fields);
        } catch (Exception e) {
            throw new IllegalArgumentException("XML tidak valid", e);
        }
    }

    /** {@code <?xml …?><root><k>v</k>…</root>} from name/value pairs; null values are left out. */
    static String write(String root, String... namesAndValues) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><").append(root).append('>');
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String v = namesAndValues[i + 1];
            if (v != null) {
                String n = namesAndValues[i];
                out.append('<').append(n).append('>').append(escape(v)).append("</").append(n).append('>');
            }
        }
        return out.append("</").append(root).append('>').toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
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
