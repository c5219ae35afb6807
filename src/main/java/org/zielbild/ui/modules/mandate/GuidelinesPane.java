package org.zielbild.ui.modules.mandate;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zielbild.domain.mandate.Behaviour;
import org.zielbild.domain.mandate.Guideline;
import org.zielbild.domain.mandate.Mandate;
import org.zielbild.ui.common.I18n;

/**
 * A mandate's operational guidelines, each with its concrete behaviours (what, how), as a tree. A
 * line adds a guideline (Enter); two fields add a behaviour (what, how; Enter) to the selected
 * guideline. F2 or Enter on an item puts its words back into those fields to reword it; Delete
 * removes, Alt+Up/Down moves a guideline.
 */
final class GuidelinesPane {

    /** A tree item's value: a guideline, or a behaviour under its guideline. */
    record Item(Guideline guideline, Behaviour behaviour) {
        @Override
        public String toString() {
            return behaviour == null ? guideline.text()
                    : behaviour.how().isEmpty() ? behaviour.what() : behaviour.what() + " — " + behaviour.how();
        }
    }

    private final MandateViewModel vm;
    private final TreeView<Item> tree = new TreeView<>(new TreeItem<>());
    private final TextField guideline = new TextField();
    private final TextField what = new TextField();
    private final TextField how = new TextField();
    private final VBox root = new VBox(6);
    private String teamId;
    private Item editing;

    GuidelinesPane(MandateViewModel vm, I18n i18n) {
        this.vm = vm;
        tree.setId("guidelineTree");
        tree.setShowRoot(false);
        tree.setPrefHeight(200);
        guideline.setId("newGuideline");
        guideline.setPromptText(i18n.t("mandate.guidelinePrompt"));
        what.setId("behaviourWhat");
        what.setPromptText(i18n.t("mandate.behaviourWhat"));
        how.setId("behaviourHow");
        how.setPromptText(i18n.t("mandate.behaviourHow"));
        guideline.setOnAction(e -> writeGuideline());
        what.setOnAction(e -> how.requestFocus());
        how.setOnAction(e -> writeBehaviour());
        Button addGuideline = new Button(i18n.t("mandate.addGuideline"));
        addGuideline.setId("addGuideline");
        addGuideline.setOnAction(e -> writeGuideline());
        Button addBehaviour = new Button(i18n.t("mandate.addBehaviour"));
        addBehaviour.setId("addBehaviour");
        addBehaviour.setOnAction(e -> writeBehaviour());
        addGuideline.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        addBehaviour.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox g = new HBox(6, guideline, addGuideline);
        HBox.setHgrow(guideline, Priority.ALWAYS);
        HBox b = new HBox(6, what, how, addBehaviour);
        HBox.setHgrow(what, Priority.ALWAYS);
        HBox.setHgrow(how, Priority.ALWAYS);
        b.setAlignment(Pos.CENTER_LEFT);
        tree.setOnKeyPressed(e -> {
            Item item = selectedItem();
            if (item == null) {
                return;
            }
            if (MandateKeys.REMOVE.matches(e)) {
                remove(item);
                e.consume();
            } else if (MandateKeys.MOVE_UP.matches(e) || MandateKeys.MOVE_DOWN.matches(e)) {
                if (item.behaviour() == null) {
                    vm.guidelines().move(teamId, item.guideline().id(), MandateKeys.MOVE_UP.matches(e) ? -1 : 1);
                    select(item.guideline().id(), null);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
                reword(item);
                e.consume();
            }
        });
        root.getChildren().addAll(tree, g, b);
    }

    VBox root() {
        return root;
    }

    TextField guidelineField() {
        return guideline;
    }

    TextField whatField() {
        return what;
    }

    void show(String team, Mandate m) {
        boolean sameTeam = team.equals(teamId);
        teamId = team;
        Optional<Item> keep = Optional.ofNullable(selectedItem());
        TreeItem<Item> rootItem = tree.getRoot();
        rootItem.getChildren().clear();
        for (Guideline g : m.guidelines()) {
            TreeItem<Item> gi = new TreeItem<>(new Item(g, null));
            gi.setExpanded(true);
            g.behaviours().forEach(b -> gi.getChildren().add(new TreeItem<>(new Item(g, b))));
            rootItem.getChildren().add(gi);
        }
        if (!sameTeam) {
            editing = null;
            guideline.clear();
            what.clear();
            how.clear();
        } else {
            keep.ifPresent(i -> select(i.guideline().id(), i.behaviour() == null ? null : i.behaviour().id()));
        }
    }

    private Item selectedItem() {
        TreeItem<Item> t = tree.getSelectionModel().getSelectedItem();
        return t == null ? null : t.getValue();
    }

    private void select(String guidelineId, String behaviourId) {
        for (TreeItem<Item> gi : tree.getRoot().getChildren()) {
            if (gi.getValue().guideline().id().equals(guidelineId)) {
                TreeItem<Item> target = gi;
                for (TreeItem<Item> bi : gi.getChildren()) {
                    if (bi.getValue().behaviour().id().equals(behaviourId)) {
                        target = bi;
                    }
                }
                tree.getSelectionModel().select(target);
            }
        }
    }

    /** The guideline new behaviours go under: the selected one (or the selected behaviour's), else the last. */
    private Optional<Guideline> target() {
        Item item = selectedItem();
        if (item != null) {
            return Optional.of(item.guideline());
        }
        var all = vm.mandate(teamId).guidelines();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private void writeGuideline() {
        if (editing != null && editing.behaviour() == null) {
            if (vm.guidelines().reword(teamId, editing.guideline().id(), guideline.getText())) {
                select(editing.guideline().id(), null);
                editing = null;
                guideline.clear();
            }
            return;
        }
        vm.guidelines().add(teamId, guideline.getText()).ifPresent(id -> {
            guideline.clear();
            select(id, null);
            what.requestFocus(); // the natural next step: its first behaviour
        });
    }

    private void writeBehaviour() {
        if (editing != null && editing.behaviour() != null) {
            Item e = editing;
            if (vm.guidelines().editBehaviour(teamId, e.guideline().id(), e.behaviour().id(), what.getText(), how.getText())) {
                editing = null;
                what.clear();
                how.clear();
                select(e.guideline().id(), e.behaviour().id());
            }
            return;
        }
        Optional<Guideline> g = target();
        if (g.isEmpty()) {
            vm.problemProperty().set(org.zielbild.domain.Message.of("mandate.guidelineFirst"));
            guideline.requestFocus();
            return;
        }
        vm.guidelines().addBehaviour(teamId, g.get().id(), what.getText(), how.getText()).ifPresent(id -> {
            what.clear();
            how.clear();
            select(g.get().id(), null);
            what.requestFocus();
        });
    }

    private void reword(Item item) {
        editing = item;
        if (item.behaviour() == null) {
            guideline.setText(item.guideline().text());
            guideline.requestFocus();
        } else {
            what.setText(item.behaviour().what());
            how.setText(item.behaviour().how());
            what.requestFocus();
        }
    }

    private void remove(Item item) {
        if (item.behaviour() == null) {
            vm.guidelines().remove(teamId, item.guideline().id());
        } else {
            vm.guidelines().removeBehaviour(teamId, item.guideline().id(), item.behaviour().id());
        }
    }
}
