package id.go.mpp.sinergi.complaint.domain.duplicates;

import id.go.mpp.sinergi.complaint.domain.ComplaintAccess;
import id.go.mpp.sinergi.complaint.domain.ComplaintAccess.Actor;

import java.time.Duration;

/**
 * Likely duplicates of a complaint: the same visit, or the same agency (and service, if named) within
 * {@link #WINDOW} before or after (the newest {@link #SCAN} of them) with a text at least {@link #MIN_SIMILARITY}
 * alike (trigram similarity), at most {@link #LIMIT}, best first. Only the MPP admin reviews them (merging is
 * theirs): the candidates are other people's complaints.
 */
public final class DuplicateReview {

    public static final Duration WINDOW = Duration.ofDays(3);
    public static final double MIN_SIMILARITY = 0.4;
    public static final int LIMIT = 5;
    /**
     * How many of the window's newest complaints are compared: an agency of an MPP gets a few dozen complaints a
     * day, so this covers its window in practice while bounding what one suggestion costs under a rush.
     */
    public static final int SCAN = 300;

    private DuplicateReview() {
    }

    /** May {@code actor}, who sees the complaint, see its likely duplicates? */
    public static boolean mayReview(Actor actor) {
        return actor.role() == ComplaintAccess.Role.MPP_ADMIN;
    }
}
