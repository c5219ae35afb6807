package org.zielbild.ui.modules.target;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.zielbild.domain.Batch;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.target.BallotAnswer;
import org.zielbild.domain.target.CastRatingBallot;
import org.zielbild.domain.target.CountingBase;
import org.zielbild.domain.target.DiscardRatingRound;
import org.zielbild.domain.target.HandCounts;
import org.zielbild.domain.target.ItemResult;
import org.zielbild.domain.target.MarkRework;
import org.zielbild.domain.target.RatingBallot;
import org.zielbild.domain.target.RatingMode;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.domain.target.RecordUnmetReason;
import org.zielbild.domain.target.RevealRatingRound;
import org.zielbild.domain.target.RoundItem;
import org.zielbild.domain.target.RoundResults;
import org.zielbild.domain.target.SetHandCounts;
import org.zielbild.domain.target.SetRoundPresent;
import org.zielbild.domain.target.StartRatingRound;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.TargetPicture;
import org.zielbild.domain.target.TargetResults;
import org.zielbild.domain.target.Threshold;
import org.zielbild.domain.target.UnmetReason;
import org.zielbild.ui.common.ListPatch;
import org.zielbild.ui.spi.ModuleContext;

/**
 * Rating the statements and the picture as a whole: how the next round counts (shown before it
 * starts), the round that runs (typed counts or private ballots, never partial results before the
 * reveal), the reveal with rework marks, and the reason recorded when the stage ends with the
 * picture's gate unmet.
 */
public final class RatingViewModel {

    private final TargetViewModel owner;
    private final Supplier<String> ids;
    private final Clock clock;
    private final ObjectProperty<RatingMode> mode = new SimpleObjectProperty<>(RatingMode.SHOW_OF_HANDS);
    private final ObjectProperty<CountingBase> base = new SimpleObjectProperty<>(CountingBase.PRESENT);
    private final ObjectProperty<Threshold> threshold = new SimpleObjectProperty<>(Threshold.SIMPLE_MAJORITY);
    private final IntegerProperty present = new SimpleIntegerProperty();
    private final BooleanProperty anonymous = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<RatingRound> open = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RatingRound> latestRevealed = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Participant> waiting = FXCollections.observableArrayList();
    private int rosterPresent = -1;

    RatingViewModel(TargetViewModel owner, ModuleContext context) {
        this.owner = owner;
        this.ids = context.ids();
        this.clock = context.clock();
    }

    // --- how the next round counts (shown before it starts) ---

    public ObjectProperty<RatingMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<CountingBase> baseProperty() {
        return base;
    }

    public ObjectProperty<Threshold> thresholdProperty() {
        return threshold;
    }

    /** How many are present: the roster's attendance, confirmed (or typed) before the round starts. */
    public IntegerProperty presentProperty() {
        return present;
    }

    /** Private ballots without names (the default); fixed once the round starts. */
    public BooleanProperty anonymousProperty() {
        return anonymous;
    }

    /** The people present by the roster's attendance. */
    public List<Participant> presentParticipants() {
        return owner.model().session().roster().present();
    }

    /**
     * The statements a new round rates by default: those not carried yet, or reworded since (all of
     * them in the first round).
     */
    public List<Statement> suggestedStatements() {
        TargetPicture p = owner.picture();
        return p.statements().stream()
                .filter(s -> !TargetResults.carries(p, s.id()) || TargetResults.rewordedSince(p, s)).toList();
    }

    /** Starts a round over these statements (and the picture as a whole when asked) with the settings above. */
    public boolean start(List<String> statementIds, boolean wholePicture) {
        TargetPicture p = owner.picture();
        List<RoundItem> items = new ArrayList<>();
        for (String id : statementIds) {
            p.statement(id).ifPresent(s -> items.add(RoundItem.of(s)));
        }
        if (wholePicture) {
            items.add(RoundItem.wholePicture());
        }
        boolean named = mode.get() == RatingMode.PRIVATE_BALLOTS && !anonymous.get();
        RatingRound r = RatingRound.start(ids.get(), owner.stageId(), mode.get(), base.get(), threshold.get(),
                present.get(), !named, items, clock.instant());
        boolean ok = owner.apply(StartRatingRound.atEnd(r));
        if (ok) {
            owner.wallShowsResultsProperty().set(false);
            owner.countingFocusProperty().set(mode.get() == RatingMode.SHOW_OF_HANDS ? 0 : -1);
        }
        return ok;
    }

    // --- the round that runs ---

    /** The round collecting answers; null when none. */
    public ReadOnlyObjectProperty<RatingRound> openRoundProperty() {
        return open.getReadOnlyProperty();
    }

