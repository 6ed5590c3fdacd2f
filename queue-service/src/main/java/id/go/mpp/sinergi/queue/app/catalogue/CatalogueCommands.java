package id.go.mpp.sinergi.queue.app.catalogue;

import id.go.mpp.sinergi.queue.domain.TurnNear;
import id.go.mpp.sinergi.queue.domain.catalogue.DailyQuota;
import id.go.mpp.sinergi.core.time.IndonesianTimeZone;
import id.go.mpp.sinergi.core.codes.Slugs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * What the catalogue's admins change (PUT bodies: each replaces the whole item), validated by the API. A service's
 * optional settings left out keep their value (a new service takes the default).
 */
public final class CatalogueCommands {

    private CatalogueCommands() {
    }

    public record Hours(@NotNull LocalTime opens, @NotNull LocalTime closes) {
    }

    public record ClosedDay(@NotNull LocalDate day, @NotBlank @Size(max = 120) String reason) {
    }

    public record UpdateMpp(@NotBlank @Size(max = 160) String name,
                            @NotNull IndonesianTimeZone timeZone,
                            @NotNull Map<DayOfWeek, @Valid @NotNull Hours> openingHours,
                            @Size(max = 366) List<@Valid @NotNull ClosedDay> closedDays) {
    }

    public record UpdateAgency(@NotBlank @Size(max = 160) String name) {
    }

    public record Quota(@NotNull @Min(0) @Max(DailyQuota.MAX_SHARE) Integer regular,
                        @NotNull @Min(0) @Max(DailyQuota.MAX_SHARE) Integer priority,
                        @NotNull @Min(0) @Max(DailyQuota.MAX_SHARE) Integer online) {
    }

    public record UpdateService(@NotBlank @Size(max = 63) @Pattern(regexp = Slugs.CODE) String agencyCode,
                                @NotBlank @Size(max = 160) String nameId,
                                @NotBlank @Size(max = 160) String nameEn,
                                @NotBlank @Pattern(regexp = "[A-Z]{2,5}(-[A-Z0-9]{1,3})?") String ticketPrefix,
                                @NotNull @Size(max = 30) List<@NotBlank @Size(max = 300) String> requirementsId,
                                @NotNull @Size(max = 30) List<@NotBlank @Size(max = 300) String> requirementsEn,
                                @NotNull @PositiveOrZero Long feeRupiah,
                                @NotNull @Min(1) @Max(480) Integer serviceMinutes,
                                @NotNull @Valid Quota dailyQuota,
                                @NotNull @Min(1) @Max(1440) Integer slaMinutes,
                                Boolean active,
                                @Min(0) @Max(92) Integer bookingHorizonDays,
                                @Min(5) @Max(480) Integer slotMinutes,
                                @Min(0) @Max(TurnNear.Settings.MAX_PLACES) Integer turnNearPlaces,
                                @Min(0) @Max(TurnNear.Settings.MAX_MINUTES) Integer turnNearMinutes,
                                Boolean requiresNib) {
    }

    public record UpdateCounter(@NotBlank @Size(max = 63) @Pattern(regexp = Slugs.CODE) String agencyCode,
                                @NotBlank @Size(max = 80) String name,
                                @NotNull @Size(max = 50) List<@NotNull @Pattern(regexp = Slugs.CODE) String> services) {
    }
}
