package org.zielbild.ui.modules.target;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Text for list cells from a function: check lists and choice boxes show items in words. */
final class Cells {

    private Cells() {
    }

    /** A check-list cell whose text wraps to the list's width instead of running out of it. */
    static <T> javafx.scene.control.cell.CheckBoxListCell<T> wrappingCheck(
            javafx.util.Callback<T, javafx.beans.value.ObservableValue<Boolean>> checked, StringConverter<T> text) {
        javafx.scene.control.cell.CheckBoxListCell<T> cell = new javafx.scene.control.cell.CheckBoxListCell<>(checked, text);
        cell.setWrapText(true);
        cell.setPrefWidth(0);
        return cell;
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
