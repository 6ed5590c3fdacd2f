package id.go.mpp.sinergi.messaging.testapp;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.util.UUID;

/** A tiny aggregate for exercising the outbox: each status change is one event. */
@Entity
public class Parcel extends PanacheEntityBase {

    @Id
    public UUID id;
    public String owner;
    public String status;
    @Version
    public long version;
}
