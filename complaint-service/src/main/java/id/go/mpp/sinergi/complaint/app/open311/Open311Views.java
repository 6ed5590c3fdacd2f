package id.go.mpp.sinergi.complaint.app.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.List;

/**
 * What the Open311 GeoReport v2 API answers, with the spec's field names (snake_case) and XML element names. None
 * carries a reporter field: Open311 answers are public. Fields without a value are left out.
 */
public final class Open311Views {

    private Open311Views() {
    }

    /** One service (request type) of GET services. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"service_code", "service_name", "description", "metadata", "type", "keywords", "group"})
    @JacksonXmlRootElement(localName = "service")
    public record Service(String serviceCode, String serviceName, String description, boolean metadata, String type,
                          String keywords, String group) {
    }

    /** GET services/{code}: the attributes a request of the service takes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"service_code", "attributes"})
    @JacksonXmlRootElement(localName = "service_definition")
    public record ServiceDefinition(String serviceCode,
                                    @JacksonXmlElementWrapper(localName = "attributes")
                                    @JacksonXmlProperty(localName = "attribute")
                                    List<Attribute> attributes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"variable", "code", "datatype", "required", "datatype_description", "order", "description",
            "values"})
    public record Attribute(boolean variable, String code, String datatype, boolean required,
                            String datatypeDescription, Integer order, String description,
                            @JacksonXmlElementWrapper(localName = "values")
                            @JacksonXmlProperty(localName = "value")
                            List<AttributeValue> values) {
    }

    @JsonPropertyOrder({"key", "name"})
    public record AttributeValue(String key, String name) {
    }

    /** One service request of GET requests and GET requests/{id}. No location: MPP services are in the building. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"service_request_id", "status", "status_notes", "service_name", "service_code", "description",
            "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime",
            "media_url"})
    public record ServiceRequest(String serviceRequestId, String status, String statusNotes, String serviceName,
                                 String serviceCode, String description, String agencyResponsible,
                                 String serviceNotice, String requestedDatetime, String updatedDatetime,
                                 String expectedDatetime, String mediaUrl) {
    }

    /** POST requests: the new request's id at once (no token needed), what happens next, no account. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"service_request_id", "service_notice", "account_id"})
    public record RequestReceipt(String serviceRequestId, String serviceNotice, String accountId) {
    }

    /** GET tokens/{token}: a token here is the tracking id itself. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"token", "service_request_id"})
    public record TokenAnswer(String token, String serviceRequestId) {
    }

    /** GET discovery: where the API is, in which formats, and whom to ask for a key. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"changeset", "contact", "key_service", "endpoints"})
    @JacksonXmlRootElement(localName = "discovery")
    public record Discovery(String changeset, String contact, String keyService,
                            @JacksonXmlElementWrapper(localName = "endpoints")
                            @JacksonXmlProperty(localName = "endpoint")
                            List<Endpoint> endpoints) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"specification", "url", "changeset", "type", "formats"})
    public record Endpoint(String specification, String url, String changeset, String type,
                           @JacksonXmlElementWrapper(localName = "formats")
                           @JacksonXmlProperty(localName = "format")
                           List<String> formats) {
    }

    /** One error of the spec's error list. */
    @JsonPropertyOrder({"code", "description"})
    public record Error(int code, String description) {
    }
}
