package id.go.mpp.sinergi.bench.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the machine is (Linux /proc/stat): on a 2-core machine a concurrent build skews every figure, so each
 * timed part waits (up to a limit) for the CPUs to be mostly idle and reports what it found. Shared by the benchmarks
 * (bench/quota-rush, bench/complaints).
 */
public final class Machine {

    public static final double QUIET_BUSY_PERCENT = 30;

    private Machine() {
    }

    /** Percentage of CPU time not idle over the next {@code millis}; NaN where /proc/stat is missing. */
    public static double busyPercent(long millis) {
        long[] a = sample();
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long[] b = sample();
        if (a == null || b == null || b[0] == a[0]) {
            return Double.NaN;
        }
        return 100.0 * (1 - (double) (b[1] - a[1]) / (b[0] - a[0]));
    }

    /** Waits up to {@code maxSeconds} for a quiet machine; returns the last busy percentage seen. */
    public static double waitQuiet(int maxSeconds, String what) {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        double busy = busyPercent(2000);
        boolean told = false;
        while (busy > QUIET_BUSY_PERCENT && System.nanoTime() < deadline) {
            if (!told) {
                System.out.printf("  (machine %.0f%% busy before %s: waiting up to %d s for it to calm down)%n", busy,
                        what, maxSeconds);
                told = true;
            }
            busy = busyPercent(3000);
        }
        return busy;
    }

    /**
     * CPU jiffies per process (utime + stime) with parent pids, from /proc/[pid]/stat, and, for Java processes, the
     * jiffies of their JIT compiler threads ({@code C1 CompilerThre…}, {@code C2 CompilerThre…}) from
     * /proc/[pid]/task/[tid]/stat.
     */
    public record Snapshot(long nanos, java.util.Map<Long, long[]> procs, java.util.Map<Long, Long> jit) {

