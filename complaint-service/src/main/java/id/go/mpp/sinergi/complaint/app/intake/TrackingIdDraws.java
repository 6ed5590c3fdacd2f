package id.go.mpp.sinergi.complaint.app.intake;

import id.go.mpp.sinergi.complaint.domain.TrackingIds;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;

/** Draws tracking ids; a bean so that a test can make a draw clash with a tracking id already taken. */
@ApplicationScoped
public class TrackingIdDraws {

    public String next(LocalDate day) {
        return TrackingIds.next(day);
    }
}
