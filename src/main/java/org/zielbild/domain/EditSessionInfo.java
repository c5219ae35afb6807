package org.zielbild.domain;

/** Changes title, date, place, facilitator or language of the session. */
public record EditSessionInfo(SessionInfo info) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withInfo(info.validated());
    }

    @Override
    public Change inverse(Session before) {
        return new EditSessionInfo(before.info());
    }

    @Override
    public Message describe() {
        return Message.of("change.editSessionInfo");
    }
}
