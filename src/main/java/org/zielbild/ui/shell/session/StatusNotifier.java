package org.zielbild.ui.shell.session;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.zielbild.domain.Message;
import org.zielbild.ui.common.Notifier;

/** Collects notices for the status bar; the latest one is shown. */
public final class StatusNotifier implements Notifier {

    private final ReadOnlyObjectWrapper<Notice> latest = new ReadOnlyObjectWrapper<>();

    @Override
    public void info(Message message) {
        latest.set(new Notice(message, false));
    }

    @Override
    public void error(Message message) {
        latest.set(new Notice(message, true));
    }

    public ReadOnlyObjectProperty<Notice> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    public void clear() {
        latest.set(null);
    }
}
