package org.zielbild.ui.modules;

import org.zielbild.ui.shell.session.SessionWindow;

/** A session window outside the shell: its menu actions do nothing. */
public final class NoWindowActions implements SessionWindow.Actions {

    @Override
    public void closeSession() {
    }

    @Override
    public void openSettings() {
    }

    @Override
    public void editParticipants() {
    }

    @Override
    public void editAgenda() {
    }

    @Override
    public void exportMinutes() {
    }

    @Override
    public void quit() {
    }
}
