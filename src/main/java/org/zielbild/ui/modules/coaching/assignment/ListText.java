package org.zielbild.ui.modules.coaching.assignment;

import java.util.List;
import org.zielbild.domain.Message;

/** A list in words ("Ann, Ben and Cem" / "Ann, Ben und Cem") as nested messages, so it reads right in either language. */
public final class ListText {

    /** Longer lists name this many and say how many more. */
    public static final int MAX_NAMED = 5;

    private ListText() {
    }

    public static Message of(List<?> items) {
        if (items.size() > MAX_NAMED) {
            return Message.of("coaching.list.andMore", of(items.subList(0, MAX_NAMED)), items.size() - MAX_NAMED);
        }
        if (items.isEmpty()) {
            return Message.of("coaching.list.one", "");
        }
        if (items.size() == 1) {
            return Message.of("coaching.list.one", items.get(0));
        }
        if (items.size() == 2) {
            return Message.of("coaching.list.two", items.get(0), items.get(1));
        }
        return Message.of("coaching.list.more", items.get(0), of(items.subList(1, items.size())));
    }
}
