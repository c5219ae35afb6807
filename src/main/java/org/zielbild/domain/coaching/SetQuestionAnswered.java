package org.zielbild.domain.coaching;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Marks a question answered (it leaves the queue on the wall) or open again. */
public record SetQuestionAnswered(String questionId, boolean answered) implements Change {

    @Override
    public Session apply(Session session) {
        Coaching c = session.coaching();
        Question q = RemoveQuestion.require(c, questionId);
        List<Question> list = new ArrayList<>(c.questions());
        list.set(list.indexOf(q), q.withAnswered(answered));
        return session.withCoaching(c.withQuestions(list));
    }

    @Override
    public Change inverse(Session before) {
        return new SetQuestionAnswered(questionId, RemoveQuestion.require(before.coaching(), questionId).answered());
    }

    @Override
    public Message describe() {
        return Message.of(answered ? "change.coaching.answered" : "change.coaching.reopened");
    }
}
