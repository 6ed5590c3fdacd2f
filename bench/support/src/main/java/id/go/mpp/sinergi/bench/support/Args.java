package id.go.mpp.sinergi.bench.support;

import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark's command line, option by option: {@code --name value} or {@code --name=value}. Wrong values throw
 * {@link IllegalArgumentException} (a {@link NumberFormatException} for a number that is none).
 */
public final class Args {

    private final List<String> args;
    private int next;
    private String option;
    private String inline;

    public Args(String[] argv) {
        this.args = List.of(argv);
    }

    /** Moves to the next option; false when there is none left. */
    public boolean next() {
        if (next >= args.size()) {
            option = null;
            inline = null;
            return false;
        }
        String a = args.get(next++);
        int eq = a.indexOf('=');
        if (a.startsWith("--") && eq > 0) {
            option = a.substring(0, eq);
            inline = a.substring(eq + 1);
        } else {
            option = a;
            inline = null;
        }
        return true;
    }

    /** The current option's name ({@code --name}, without a {@code =value}). */
    public String option() {
        return option;
    }

    /** The current option's value: after its {@code =}, else the next argument. */
    public String value() {
        if (inline != null) {
            return inline;
        }
        if (next >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(next++);
    }

    /** The value as comma-separated names of {@code type}'s constants, any case, in the order given. */
    public <E extends Enum<E>> java.util.LinkedHashSet<E> enums(Class<E> type) {
        java.util.LinkedHashSet<E> set = new java.util.LinkedHashSet<>();
        for (String s : value().split(",")) {
            set.add(Enum.valueOf(type, s.trim().toUpperCase(java.util.Locale.ROOT)));
        }
        return set;
    }

    /**
     * For an option no case of the bench took: {@code --help} / {@code -h} prints {@code usage} and ends the program,
     * anything else is refused with it.
     */
    public void helpOrUnknown(String usage) {
        if (option.equals("--help") || option.equals("-h")) {
            System.out.println(usage);
            System.exit(0);
        }
        throw new IllegalArgumentException("unknown option " + option + "\n" + usage);
    }

    /** The value as a number. */
    public int integer() {
        return Integer.parseInt(value());
    }

    /** The value as a number above 0. */
    public int positive() {
        return positive(option, value());
    }

    /** The value as comma-separated numbers above 0, e.g. {@code 8,32,128}. */
    public List<Integer> positives() {
        String name = option;
        List<Integer> list = new ArrayList<>();
        for (String s : value().split(",")) {
            list.add(positive(name, s.trim()));
        }
        return List.copyOf(list);
    }

    private static int positive(String name, String v) {
        int n = Integer.parseInt(v);
        if (n <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return n;
    }
}
