package id.go.mpp.sinergi.testing.gates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one gate found: new findings fail the test, findings listed in {@code knownFailures} are printed only
 * (their owner fixes them and removes the entry). Up to three examples of each kind per operation are kept.
 */
public final class Report {

    private static final int EXAMPLES = 3;

    private final String title;
    private final List<AccessDeclarations.KnownFailure> knownFailures;
    private final Map<String, List<Finding>> findings = new LinkedHashMap<>();
    private final Map<String, Integer> occurrences = new LinkedHashMap<>();
    private final Set<AccessDeclarations.KnownFailure> seen = new LinkedHashSet<>();
    private final StringBuilder matrix = new StringBuilder();
    private int requests;

    Report(String title, List<AccessDeclarations.KnownFailure> knownFailures) {
        this.title = title;
        this.knownFailures = knownFailures;
    }

    void add(Finding finding) {
        AccessDeclarations.KnownFailure known = knownFailures.stream().filter(k -> k.matches(finding)).findFirst().orElse(null);
        if (known != null) {
            seen.add(known);
        }
        // Known and new findings are kept apart, so that a known one never hides a new one of the same kind.
        String key = (known != null ? "known " : "new ") + finding.kind() + " " + finding.operation() + " " + finding.role();
        occurrences.merge(key, 1, Integer::sum);
        List<Finding> examples = findings.computeIfAbsent(key, k -> new ArrayList<>());
        if (examples.size() < EXAMPLES) {
            examples.add(finding);
        }
    }

    void counted() {
        requests++;
    }

    void matrixRow(String operation, Map<Role, String> answers, AccessDeclarations.Declaration declaration) {
        if (matrix.length() == 0) {
            matrix.append(String.format("%-55s", "operation (declared/answered)"));
            for (Role role : Role.values()) {
                matrix.append(String.format(" %-12s", role.key.length() > 12 ? role.key.substring(0, 12) : role.key));
            }
            matrix.append('\n');
        }
        matrix.append(String.format("%-55s", operation));
        for (Role role : Role.values()) {
            AccessDeclarations.Outcome outcome = declaration.outcome(role);
            matrix.append(String.format(" %-12s", (outcome == AccessDeclarations.Outcome.ALLOWED ? "ok" : outcome)
                    + "/" + answers.get(role)));
        }
        matrix.append('\n');
    }

    /** Findings not covered by a known failure. */
    public List<Finding> newFindings() {
        List<Finding> fresh = new ArrayList<>();
        findings.forEach((key, examples) -> {
            if (key.startsWith("new ")) {
                fresh.addAll(examples);
            }
        });
        return fresh;
    }

    /** Prints the report, and fails with every new finding. */
    public void assertClean() {
        List<Finding> fresh = newFindings();
        StringBuilder text = new StringBuilder("[gates] ").append(title);
        if (requests > 0) {
            text.append(": ").append(requests).append(" requests");
        }
        text.append('\n');
        if (matrix.length() > 0) {
            text.append(matrix);
        }
        List<String> known = new ArrayList<>();
        findings.forEach((key, examples) -> {
            if (key.startsWith("known ")) {
                known.add("  (" + occurrences.get(key) + "x) " + examples.get(0));
            }
        });
        if (!known.isEmpty()) {
            text.append("Known failures still seen (their owners fix them and remove them from gates/access.yaml):\n");
            known.forEach(k -> text.append(k).append('\n'));
        }
        List<AccessDeclarations.KnownFailure> unseen = knownFailures.stream().filter(k -> !seen.contains(k)).toList();
        if (!unseen.isEmpty()) {
            text.append("Known failures not seen by this gate (remove them once no gate sees them):\n");
            unseen.forEach(k -> text.append("  ").append(k).append('\n'));
        }
        System.out.println(text);
        if (!fresh.isEmpty()) {
            StringBuilder failure = new StringBuilder(title).append(": ").append(fresh.size())
                    .append(" finding(s) (up to ").append(EXAMPLES).append(" examples per kind and operation)\n");
            fresh.forEach(f -> failure.append(f).append('\n'));
            throw new AssertionError(failure.toString());
        }
    }
}
