package org.zielbild.ui.modules.target;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.domain.target.AddStatement;
import org.zielbild.domain.target.DismissHint;
import org.zielbild.domain.target.EditStatementText;
import org.zielbild.domain.target.LinkSource;
import org.zielbild.domain.target.MoveStatement;
import org.zielbild.domain.target.RemoveStatement;
import org.zielbild.domain.target.SetStatementColor;
import org.zielbild.domain.target.SetStatementHorizon;
import org.zielbild.domain.target.SetStatementPicture;
import org.zielbild.domain.target.SourceLink;
import org.zielbild.domain.target.SourceLinks;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.StatementPicture;
import org.zielbild.domain.target.TargetPicture;
import org.zielbild.domain.target.UnlinkSource;
import org.zielbild.domain.target.VividnessHint;
import org.zielbild.ui.common.ListPatch;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.spi.ModuleContext;

/**
 * The target picture's statements for the facilitator: write them (from scratch or from the notes
 * and clusters of earlier boards), word, order, colour and illustrate them, dismiss hints. Every
 * command is one change, so Ctrl+Z undoes it; a refusal shows inline ({@link #problemProperty()}).
 * Also decides what the wall shows ({@link #feed()}).
 */
public final class TargetViewModel {

    private final SessionModel model;
    private final String stageId;
    private final Supplier<String> ids;
    private final ObservableList<Statement> statements = FXCollections.observableArrayList();
    private final ObservableList<SourceOption> sources = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TargetPicture> picture = new ReadOnlyObjectWrapper<>(TargetPicture.empty());
    private TargetPicture current = TargetPicture.empty();
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty wallShowsResults = new SimpleBooleanProperty();
    private final IntegerProperty countingFocus = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<TargetWall> wall = new ReadOnlyObjectWrapper<>(TargetWall.EMPTY);
    private final ChangeListener<Session> listener = (obs, o, n) -> refresh(n);
    private final TargetFeed feed = new TargetFeed(wall.getReadOnlyProperty());
    private final RatingViewModel rating;

    public TargetViewModel(ModuleContext context) {
        this.model = context.session();
        this.stageId = context.stageId();
        this.ids = context.ids();
        this.rating = new RatingViewModel(this, context);
        model.sessionProperty().addListener(listener);
        wallShowsResults.addListener((obs, o, n) -> refreshWall(model.session()));
        countingFocus.addListener((obs, o, n) -> refreshWall(model.session()));
        refresh(model.session());
    }

    SessionModel model() {
        return model;
    }

    String stageId() {
        return stageId;
    }

    /** The rating rounds: start, count, collect ballots, reveal. */
    public RatingViewModel rating() {
        return rating;
    }

    /** What the wall shows, read-only: the projection is built from this, never from the view-model. */
    public TargetFeed feed() {
        return feed;
    }

    public ObservableList<Statement> statements() {
        return FXCollections.unmodifiableObservableList(statements);
    }

    /** The notes and clusters of earlier boards, to make statements from. */
    public ObservableList<SourceOption> sources() {
        return FXCollections.unmodifiableObservableList(sources);
    }

    public ReadOnlyObjectProperty<TargetPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** The picture as of the latest change (already current while the lists update). */
    public TargetPicture picture() {
        return current;
    }

    /** Why the last command was refused; null once one went through. */
    public ReadOnlyObjectProperty<Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** After a reveal the wall shows the results; the facilitator switches back to the poster. */
    public BooleanProperty wallShowsResultsProperty() {
        return wallShowsResults;
    }

    /** In a show of hands, the item being counted (the wall shows it); -1 for none. */
    public IntegerProperty countingFocusProperty() {
        return countingFocus;
    }

    void setProblem(Message m) {
        problem.set(m);
    }

    boolean apply(Change change) {
        return model.tryApply(change, problem::set);
    }

    // --- statements ---

