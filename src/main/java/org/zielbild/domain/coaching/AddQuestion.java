package org.zielbild.domain.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** A question for a coach joins the queue (in the order asked). */
public record AddQuestion(Question question) implements Change {

    public AddQuestion {
        Objects.requireNonNull(question, "question");
    }

    @Override
    public Session apply(Session session) {
        Coaching c = session.coaching();
        c.requireCoach(question.coachId());
        if (c.question(question.id()).isPresent()) {
            throw DomainException.of("error.duplicateId", question.id());
        }
        List<Question> list = new ArrayList<>(c.questions());
        list.add(question.validated());
        return session.withCoaching(c.withQuestions(list));
    }

    @Override
    public Change inverse(Session before) {
        return new RemoveQuestion(question.id());
    }

    @Override
    public Message describe() {
        return Message.of("change.coaching.question");
    }
}
