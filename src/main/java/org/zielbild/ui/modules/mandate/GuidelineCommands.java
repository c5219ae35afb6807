package org.zielbild.ui.modules.mandate;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.mandate.AddBehaviour;
import org.zielbild.domain.mandate.AddGuideline;
import org.zielbild.domain.mandate.Behaviour;
import org.zielbild.domain.mandate.EditBehaviour;
import org.zielbild.domain.mandate.EditGuideline;
import org.zielbild.domain.mandate.Guideline;
import org.zielbild.domain.mandate.Mandate;
import org.zielbild.domain.mandate.MoveGuideline;
import org.zielbild.domain.mandate.RemoveBehaviour;
import org.zielbild.domain.mandate.RemoveGuideline;
import org.zielbild.ui.common.SessionModel;

/** A mandate's guidelines and their behaviours: add, reword, remove, move; refusals go to the stage's message line. */
public final class GuidelineCommands {

    private final SessionModel model;
    private final Supplier<String> ids;
    private final Consumer<Message> problem;

    GuidelineCommands(SessionModel model, Supplier<String> ids, Consumer<Message> problem) {
        this.model = model;
        this.ids = ids;
        this.problem = problem;
    }

    private boolean apply(Change c) {
        return model.tryApply(c, problem);
    }

    private Mandate mandate(String teamId) {
        return model.session().mandates().mandate(teamId).orElse(Mandate.empty(teamId, ""));
    }

    /** Adds a guideline at the end; returns its id. */
    public Optional<String> add(String teamId, String text) {
        String id = ids.get();
        return apply(new AddGuideline(teamId, Guideline.of(id, text), -1)) ? Optional.of(id) : Optional.empty();
    }

    public boolean reword(String teamId, String guidelineId, String text) {
        return apply(new EditGuideline(teamId, guidelineId, text));
    }

    public boolean remove(String teamId, String guidelineId) {
        return apply(new RemoveGuideline(teamId, guidelineId));
    }

    /** Moves a guideline up (-1) or down (+1); nothing at either end. */
    public boolean move(String teamId, String guidelineId, int delta) {
        Mandate m = mandate(teamId);
        int to = m.indexOfGuideline(guidelineId) + delta;
        return to >= 0 && to < m.guidelines().size() && apply(new MoveGuideline(teamId, guidelineId, to));
    }

    /** Adds a behaviour (what, how) under a guideline; returns its id. */
    public Optional<String> addBehaviour(String teamId, String guidelineId, String what, String how) {
        String id = ids.get();
        return apply(new AddBehaviour(teamId, guidelineId, new Behaviour(id, what, how), -1)) ? Optional.of(id) : Optional.empty();
    }

    public boolean editBehaviour(String teamId, String guidelineId, String behaviourId, String what, String how) {
        return apply(new EditBehaviour(teamId, guidelineId, new Behaviour(behaviourId, what, how)));
    }

    public boolean removeBehaviour(String teamId, String guidelineId, String behaviourId) {
        return apply(new RemoveBehaviour(teamId, guidelineId, behaviourId));
    }
}
