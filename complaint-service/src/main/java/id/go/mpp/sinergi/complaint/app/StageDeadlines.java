package id.go.mpp.sinergi.complaint.app;

import id.go.mpp.sinergi.complaint.domain.ComplaintDeadlines;
import id.go.mpp.sinergi.complaint.domain.ComplaintStage;
import id.go.mpp.sinergi.complaint.domain.Deadline;
import id.go.mpp.sinergi.complaint.store.Complaint;
import id.go.mpp.sinergi.complaint.store.calendar.Calendars;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** The deadlines of an MPP: its working-day calendar, counted in its own time zone. */
@ApplicationScoped
public class StageDeadlines {

    private final Calendars calendars;

    public StageDeadlines(Calendars calendars) {
        this.calendars = calendars;
    }

    public Uni<ComplaintDeadlines> of(String mppCode) {
        return calendars.of(mppCode).chain(calendar -> calendars.zoneOf(mppCode)
                .map(zone -> new ComplaintDeadlines(calendar, zone)));
    }

    /** Starts {@code stage}'s deadline at {@code start} on the complaint, or clears it ({@code stage} null). */
    public static void run(Complaint c, ComplaintDeadlines deadlines, ComplaintStage stage, Instant start) {
        c.breachedStage = null;
        if (stage == null) {
            c.dueStage = null;
            c.dueDay = null;
            c.dueAt = null;
            return;
        }
        Deadline due = deadlines.dueAfter(stage, start);
        c.dueStage = stage;
        c.dueDay = due.dueDay();
        c.dueAt = due.dueAt();
    }
}
