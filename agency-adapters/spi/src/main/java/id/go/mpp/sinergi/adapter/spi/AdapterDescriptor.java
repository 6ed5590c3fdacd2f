package id.go.mpp.sinergi.adapter.spi;

import java.util.Objects;
import java.util.Set;

/**
 * What an adapter declares.
 *
 * @param agencyCode the agency it speaks for, as in the catalogue ({@code dukcapil}, {@code imigrasi}, …): its access
 *                   rights, settings, message log entries and health are under this code
 * @param system     the agency system's name, e.g. {@code SIMKIM}
 * @param reactsTo   CloudEvents types of the events it may turn into requests ({@code id.go.mpp.queue.ticket-completed.v1})
 * @param operations the calls it offers (see {@link Operations}); a request names one of them
 */
public record AdapterDescriptor(String agencyCode, String system, Set<String> reactsTo, Set<String> operations) {

    public AdapterDescriptor {
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(system, "system");
        reactsTo = Set.copyOf(reactsTo);
        operations = Set.copyOf(operations);
    }
}
