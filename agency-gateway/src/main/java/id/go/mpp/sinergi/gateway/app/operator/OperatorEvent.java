package id.go.mpp.sinergi.gateway.app.operator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event as the operator event stream sends it: the CloudEvent's id, type, time and subject, the MPP and agency
 * it is about, and its data with personal data masked and person identifiers left out.
 */
public record OperatorEvent(String id, String type, String time, String mppCode, String agencyCode, String subject,
                            JsonNode data) {
}
