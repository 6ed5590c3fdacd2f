package id.go.mpp.sinergi.adapter.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A call an agency's system made to the gateway ({@code POST /api/v1/agency-callbacks/<agencyCode>}), as received.
 *
 * @param headers header names in lower case
 * @param body    the raw body: signatures are computed over these bytes
 */
public record InboundCall(Map<String, List<String>> headers, byte[] body, String remoteAddress) {

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
