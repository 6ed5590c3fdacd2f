package id.go.mpp.sinergi.core.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The clock services read "now" from (UTC). One bean, so that rules that depend on the time of day
 * (opening hours, day boundaries) can be tested at a chosen moment.
 */
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
