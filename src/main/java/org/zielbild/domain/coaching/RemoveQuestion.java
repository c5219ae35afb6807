package org.zielbild.domain.coaching;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Takes a question off the queue. */
public record RemoveQuestion(String questionId) implements Change {

    @Override
    public Session apply(Session session) {
        Coaching c = session.coaching();
        Question q = require(c, questionId);
        List<Question> list = new ArrayList<>(c.questions());
        list.remove(q);
        return session.withCoaching(c.withQuestions(list));
    }

    static Question require(Coaching c, String id) {
        return c.question(id).orElseThrow(() -> DomainException.of("error.coaching.noQuestion"));
    }

    @Override
    public Change inverse(Session before) {
        return new AddQuestion(require(before.coaching(), questionId));
    }

    @Override
    public Message describe() {
        return Message.of("change.coaching.removeQuestion");
    }
}
