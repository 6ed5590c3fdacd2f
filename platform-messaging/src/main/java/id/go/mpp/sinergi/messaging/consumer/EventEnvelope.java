package id.go.mpp.sinergi.messaging.consumer;

import id.go.mpp.sinergi.events.SinergiEvent;

/** A CloudEvent received from Kafka with its data read into the contract record. */
public record EventEnvelope(String id, String type, String source, String subject, String time, String key,
                            SinergiEvent data) {
}
