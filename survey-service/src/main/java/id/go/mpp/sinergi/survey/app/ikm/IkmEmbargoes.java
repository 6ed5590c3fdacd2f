package id.go.mpp.sinergi.survey.app.ikm;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.core.time.Timestamps;
import id.go.mpp.sinergi.survey.store.ikm.Embargoes;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;

/**
 * The MPP admin hides an agency's (or one service's) IKM from the public until the period is over, and shows it
 * again. Only the admin of that MPP; another MPP's list is unknown to them (404).
 */
@ApplicationScoped
public class IkmEmbargoes {

    /** A hidden unit as the admin sees it; {@code service} empty for the whole agency. */
    public record Hidden(String agency, String service, String hiddenBy, java.time.Instant hiddenAt) {

        static List<Hidden> of(List<Embargoes.Embargo> embargoes) {
            return embargoes.stream().map(e -> new Hidden(e.agency(), e.service(), e.hiddenBy(), e.hiddenAt()))
                    .toList();
        }
    }

    private final Clock clock;
    private final Embargoes embargoes;

    public IkmEmbargoes(Clock clock, Embargoes embargoes) {
        this.clock = clock;
        this.embargoes = embargoes;
    }

    @WithSession
    public Uni<List<Hidden>> of(Caller admin, String mpp) {
        ownMpp(admin, mpp);
        return embargoes.of(mpp).map(Hidden::of);
    }

    @WithTransaction
    public Uni<List<Hidden>> hide(Caller admin, String mpp, String agency, String service) {
        ownMpp(admin, mpp);
        return embargoes.hide(mpp, agency, service, admin.id(), Timestamps.now(clock))
                .chain(() -> embargoes.of(mpp)).map(Hidden::of);
    }

    @WithTransaction
    public Uni<List<Hidden>> lift(Caller admin, String mpp, String agency, String service) {
        ownMpp(admin, mpp);
        return embargoes.lift(mpp, agency, service).chain(lifted -> {
            if (!lifted) {
                throw ProblemException.notFound("ikm-embargo-not-found", LocalizedText.of(
                        "IKM %s%s tidak sedang disembunyikan", "The IKM of %s%s is not hidden")
                        .formatted(agency, service == null ? "" : "/" + service));
            }
            return embargoes.of(mpp).map(Hidden::of);
        });
    }

    private static void ownMpp(Caller admin, String mpp) {
        if (admin.mpp().filter(mpp::equals).isEmpty()) {
            throw ProblemException.notFound("mpp-not-found", LocalizedText.of(
                    "MPP %s tidak ditemukan", "MPP %s not found").formatted(mpp));
        }
    }
}
