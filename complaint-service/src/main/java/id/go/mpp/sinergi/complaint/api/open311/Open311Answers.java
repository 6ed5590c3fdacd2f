package id.go.mpp.sinergi.complaint.api.open311;

import com.ctc.wstx.api.InvalidCharHandler;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import id.go.mpp.sinergi.complaint.app.open311.Open311Views;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Open311 answers in the format the path asks for: {@code .json} or {@code .xml} (the spec's mandatory format, with
 * its element names: {@code <services><service>}, {@code <service_requests><request>}, {@code <errors><error>}).
 * Text is always text: JSON escapes {@code < > & '} as {@code \u003C}…, XML escapes markup, and characters XML
 * cannot carry become U+FFFD.
 */
final class Open311Answers {

    static final String JSON = "application/json; charset=utf-8";
    static final String XML = "text/xml; charset=utf-8";

    private static final ObjectMapper JSON_WRITER = JsonMapper.builder().build();
    private static final XmlMapper XML_WRITER;

    static {
        JSON_WRITER.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
        WstxOutputFactory output = new WstxOutputFactory();
        output.setProperty(WstxOutputProperties.P_OUTPUT_INVALID_CHAR_HANDLER,
                new InvalidCharHandler.ReplacingHandler('\uFFFD'));
        XML_WRITER = new XmlMapper(new XmlFactory(new WstxInputFactory(), output));
        XML_WRITER.enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION);
    }

    private Open311Answers() {
    }

    /** The answer of {@code path}'s format: {@code xml} when the path ends in .xml, else JSON. */
    static boolean xml(String format) {
        return "xml".equals(format);
    }

    /** The services list: {@code <services><service>…</service></services>} in XML, an array in JSON. */
    static Response services(String format, List<Open311Views.Service> services) {
        return xml(format) ? xml(200, new Services(services)) : json(200, services);
    }

    /**
     * Service requests, a new request's receipt, a token's request: {@code <service_requests><request>…</request>
     * </service_requests>} in XML, an array in JSON.
     */
    static Response requests(String format, List<?> requests) {
        return xml(format) ? xml(200, new ServiceRequests(requests)) : json(200, requests);
    }

    /** One object (a service definition, the discovery document). */
    static Response one(String format, Object item) {
        return xml(format) ? xml(200, item) : json(200, item);
    }

    /** The spec's error list with one error. */
    static Response error(String format, int status, String description) {
        return errors(format, status, List.of(new Open311Views.Error(status, description)));
    }

    /** The spec's error list: {@code <errors><error><code/><description/></error></errors>}, in JSON an array. */
    static Response errors(String format, int status, List<Open311Views.Error> errors) {
        return xml(format) ? xml(status, new Errors(errors)) : json(status, errors);
    }

    private static Response json(int status, Object body) {
        try {
            return answer(status, JSON, JSON_WRITER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Open311 answer cannot be written as JSON", e);
        }
    }

    private static Response xml(int status, Object body) {
        try {
            return answer(status, XML, XML_WRITER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Open311 answer cannot be written as XML", e);
        }
    }

    private static Response answer(int status, String type, byte[] body) {
        return Response.status(status).type(type).header("X-Content-Type-Options", "nosniff").entity(body).build();
    }

    @JacksonXmlRootElement(localName = "services")
    record Services(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "service")
                    List<Open311Views.Service> service) {
    }

    @JacksonXmlRootElement(localName = "service_requests")
    record ServiceRequests(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "request")
                           List<?> request) {
    }

    @JacksonXmlRootElement(localName = "errors")
    record Errors(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "error")
                  List<Open311Views.Error> error) {
    }

    /** JSON escapes for the characters that make markup, so that no answer reads as HTML anywhere. */
    static final class HtmlSafeEscapes extends CharacterEscapes {

        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
            escapes['\''] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
