package id.go.mpp.sinergi.queue.store;

import java.io.Serializable;
import java.util.Objects;

/** Key of catalogue items that are unique within an MPP (services, counters). */
public class MppScopedKey implements Serializable {

    public String mppCode;
    public String code;

    public MppScopedKey() {
    }

    public MppScopedKey(String mppCode, String code) {
        this.mppCode = mppCode;
        this.code = code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MppScopedKey k && Objects.equals(mppCode, k.mppCode) && Objects.equals(code, k.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mppCode, code);
    }
}
