package org.zielbild.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class ListPatchTest {

    /** What a list view hears: one line per change, e.g. "set 2" or "remove 1..3" or "add 4..5". */
    private static List<String> record(ObservableList<String> list) {
        List<String> heard = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                if (c.wasReplaced()) {
                    heard.add("set " + c.getFrom() + ".." + c.getTo());
                } else if (c.wasRemoved()) {
                    heard.add("remove " + c.getFrom() + " x" + c.getRemovedSize());
                } else if (c.wasAdded()) {
                    heard.add("add " + c.getFrom() + ".." + c.getTo());
                }
            }
        });
        return heard;
    }

    @Test
    void aChangedItemIsReplacedAloneAndEqualItemsAreLeftInPlace() {
        ObservableList<String> list = FXCollections.observableArrayList("a", "b", "c", "d");
        List<String> heard = record(list);
        assertThat(ListPatch.apply(list, List.of("a", "b", "c", "d"))).isFalse();
        assertThat(ListPatch.apply(list, List.of("a", "B", "c", "d"))).isTrue();
        assertThat(heard).containsExactly("set 1..2");
        assertThat(list).containsExactly("a", "B", "c", "d");
    }

    @Test
    void anInsertOrARemovalTouchesOnlyTheMiddle() {
        ObservableList<String> list = FXCollections.observableArrayList("a", "b", "c", "d");
        List<String> heard = record(list);
        ListPatch.apply(list, List.of("a", "x", "b", "c", "d"));
        ListPatch.apply(list, List.of("a", "x", "c", "d"));
        assertThat(heard).containsExactly("add 1..2", "remove 2 x1");
    }

    @Test
    void anyListBecomesAnyOtherList() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int round = 0; round < 2000; round++) {
            ObservableList<String> list = FXCollections.observableArrayList(randomList(random));
            List<String> target = randomList(random);
            List<String> before = List.copyOf(list);
            ListPatch.apply(list, target);
            assertThat(list).as("seed %d: %s -> %s", seed, before, target).containsExactlyElementsOf(target);
        }
    }

    private static List<String> randomList(Random random) {
        List<String> out = new ArrayList<>();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            out.add(String.valueOf((char) ('a' + random.nextInt(4))));
        }
        return out;
    }
}
