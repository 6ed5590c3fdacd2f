package id.go.mpp.sinergi.complaint.domain.open311;

import id.go.mpp.sinergi.complaint.domain.TrackingIds;
import id.go.mpp.sinergi.core.problem.LocalizedText;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The {@code service_request_id} filter of GET requests: tracking ids, comma-separated. */
public final class ServiceRequestIds {

    /** More ids than fit a request line of 4 KB. */
    public static final int MAX = 200;

    private ServiceRequestIds() {
    }

    /** The ids asked for, in order, without repeats; 400 for one that is not a tracking id. */
    public static List<String> parse(String list) {
        Set<String> ids = new LinkedHashSet<>();
        for (String part : list.split(",", -1)) {
            String id = part.strip();
            if (!TrackingIds.isWellFormed(id)) {
                throw Open311Refusal.badRequest(LocalizedText.of(
                        "service_request_id harus nomor pelacakan (ADU-YYYYMMDD-XXXXXXXX), dipisah koma",
                        "service_request_id must be tracking ids (ADU-YYYYMMDD-XXXXXXXX), comma-separated"));
            }
            ids.add(id);
        }
        if (ids.size() > MAX) {
            throw Open311Refusal.badRequest(LocalizedText.of("paling banyak %d service_request_id sekaligus",
                    "at most %d service_request_id at once").formatted(MAX));
        }
        return List.copyOf(ids);
    }
}