    /**
     * Adds a statement made from {@code from} (may be empty), linked to them, in a colour of its own.
     *
     * @return the new statement's id; empty when refused (the text stays where it was typed)
     */
    public Optional<String> add(String text, String horizon, List<SourceOption> from) {
        String id = ids.get();
        Session s = model.session();
        List<SourceLink> links = new ArrayList<>();
        for (SourceOption o : from) {
            links.add(link(s, o));
        }
        TeamColor color = TeamColor.forIndex(current.statements().size());
        Statement st = new Statement(id, text, horizon, color, null, links, false, List.of());
        return apply(AddStatement.atEnd(st)) ? Optional.of(id) : Optional.empty();
    }

    /** The raw material for a statement made from these sources: their texts, one per line. */
    public static String draftFrom(List<SourceOption> from) {
        return String.join("\n", from.stream().map(SourceOption::text).toList());
    }

    public boolean editText(String id, String text) {
        Statement old = current.statement(id).orElse(null);
        if (old != null && old.text().equals(org.zielbild.domain.Texts.multiLine(text))) {
            problem.set(null);
            return true;
        }
        return apply(new EditStatementText(id, text));
    }

    public boolean setHorizon(String id, String horizon) {
        Statement old = current.statement(id).orElse(null);
        if (old != null && old.horizon().equals(org.zielbild.domain.Texts.singleLine(horizon))) {
            return true;
        }
        return apply(new SetStatementHorizon(id, horizon));
    }

    public boolean setColor(String id, TeamColor color) {
        return apply(new SetStatementColor(id, color));
    }

    /** Moves a statement up (negative) or down the poster; at an end nothing happens. */
    public boolean moveBy(String id, int delta) {
        int from = current.indexOfStatement(id);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= current.statements().size()) {
            return false;
        }
        return apply(new MoveStatement(id, to));
    }

    public boolean moveTo(String id, int index) {
        int from = current.indexOfStatement(id);
        return from >= 0 && from != index && apply(new MoveStatement(id, index));
    }

    public boolean remove(String id) {
        return apply(new RemoveStatement(id));
    }

    /** Copies a picked picture into the session and puts it on the statement; refusals say why. */
    public boolean attachPicture(String id, Path file) {
        return model.attachments().attachPicture(file, problem::set)
                .map(a -> apply(new SetStatementPicture(id, new StatementPicture(a.reference(), a.fileName()))))
                .orElse(false);
    }

    public boolean removePicture(String id) {
        return apply(new SetStatementPicture(id, null));
    }

    /** The stored picture as a URL to show; null when the statement has none or the file is missing. */
    public String pictureUrl(Statement s) {
        return s.picture() == null ? null : model.attachments().url(s.picture().attachment()).orElse(null);
    }

    public boolean dismissHint(String id, VividnessHint hint, boolean dismissed) {
        return apply(new DismissHint(id, hint, dismissed));
    }

    /** Links more sources to a statement (each once). */
    public boolean link(String id, List<SourceOption> from) {
        Session s = model.session();
        List<Change> changes = new ArrayList<>();
        for (SourceOption o : from) {
            changes.add(new LinkSource(id, link(s, o), -1));
        }
        if (changes.isEmpty()) {
            return false;
        }
        return apply(changes.size() == 1 ? changes.get(0)
                : new org.zielbild.domain.Batch(Message.of("change.target.link"), changes));
    }

    public boolean unlink(String id, String linkId) {
        return apply(new UnlinkSource(id, linkId));
    }

    private SourceLink link(Session s, SourceOption o) {
        return o.kind() == SourceLink.Kind.NOTE ? SourceLinks.toNote(ids.get(), s.boards(), o.id())
                : SourceLinks.toCluster(ids.get(), s.boards(), o.id());
    }

    // --- keeping up with the session ---

    /** Everything else first, the picture last: views listen to the picture and read the rest. */
    private void refresh(Session s) {
        TargetPicture p = s.target();
        current = p;
        ListPatch.apply(statements, p.statements());
        ListPatch.apply(sources, SourceOptions.of(s, stageId));
        rating.refresh(s);
        refreshWall(s);
        picture.set(p);
    }

    private void refreshWall(Session s) {
        wall.set(WallBuilder.wall(s.target(), wallShowsResults.get(), countingFocus.get(), this::pictureUrl));
    }

    /** The window closes. */
    public void dispose() {
        model.sessionProperty().removeListener(listener);
    }
}
