package id.go.mpp.sinergi.data.batch;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Column arrays for a statement that writes many rows at once with {@code unnest($1::type[], $2::type[], …)}: one
 * array per column, one element per item, in the items' order (the reactive PostgreSQL client binds Java arrays).
 */
public final class Columns {

    private Columns() {
    }

    public static <T, V> V[] of(List<T> items, Function<T, V> value, IntFunction<V[]> newArray) {
        V[] column = newArray.apply(items.size());
        for (int k = 0; k < column.length; k++) {
            column[k] = value.apply(items.get(k));
        }
        return column;
    }
}
