package org.zielbild.ui.common;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.DatePickerSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.zielbild.domain.DateTexts;
import org.zielbild.domain.Message;

/**
 * A date typed as people type it ({@link DateTexts}: ISO, the English form, the German form, in either
 * UI language) with a calendar beside it. Text that is no date stays in the field and gets a message
 * below it in the UI language; the value keeps the last good date. No error dialog, nothing lost.
 * Enter or leaving the field reads the text; Alt+Down opens the calendar.
 */
public final class DateField extends VBox {

    private final I18n i18n;
    private final TextField text = new TextField();
    private final Button calendar = new Button();
    private final Label problem = new Label();
    private final ObjectProperty<LocalDate> value = new SimpleObjectProperty<>(this, "value");
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>(this, "message");
    private boolean showing;

    public DateField(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("date-field");
        text.getStyleClass().add("date-field-text");
        // The prompt shows the one form the app writes (it fits a narrow field); the tooltip every form it reads.
        text.setPromptText(DateTexts.format(java.time.LocalDate.of(2026, 12, 6), i18n.language()));
        text.setTooltip(new Tooltip(DateTexts.example(i18n.language())));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        calendar.setGraphic(new FontIcon(MaterialDesignC.CALENDAR_MONTH));
        calendar.setTooltip(new Tooltip(i18n.t("date.calendar")));
        calendar.setFocusTraversable(false);
        calendar.setOnAction(e -> openCalendar());
        HBox row = new HBox(4, text, calendar);
        row.setAlignment(Pos.CENTER_LEFT);
        problem.getStyleClass().addAll("date-field-problem", "danger");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        getChildren().addAll(row, problem);
        value.addListener((obs, o, n) -> show(n));
        text.setOnAction(e -> commit());
        text.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit();
            }
        });
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && e.isAltDown()) {
                openCalendar();
                e.consume();
            }
        });
    }

    public TextField editor() {
        return text;
    }

    /** The date, null for none; stays at the last good date while the text is no date. */
    public ObjectProperty<LocalDate> valueProperty() {
        return value;
    }

    public LocalDate getValue() {
        return value.get();
    }

    public void setValue(LocalDate date) {
        value.set(date);
    }

    /** What is wrong with the text typed, null while it is a date or empty. */
    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Reads the text now (Enter and leaving the field do it too); true when it is a date or empty. */
    public boolean commit() {
        DateTexts.Parsed parsed = DateTexts.parse(text.getText(), i18n.language());
        if (parsed instanceof DateTexts.Invalid invalid) {
            setMessage(invalid.message());
            return false;
        }
        setMessage(null);
        LocalDate date = parsed instanceof DateTexts.Valid v ? v.date() : null;
        if (java.util.Objects.equals(date, value.get())) {
            show(date); // the same day typed another way: show it the one way
        } else {
            value.set(date);
        }
        return true;
    }

    private void show(LocalDate date) {
        text.setText(DateTexts.format(date, i18n.language()));
        setMessage(null);
    }

    private void setMessage(Message m) {
        message.set(m);
        problem.setText(m == null ? "" : i18n.text(m));
        if (m == null) {
            text.getStyleClass().remove("danger");
        } else if (!text.getStyleClass().contains("danger")) {
            text.getStyleClass().add("danger");
        }
    }

    private void openCalendar() {
        if (showing || getScene() == null) {
            return;
        }
        DatePicker picker = new DatePicker(value.get() == null ? null : value.get());
        DatePickerSkin skin = new DatePickerSkin(picker);
        Popup popup = new Popup();
        popup.setAutoHide(true);
        popup.getContent().add(skin.getPopupContent());
        picker.valueProperty().addListener((obs, o, n) -> {
            value.set(n);
            popup.hide();
            text.requestFocus();
        });
        popup.setOnHidden(e -> showing = false);
        var b = text.localToScreen(text.getBoundsInLocal());
        showing = true;
        popup.show(text, b.getMinX(), b.getMaxY());
    }
}
