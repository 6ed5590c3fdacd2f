package id.go.mpp.sinergi.local;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of the {@code ./sinergi} command (the script builds the project, then runs this class):
 * {@code up [-d]}, {@code down}, {@code status}. See deploy/local/README.md.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0) {
            Out.error("usage: ./sinergi up [-d] | down | status | logs SERVICE   (./sinergi help)");
            return 2;
        }
        Path repo = Path.of(System.getProperty("sinergi.repo", ".")).toAbsolutePath().normalize();
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            Settings settings = Settings.parse(repo, System.getenv(), rest);
            Stack stack = new Stack(settings);
            return switch (args[0]) {
                case "up" -> stack.up(startedAt());
                case "down" -> stack.down();
                case "status" -> stack.status();
                default -> {
                    Out.error("sinergi: unknown command '" + args[0] + "' (./sinergi help)");
                    yield 2;
                }
            };
        } catch (Settings.UsageException e) {
            Out.error("sinergi: " + e.getMessage() + " (./sinergi help)");
            return 2;
        } catch (Exception e) {
            Out.error("sinergi: " + e);
            return 1;
        }
    }

    /** When the user ran the command (the script passes it, so the total includes the build check). */
    private static Instant startedAt() {
        String t0 = System.getProperty("sinergi.t0");
        try {
            return t0 == null ? Instant.now() : Instant.ofEpochMilli(Long.parseLong(t0));
        } catch (NumberFormatException e) {
            return Instant.now();
        }
    }
}
