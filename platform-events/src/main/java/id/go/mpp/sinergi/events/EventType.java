package id.go.mpp.sinergi.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the CloudEvents {@code type} of an event record and the Kafka topic it travels on.
 * Types follow {@code id.go.mpp.<domain>.<event>.v<major>}; a breaking change to a record means a new
 * record with a new major version, published side by side until consumers have moved.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** CloudEvents {@code type}, e.g. {@code id.go.mpp.queue.ticket-called.v1}. */
    String value();

    /** Topic name, one of the constants in {@link Topics}. */
    String topic();
}
