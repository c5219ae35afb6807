package org.zielbild.store;

import java.util.function.Supplier;

/** A value made once, on first use, by whichever thread asks first; thread-safe. */
final class Lazy<T> implements Supplier<T> {

    private Supplier<T> maker;
    private volatile T value;

    Lazy(Supplier<T> maker) {
        this.maker = maker;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = maker.get();
                    value = v;
                    maker = null;
                }
            }
        }
        return v;
    }
}
