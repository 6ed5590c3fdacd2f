package id.go.mpp.sinergi.queue;

import id.go.mpp.sinergi.queue.domain.CallingOrder;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** queue-service settings ({@code sinergi.queue.*}). */
@ConfigMapping(prefix = "sinergi.queue")
public interface QueueConfig {

    Booking booking();

    /** How long a booking may use catalogue rows (service, MPP, calendar) read earlier; 0 turns the cache off. */
    @WithDefault("5s")
    Duration catalogueCacheTtl();

    Calling calling();

    /** How counters call: the weights of the lines in the fair merge (see {@code CallingOrder}) and no-shows. */
    interface Calling {
        @WithDefault("2")
        int weightPriority();

        @WithDefault("2")
        int weightAppointment();

        @WithDefault("1")
        int weightRegular();

        /** The weights as the calling rule takes them. */
        default CallingOrder.Weights weights() {
            return new CallingOrder.Weights(weightPriority(), weightAppointment(), weightRegular());
        }

        /** How many recalls a called citizen gets before the officer may mark them as a no-show. */
        @WithDefault("2")
        int recallsBeforeNoShow();
    }

    interface Booking {
        /** An unconfirmed booking expires this long after it was made (never later than its slot's end). */
        @WithDefault("2h")
        Duration confirmWithin();

        /** How early before the slot start a citizen may check in. */
        @WithDefault("30m")
        Duration checkInEarly();

        /** How late after the slot start a check-in still counts as on time; later falls back to walk-in rules. */
        @WithDefault("15m")
        Duration checkInLate();

        /** How many times a booking may move to another slot (M-Paspor allows one). */
        @WithDefault("1")
        int maxReschedules();

        /**
         * How long a slot found sold out is answered "full" without asking the database; a unit freed meanwhile
         * (cancel, expiry, reschedule) on this instance clears it at once. 0 turns it off.
         */
        @WithDefault("2s")
        Duration soldOutMemory();

        /**
         * Most booking attempts written in one statement when they arrive while the previous one runs
         * (group commit, see {@code BookingWriter}); 1 writes each attempt alone.
         */
        @WithDefault("64")
        int batchSize();

        /**
         * Most booking statements running at once: a second one starts only while a full batch waits for the
         * running one (a rush), so the database is not left idle while a statement's answer and the next
         * statement travel through busy event loops. 1 writes one statement at a time.
         */
        @WithDefault("3")
        int writers();

        /** How often unconfirmed bookings past their deadline are expired. */
        @WithDefault("30s")
        String expirySweep();

        /**
         * How often the days that open for online booking are released into slot units ahead of their first
         * booking ({@code BookingRelease}); {@code off} leaves it to each day's first booking.
         */
        @WithDefault("10m")
        String releaseSweep();

        /**
         * Days ahead a saved service releases at once, inside the admin's request (today included); the sweep
         * releases the rest of the horizon, so saving a service never writes quota × horizon rows in one request.
         */
        @WithDefault("7")
        int releaseOnSaveDays();

        /** Most active (pending or confirmed) bookings one citizen may hold across services and days. */
        @WithDefault("5")
        int maxActivePerCitizen();
    }

    Walkins walkIns();

    /** Walk-in tickets. */
    interface Walkins {
        /** Most active (waiting, called, parked or in service) walk-in tickets a citizen may hold per service-day. */
        @WithDefault("1")
        int maxActivePerCitizen();
    }
}
