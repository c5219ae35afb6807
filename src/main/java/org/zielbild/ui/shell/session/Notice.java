package org.zielbild.ui.shell.session;

import org.zielbild.domain.Message;

/** A line for the status bar. */
public record Notice(Message message, boolean error) {
}
