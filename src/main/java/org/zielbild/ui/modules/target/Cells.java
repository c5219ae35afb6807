package org.zielbild.ui.modules.target;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Text for list cells from a function: check lists and choice boxes show items in words. */
final class Cells {

    private Cells() {
    }

    static <T> StringConverter<T> text(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return show.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("shown only");
            }
        };
    }
}
