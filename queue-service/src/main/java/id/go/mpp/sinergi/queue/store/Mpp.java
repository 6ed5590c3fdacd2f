package id.go.mpp.sinergi.queue.store;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.ZoneId;

@Entity
public class Mpp extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    public String timeZone;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
