package org.zielbild.domain.target;

import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Adds a statement at {@code index} (at the end when out of range), or puts a removed one back. */
public record AddStatement(Statement statement, int index) implements Change {

    public AddStatement {
        Objects.requireNonNull(statement, "statement");
    }

    public static AddStatement atEnd(Statement statement) {
        return new AddStatement(statement, -1);
    }

    @Override
    public Session apply(Session session) {
        return session.withTarget(session.target().withStatementAt(index, statement));
    }

    @Override
    public Change inverse(Session before) {
        return new RemoveStatement(statement.id());
    }

    @Override
    public Message describe() {
        return Message.of("change.target.addStatement");
    }
}