        public static Snapshot take() {
            java.util.Map<Long, long[]> procs = new java.util.HashMap<>();
            java.util.Map<Long, Long> jit = new java.util.HashMap<>();
            try (java.util.stream.Stream<Path> dirs = Files.list(Path.of("/proc"))) {
                dirs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                    try {
                        String stat = Files.readString(p.resolve("stat"));
                        long pid = Long.parseLong(p.getFileName().toString());
                        procs.put(pid, new long[]{field(stat, 1), field(stat, 11) + field(stat, 12)});
                        if (stat.contains("(java)")) {
                            jit.put(pid, compilerJiffies(p));
                        }
                    } catch (IOException | RuntimeException ignored) {
                        // the process ended meanwhile
                    }
                });
            } catch (IOException e) {
                return new Snapshot(System.nanoTime(), java.util.Map.of(), java.util.Map.of());
            }
            return new Snapshot(System.nanoTime(), procs, jit);
        }

        /** Field {@code index} of a stat line counted from the state after "pid (comm) " (utime = 11, stime = 12). */
        private static long field(String stat, int index) {
            return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[index]);
        }

        private static long compilerJiffies(Path proc) throws IOException {
            long sum = 0;
            try (java.util.stream.Stream<Path> tasks = Files.list(proc.resolve("task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    try {
                        if (Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                            String stat = Files.readString(task.resolve("stat"));
                            sum += field(stat, 11) + field(stat, 12);
                        }
                    } catch (IOException | RuntimeException ignored) {
                        // the thread ended meanwhile
                    }
                }
            }
            return sum;
        }
    }

    /**
     * CPU used between two snapshots, as % of one core, split into the stack (processes whose pid files are in
     * {@code runDir} and their descendants, e.g. PostgreSQL backends), this JVM (the load generator, with pgbench)
     * and others. Processes that ended before the second snapshot are not counted (e.g. pgbench's backends), so
     * the figure that matters is "other processes": CPU that was taken from the measured system. The stack's share
     * names how much of it its JVMs' JIT compilers used: a JVM that still compiles has not reached the speed it
     * will serve at (see {@link #jitPercent}).
     */
    public static String cpuSplit(Snapshot a, Snapshot b, Path runDir) {
        return cpuSplit(a, b, runDir, false);
    }

    /**
     * {@link #cpuSplit(Snapshot, Snapshot, Path)} with the stack's share also per component (the name of its pid file
     * in {@code runDir}, e.g. {@code postgres}, {@code complaint-service}), largest first, those of at least 1 %.
     */
    public static String cpuSplitByComponent(Snapshot a, Snapshot b, Path runDir) {
        return cpuSplit(a, b, runDir, true);
    }

    private static String cpuSplit(Snapshot a, Snapshot b, Path runDir, boolean byComponents) {
        if (b.procs().isEmpty()) {
            return "n/a";
        }
        java.util.Map<Long, String> roots = new java.util.HashMap<>();
        try (java.util.stream.Stream<Path> files = Files.list(runDir)) {
            files.filter(p -> p.toString().endsWith(".pid")).forEach(p -> {
                String component = p.getFileName().toString().replace(".pid", "");
                try {
                    for (String line : Files.readAllLines(p)) {
                        if (line.startsWith("pid=")) {
                            roots.put(Long.parseLong(line.substring(4).trim()), component);
                        } else if (line.trim().matches("[0-9]+")) {
                            roots.put(Long.parseLong(line.trim()), component);
                        }
                    }
                } catch (IOException | RuntimeException ignored) {
                    // not a pid file we understand
                }
            });
        } catch (IOException ignored) {
            // no stack run dir
        }
        long self = ProcessHandle.current().pid();
        double hz = 100.0; // USER_HZ on Linux
        double seconds = (b.nanos() - a.nanos()) / 1e9;
        double stack = 0;
        double jit = 0;
        double bench = 0;
        double others = 0;
        java.util.Map<String, Double> byComponent = new java.util.TreeMap<>();
        for (java.util.Map.Entry<Long, long[]> e : b.procs().entrySet()) {
            long[] before = a.procs().get(e.getKey());
            long used = e.getValue()[1] - (before != null ? before[1] : 0);
            if (used <= 0) {
                continue;
            }
            long pid = e.getKey();
            boolean inStack = false;
            boolean isSelf = false;
            String component = null;
            for (int depth = 0; depth < 20 && pid > 1; depth++) {
                if (pid == self) {
                    isSelf = true;
                    break;
                }
                if (roots.containsKey(pid)) {
                    inStack = true;
                    component = roots.get(pid);
                    break;
                }
                long[] info = b.procs().get(pid);
                if (info == null) {
                    break;
                }
                pid = info[0];
            }
            double pct = 100.0 * used / hz / seconds;
            if (isSelf) {
                bench += pct;
            } else if (inStack) {
                stack += pct;
                byComponent.merge(component, pct, Double::sum);
                Long compilersAfter = b.jit().get(e.getKey());
                if (compilersAfter != null) {
                    jit += 100.0 * (compilersAfter - a.jit().getOrDefault(e.getKey(), 0L)) / hz / seconds;
                }
            } else {
                others += pct;
            }
        }
        if (!byComponents) {
            return String.format("stack %.0f%% (its JIT compilers %.0f%%), load generator %.0f%%, other processes %.0f%%"
                    + " (of one core; %d cores)", stack, jit, bench, others, Runtime.getRuntime().availableProcessors());
        }
        StringBuilder parts = new StringBuilder();
        byComponent.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
                .filter(e -> e.getValue() >= 1)
                .forEach(e -> parts.append(String.format("%s%s %.0f%%", parts.length() == 0 ? "" : ", ", e.getKey(),
                        e.getValue())));
        return String.format("stack %.0f%% (its JIT compilers %.0f%%; %s), load generator %.0f%%, other processes"
                        + " %.0f%% (of one core; %d cores)", stack, jit, parts, bench, others,
                Runtime.getRuntime().availableProcessors());
    }

    public static double othersPercent(String split) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("other processes ([0-9]+)%").matcher(split);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /**
     * The stack's JIT compilers' share of {@link #cpuSplit}. Above a few percent the services were still compiling
     * their hot code during the rush: the run measured JVMs on their way to full speed, on cores the compilers took
     * from them (a freshly started stack compiled for its first ≈ 15 rushes on the 2-core machine).
     */
    public static double jitPercent(String split) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("its JIT compilers ([0-9]+)%").matcher(split);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** {total, idle+iowait} jiffies of all CPUs. */
    private static long[] sample() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = cpu.trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[]{total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The CPU model of this machine ({@code /proc/cpuinfo}), "?" elsewhere. */
    public static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException ignored) {
            // not Linux
        }
        return "?";
    }

    /** This machine's memory ({@code /proc/meminfo}), "? GiB" elsewhere. */
    public static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format("%.0f GiB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return "? GiB";
    }

    /** The commit of {@code repo} (short hash, date) and how many tracked files the work tree changes. */
    public static String commit(Path repo) {
        try {
            Process p = new ProcessBuilder("git", "-C", repo.toString(), "log", "-1", "--format=%h %cs")
                    .redirectErrorStream(true).start();
            String head = new String(p.getInputStream().readAllBytes()).trim();
            Process d = new ProcessBuilder("git", "-C", repo.toString(), "status", "--porcelain", "--untracked-files=no")
                    .redirectErrorStream(true).start();
            long changed = new String(d.getInputStream().readAllBytes()).lines().count();
            return head + (changed > 0 ? " + " + changed + " changed file(s) in the work tree" : "");
        } catch (IOException e) {
            return "?";
        }
    }

    /** The first lines every benchmark prints: its name and the time, the machine, the commit measured. */
    public static void printHeader(String bench, Path repo) {
        System.out.printf("%s — %s%n", bench, java.time.ZonedDateTime.now()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")));
        System.out.printf("  machine: %d cores (%s), %s; Java %s%n", Runtime.getRuntime().availableProcessors(),
                cpuModel(), memory(), System.getProperty("java.version"));
        System.out.printf("  commit: %s%n", commit(repo));
    }
}
