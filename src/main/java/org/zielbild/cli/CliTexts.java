package org.zielbild.cli;

import java.util.List;
import org.zielbild.csv.EnglishMessages;
import org.zielbild.domain.Message;

/**
 * The store's, the exporter's and the text readers' messages in English words for the command line
 * (the app shows the same messages in its language): one line, nested messages filled in.
 */
final class CliTexts {

    private final EnglishMessages messages =
            new EnglishMessages(List.of("i18n.store", "i18n.minutes", "i18n.domain", "i18n.imports"));

    String text(Message m) {
        return messages.text(m);
    }
}
