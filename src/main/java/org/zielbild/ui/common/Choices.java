package org.zielbild.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** Lists for choice boxes. */
public final class Choices {

    private Choices() {
    }

    /** The items with a null ("none") first, kept in step with the source list. */
    public static <T> ObservableList<T> withNone(ObservableList<T> items) {
        ObservableList<T> list = FXCollections.observableArrayList();
        Runnable sync = () -> {
            List<T> all = new ArrayList<>();
            all.add(null);
            all.addAll(items);
            list.setAll(all);
        };
        items.addListener((ListChangeListener<T>) c -> sync.run());
        sync.run();
        return list;
    }
}
