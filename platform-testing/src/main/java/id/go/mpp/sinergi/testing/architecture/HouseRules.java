package id.go.mpp.sinergi.testing.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house rules (README "Architecture", shared/reference/house.md) as ArchUnit rules, for one module's base package
 * ({@code id.go.mpp.sinergi.queue}, {@code id.go.mpp.sinergi.core}, …). A module applies them all with an
 * {@code ArchitectureTest} that extends {@link HouseRulesContract}. A rule about a layer the module does not have
 * (the gateway has no {@code domain/}) passes on it.
 */
public final class HouseRules {

    /** The root of every Sinergi package. */
    public static final String ROOT = "id.go.mpp.sinergi";

    /** The service modules' packages under {@link #ROOT}; a new service adds its own here. */
    public static final List<String> SERVICES = List.of("queue", "complaint", "survey", "gateway");

    /** The one package that may read the system clock: everything else gets time from an injected {@link Clock}. */
    public static final String TIME_PACKAGE = ROOT + ".core.time..";

    /** What {@code domain/} may not import: it is plain Java, testable without any of these. */
    public static final List<String> FRAMEWORKS = List.of("io.quarkus..", "jakarta..", "io.smallrye..", "io.vertx..",
            "org.hibernate..", "org.apache.kafka..", "com.fasterxml..", "org.eclipse.microprofile..", "org.jboss..");

    private static final Set<String> CLOCK_TYPES = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
            "java.time.OffsetTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    private HouseRules() {
    }

    /** The main classes of a module: its base package as compiled, without test classes or jars. */
    public static JavaClasses mainClassesOf(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
    }

    public static ArchRule domainImportsNoFramework(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS.toArray(String[]::new))
                .because("domain/ is plain Java: rules and state machines that a unit test runs without a framework")
                .allowEmptyShould(true);
    }

    /**
     * Slices are the packages right under the base package ({@code api}, {@code app}, {@code domain}, …), with
     * {@code messaging.in} and {@code messaging.out} apart: an incoming event walks messaging.in → app, a change
     * walks app → messaging.out (its event), and neither comes back.
     */
    public static ArchRule noPackageCycles(String basePackage) {
        return slices().assignedFrom(new SliceAssignment() {
                    @Override
                    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                        String pkg = javaClass.getPackageName();
                        if (!pkg.startsWith(basePackage + ".")) {
                            return SliceIdentifier.ignore();
                        }
                        String[] parts = pkg.substring(basePackage.length() + 1).split("\\.");
                        return parts[0].equals("messaging") && parts.length > 1
                                ? SliceIdentifier.of("messaging." + parts[1]) : SliceIdentifier.of(parts[0]);
                    }

                    @Override
                    public String getDescription() {
                        return "top-level packages of " + basePackage + " (messaging.in and messaging.out apart)";
                    }
                })
                .should().beFreeOfCycles()
                .because("a request walks api → app → domain/store → messaging and never back")
                .allowEmptyShould(true);
    }

    /** No class of this module uses a class of another service ({@link #SERVICES}); services share only events. */
    public static ArchRule noDependencyOnOtherServices(String basePackage) {
        return noDependencyOn(basePackage, otherServices(basePackage));
    }

    /** The base packages of the services other than the one {@code basePackage} belongs to (all of them for core). */
    static List<String> otherServices(String basePackage) {
        return SERVICES.stream().map(s -> ROOT + "." + s)
                .filter(service -> !basePackage.equals(service) && !basePackage.startsWith(service + "."))
                .toList();
    }

    /** The same rule with the other services named: {@code otherServices} are base packages. */
    public static ArchRule noDependencyOn(String basePackage, List<String> otherServices) {
        return noClasses().that().resideInAPackage(basePackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        otherServices.stream().map(s -> s + "..").toArray(String[]::new))
                .because("services share facts only as events (platform-events) and code only through the platform"
                        + " modules")
                .allowEmptyShould(true);
    }

    public static ArchRule apiReachesStoreOnlyThroughApp(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..api..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + "..store..")
                .because("a resource validates, calls one use case in app/ and maps its result; app/ loads and stores")
                .allowEmptyShould(true);
    }

    public static ArchRule messagingNeverImportsApi(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..messaging..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + "..api..")
                .because("an incoming event walks messaging → app → domain/store, never through a resource")
                .allowEmptyShould(true);
    }

    public static ArchRule systemClockReadOnlyInTimePackage(String basePackage) {
        return noClasses().that().resideInAPackage(basePackage + "..").and().resideOutsideOfPackage(TIME_PACKAGE)
                .should().accessTargetWhere(READS_THE_SYSTEM_CLOCK)
                .because("time comes from an injected Clock, so a test can set it (see " + TIME_PACKAGE + ")")
                .allowEmptyShould(true);
    }

    /**
     * Calls and method references that read the system clock: {@code now()} of the java.time types without a
     * {@link Clock} argument ({@code LocalDate.now(zone)} reads it too), {@code System.currentTimeMillis()} and
     * {@code Clock.system…()}. {@code System.nanoTime()} measures durations, not time of day, and stays allowed.
     */
    static final DescribedPredicate<JavaAccess<?>> READS_THE_SYSTEM_CLOCK =
            new DescribedPredicate<>("read the system clock (Instant.now(), LocalDate.now(), LocalDateTime.now(),"
                    + " ZonedDateTime.now(), System.currentTimeMillis(), Clock.systemUTC(), …)") {
                @Override
                public boolean test(JavaAccess<?> access) {
                    if (!(access.getTarget() instanceof CodeUnitAccessTarget target)) {
                        return false;
                    }
                    String owner = access.getTargetOwner().getName();
                    String name = target.getName();
                    if (CLOCK_TYPES.contains(owner) && name.equals("now")) {
                        return target.getRawParameterTypes().stream().map(JavaClass::getName)
                                .noneMatch(Clock.class.getName()::equals);
                    }
                    if (owner.equals(System.class.getName())) {
                        return name.equals("currentTimeMillis");
                    }
                    return owner.equals(Clock.class.getName()) && name.startsWith("system");
                }
            };
}