    /** The latest revealed round; null before the first reveal. */
    public ReadOnlyObjectProperty<RatingRound> latestRevealedProperty() {
        return latestRevealed.getReadOnlyProperty();
    }

    /** In a named round: who is present and has not voted yet, in roster order. */
    public ObservableList<Participant> waiting() {
        return FXCollections.unmodifiableObservableList(waiting);
    }

    /**
     * While a round runs the roster may change (someone arrives, leaves, is added or removed): the
     * number the roster says is present, when it differs from the round's; else empty.
     */
    public Optional<Integer> rosterPresentDiffers() {
        RatingRound r = open.get();
        return r != null && !presentParticipants().isEmpty() && rosterPresent != r.present()
                ? Optional.of(rosterPresent) : Optional.empty();
    }

    /** Types the counts of one item (null: not typed yet). */
    public boolean setCounts(int item, Integer benefitYes, Integer benefitNo, Integer attractiveYes, Integer attractiveNo) {
        RatingRound r = open.get();
        if (r == null) {
            return false;
        }
        HandCounts counts = new HandCounts(benefitYes, benefitNo, attractiveYes, attractiveNo);
        if (item >= 0 && item < r.items().size() && r.items().get(item).hands().equals(counts)) {
            owner.setProblem(null);
            return true;
        }
        return owner.apply(new SetHandCounts(r.id(), item, counts));
    }

    public boolean setPresent(int n) {
        RatingRound r = open.get();
        return r != null && (r.present() == n || owner.apply(new SetRoundPresent(r.id(), n)));
    }

    /** One private ballot; {@code participantId} only in a named round. */
    public boolean cast(String participantId, List<BallotAnswer> answers) {
        RatingRound r = open.get();
        return r != null && owner.apply(new CastRatingBallot(r.id(), new RatingBallot(ids.get(),
                r.anonymous() ? null : participantId, answers)));
    }

    /**
     * Shows the results on the wall, and marks every rated statement that missed for rework (and
     * clears the mark of those that carried): one step, one undo.
     */
    public boolean reveal() {
        RatingRound r = open.get();
        if (r == null) {
            return false;
        }
        if (!r.readyToReveal()) {
            return owner.apply(new RevealRatingRound(r.id(), true)); // refused with the reason
        }
        List<Change> changes = new ArrayList<>();
        changes.add(new RevealRatingRound(r.id(), true));
        for (ItemResult result : RoundResults.of(r)) {
            String id = result.item().statementId();
            if (id != null && owner.picture().statement(id).isPresent()) {
                changes.add(new MarkRework(id, !result.carries()));
            }
        }
        boolean ok = owner.apply(new Batch(Message.of("change.target.reveal"), changes));
        if (ok) {
            owner.countingFocusProperty().set(-1);
            owner.wallShowsResultsProperty().set(true);
        }
        return ok;
    }

    public boolean discard() {
        RatingRound r = open.get();
        return r != null && owner.apply(new DiscardRatingRound(r.id()));
    }

    /** The latest revealed round's results, counted; empty before the first reveal. */
    public List<ItemResult> results() {
        RatingRound r = latestRevealed.get();
        return r == null ? List.of() : RoundResults.of(r);
    }

    // --- leaving the stage ---

    /**
     * Whether leaving the stage now needs a recorded reason: the stage runs, the picture as a whole has
     * not carried, and no reason was recorded for this stage after its latest round (a new round that
     * misses asks again).
     */
    public boolean needsReason(boolean live) {
        TargetPicture p = owner.picture();
        if (!live || TargetResults.pictureCarries(p)) {
            return false;
        }
        String latest = p.latestRound().map(RatingRound::id).orElse(null);
        return p.unmetReasonsOf(owner.stageId()).stream().noneMatch(u -> java.util.Objects.equals(u.roundId(), latest));
    }

    /** Records why the stage ends with the gate unmet; refused (with the reason) when it is blank. */
    public boolean recordReason(String text) {
        String round = owner.picture().latestRound().map(RatingRound::id).orElse(null);
        return owner.apply(RecordUnmetReason.atEnd(new UnmetReason(ids.get(), owner.stageId(), text, round, clock.instant())));
    }

    void refresh(Session s) {
        TargetPicture p = s.target();
        RatingRound r = p.openRound().orElse(null);
        open.set(r);
        latestRevealed.set(p.rounds().stream().filter(RatingRound::revealed).reduce((a, b) -> b).orElse(null));
        int now = s.roster().present().size();
        if (now != rosterPresent && now > 0) {
            present.set(now); // attendance changed: the next round's default follows it
        }
        rosterPresent = now;
        List<Participant> left = r == null || r.anonymous() ? List.of()
                : s.roster().present().stream().filter(x -> r.ballotOf(x.id()).isEmpty()).toList();
        ListPatch.apply(waiting, left);
    }
}
