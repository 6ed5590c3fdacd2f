package id.go.mpp.sinergi.queue.domain.booking;

import id.go.mpp.sinergi.queue.domain.IllegalTransitionException;

/**
 * Where an online booking is in its life. A booking holds one unit of its day's online quota while it is
 * {@link #PENDING} or {@link #CONFIRMED}; the other states are final.
 *
 * <pre>
 * PENDING --confirm--> CONFIRMED
 * PENDING, CONFIRMED --reschedule--> (unchanged; once)
 * PENDING, CONFIRMED --check-in--> CHECKED_IN   (the booking became a ticket)
 * PENDING, CONFIRMED --cancel--> CANCELLED
 * PENDING --expire--> EXPIRED                    (not confirmed in time)
 * </pre>
 */
public enum BookingStatus {
    PENDING,
    CONFIRMED,
    CHECKED_IN,
    CANCELLED,
    EXPIRED;

    /**
     * The status as of {@code now}: a pending booking past its confirmation deadline is already expired, even
     * before the sweep has recorded it.
     */
    public BookingStatus asOf(java.time.Instant now, java.time.Instant confirmBy) {
        return this == PENDING && !now.isBefore(confirmBy) ? EXPIRED : this;
    }

    public boolean holdsQuota() {
        return this == PENDING || this == CONFIRMED;
    }

    public BookingStatus confirm() {
        if (this != PENDING) {
            throw new IllegalTransitionException(this, "confirm");
        }
        return CONFIRMED;
    }

    public BookingStatus reschedule() {
        requireActive("reschedule");
        return this;
    }

    public BookingStatus checkIn() {
        requireActive("check-in");
        return CHECKED_IN;
    }

    public BookingStatus cancel() {
        requireActive("cancel");
        return CANCELLED;
    }

    public BookingStatus expire() {
        if (this != PENDING) {
            throw new IllegalTransitionException(this, "expire");
        }
        return EXPIRED;
    }

    private void requireActive(String action) {
        if (!holdsQuota()) {
            throw new IllegalTransitionException(this, action);
        }
    }
}
