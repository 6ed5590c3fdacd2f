package id.go.mpp.sinergi.standins;

import java.util.concurrent.CountDownLatch;

/**
 * The stand-ins as their own process ({@code java -jar agency-standins/target/agency-standins.jar}; ./sinergi up
 * starts it): settings from {@code SINERGI_STANDINS_*} (README.md), one log line per request on standard output,
 * until SIGTERM / Ctrl-C.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        StandInsConfig config;
        try {
            config = StandInsConfig.fromEnv(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("agency-standins: " + e.getMessage());
            System.exit(2);
            return;
        }
        StandIns standIns;
        try {
            standIns = StandIns.start(config);
        } catch (RuntimeException e) {
            System.err.println("agency-standins: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            standIns.close();
            System.out.println("agency-standins stopped");
            stopped.countDown();
        }, "standins-stop"));
        System.out.println("agency-standins ready: control " + standIns.controlUrl() + "/control"
                + " | dukcapil " + standIns.dukcapilUrl() + " | simkim " + standIns.simkimUrl()
                + " | oss " + standIns.ossUrl() + " | messaging " + standIns.messagingUrl()
                + " | OSS webhooks to " + (config.ossSubscriberUrl().isEmpty() ? "(none)" : config.ossSubscriberUrl())
                + " | seed " + config.seed());
        stopped.await();
    }
}
