package id.go.mpp.sinergi.standins.dukcapil;

import com.fasterxml.jackson.core.type.TypeReference;
import id.go.mpp.sinergi.standins.HttpServers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Dukcapil's own data: the demo population of {@code population.json}, by NIK. */
public final class Population {

    /** Population status of a record. */
    public enum Status { AKTIF, TIDAK_AKTIF, MENINGGAL }

    /** One person: the element values under their Dukcapil names ({@code NAMA_LGKP}, {@code TGL_LHR} …). */
    public record Person(Map<String, String> elements, Status status) {
        public String nik() {
            return elements.get("NIK");
        }
    }

    private final Map<String, Person> byNik;

    private Population(Map<String, Person> byNik) {
        this.byNik = Collections.unmodifiableMap(byNik);
    }

    public static Population seed() {
        try (InputStream in = Population.class.getResourceAsStream("population.json")) {
            if (in == null) {
                throw new IllegalStateException("population.json is missing");
            }
            List<Map<String, String>> rows = HttpServers.JSON.readValue(in, new TypeReference<>() { });
            Map<String, Person> byNik = new LinkedHashMap<>();
            for (Map<String, String> row : rows) {
                Map<String, String> elements = new LinkedHashMap<>(row);
                Status status = Status.valueOf(elements.remove("STATUS"));
                byNik.put(elements.get("NIK"), new Person(Collections.unmodifiableMap(elements), status));
            }
            return new Population(byNik);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Person> find(String nik) {
        return Optional.ofNullable(byNik.get(nik));
    }

    public Collection<Person> all() {
        return byNik.values();
    }
}
