package id.go.mpp.sinergi.gateway.domain.grants;

import java.util.List;

/** What a change of an agency's grants did: the grants it added and those it removed. */
public record GrantChange(List<Grant> added, List<Grant> removed) {

    public GrantChange {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public boolean changed() {
        return !added.isEmpty() || !removed.isEmpty();
    }

    /** The names of one kind, sorted, for the message log. */
    public static List<String> names(List<Grant> grants, GrantKind kind) {
        return grants.stream().filter(g -> g.kind() == kind).map(Grant::name).sorted().toList();
    }
}
