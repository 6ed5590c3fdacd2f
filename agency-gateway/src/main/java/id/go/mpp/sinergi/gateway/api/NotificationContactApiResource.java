package id.go.mpp.sinergi.gateway.api;

import id.go.mpp.sinergi.core.problem.LocalizedText;
import id.go.mpp.sinergi.core.problem.ProblemException;
import id.go.mpp.sinergi.core.problem.ProblemTitles;
import id.go.mpp.sinergi.core.security.Caller;
import id.go.mpp.sinergi.gateway.app.notifications.Notifications;
import id.go.mpp.sinergi.gateway.app.notifications.Notifications.ContactCommand;
import id.go.mpp.sinergi.gateway.domain.notifications.PhoneNumbers;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a citizen wants to be told things (WhatsApp or SMS), with consent, for their account (booking reminders, their
 * visits); a visit's own number is set in {@link VisitRecordsApiResource}. The number is never echoed back.
 */
@Path(Forwarding.PREFIX)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationContactApiResource {

    private final Notifications notifications;
    private final SecurityIdentity identity;

    public NotificationContactApiResource(Notifications notifications, SecurityIdentity identity) {
        this.notifications = notifications;
        this.identity = identity;
    }

    /** The number, the channel ({@code WHATSAPP} default, or {@code SMS}), the language, and the consent. */
    public record ContactRequest(String phone, String channel, String language, Boolean consent) {
    }

    @PUT
    @Path("/me/notification-contact")
    @RolesAllowed(Caller.CITIZEN)
    @Operation(summary = "Notify me (booking reminders the day before, my visits) on this number, with my consent (204)")
    public Uni<Response> setForMe(ContactRequest body) {
        return notifications.setAccountContact(Caller.of(identity).id(), validated(body))
                .replaceWith(Response.noContent().build());
    }

    @DELETE
    @Path("/me/notification-contact")
    @RolesAllowed(Caller.CITIZEN)
    @Operation(summary = "Withdraw my consent: my number is deleted (204; 404 if none was given)")
    public Uni<Response> withdraw() {
        return notifications.withdrawAccountContact(Caller.of(identity).id()).map(deleted -> {
            if (!deleted) {
                throw ProblemException.notFound("no-notification-contact", LocalizedText.of(
                        "Belum ada nomor untuk notifikasi.", "No number was given for notifications."));
            }
            return Response.noContent().build();
        });
    }

    static ContactCommand validated(ContactRequest body) {
        List<ProblemException.FieldErrorText> errors = new ArrayList<>();
        if (body == null) {
            throw ProblemException.invalidField("body", LocalizedText.of("wajib diisi", "is required"));
        }
        Optional<String> phone = PhoneNumbers.normalised(body.phone());
        if (phone.isEmpty()) {
            errors.add(new ProblemException.FieldErrorText("phone", LocalizedText.of(
                    "nomor ponsel Indonesia (08… atau +628…)", "an Indonesian mobile number (08… or +628…)")));
        }
        String channel = body.channel() == null ? "WHATSAPP" : body.channel();
        if (!channel.equals("WHATSAPP") && !channel.equals("SMS")) {
            errors.add(new ProblemException.FieldErrorText("channel", LocalizedText.of("WHATSAPP atau SMS",
                    "WHATSAPP or SMS")));
        }
        String language = body.language() == null ? "id" : body.language();
        if (!language.equals("id") && !language.equals("en")) {
            errors.add(new ProblemException.FieldErrorText("language", LocalizedText.of("id atau en", "id or en")));
        }
        if (!Boolean.TRUE.equals(body.consent())) {
            errors.add(new ProblemException.FieldErrorText("consent", LocalizedText.of(
                    "warga harus menyetujui nomornya dipakai untuk notifikasi ini",
                    "the citizen must consent to their number being used for these notifications")));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", ProblemTitles.VALIDATION, ProblemTitles.VALIDATION_DETAIL,
                    errors);
        }
        return new ContactCommand(phone.orElseThrow(), channel, language);
    }
}
