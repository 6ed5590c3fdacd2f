package id.go.mpp.sinergi.queue.domain.catalogue;

/**
 * How many visits a service takes per MPP-local day, split into shares: {@code regular} walk-ins,
 * {@code priority} for the groups of UU 25/2009 Pasal 29 (lansia, disabilitas, ibu hamil, anak) and
 * {@code online} bookings (as M-Paspor releases a daily quota). Zero closes a share.
 */
public record DailyQuota(int regular, int priority, int online) {

    /** Upper bound per share: far above the busiest MPP (≈ 1,000 visitors a day in all). */
    public static final int MAX_SHARE = 10_000;

    public DailyQuota {
        check("regular", regular);
        check("priority", priority);
        check("online", online);
    }

    public int total() {
        return regular + priority + online;
    }

    private static void check(String share, int value) {
        if (value < 0 || value > MAX_SHARE) {
            throw new IllegalArgumentException(share + " share must be between 0 and " + MAX_SHARE);
        }
    }
}
