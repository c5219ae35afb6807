package org.zielbild.ui.modules.target;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.config.ProjectorTheme;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.target.Answer;
import org.zielbild.domain.target.BallotAnswer;
import org.zielbild.domain.target.CountingBase;
import org.zielbild.domain.target.HandCounts;
import org.zielbild.domain.target.RatingBallot;
import org.zielbild.domain.target.RatingMode;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.domain.target.RoundItem;
import org.zielbild.domain.target.StartRatingRound;
import org.zielbild.domain.target.Threshold;
import org.zielbild.testing.BoardFixture;
import org.zielbild.testing.TargetSamples;

/**
 * The projector never holds a ballot, an answer or a name: not in what it draws, not in what its
 * nodes carry, not in the value it is fed (whose type has no room for them), while a round runs, named
 * or anonymous, nor after the reveal (totals only).
 */
@ExtendWith(ApplicationExtension.class)
class TargetProjectionPrivacyFxTest {

    /** What must never reach the wall: ballots, answers, counts typed per item, rounds, people. */
    private static final Set<Class<?>> PRIVATE = Set.of(RatingBallot.class, BallotAnswer.class, Answer.class,
            HandCounts.class, RatingRound.class, Participant.class);

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void theWallsValueHasNoRoomForABallotAnAnswerOrAPerson() {
        Set<Class<?>> reachable = new HashSet<>();
        collectTypes(TargetWall.class, reachable);
        assertThat(reachable).doesNotContainAnyElementsOf(PRIVATE);
    }

    @Test
    void duringAnAnonymousRoundTheWallShowsHowManyVotedAndNothingElse() {
        Session voting = TargetSamples.voting(Language.EN);
        List<String> names = names(voting);
        check(voting, false, texts -> {
            assertThat(String.join("\n", texts)).contains("7 of 23 have voted")
                    .doesNotContain("Benefit:", "Attractive:", "of 23 yes", "needs rework");
            assertThat(texts).noneMatch(t -> names.stream().anyMatch(t::contains));
        });
    }

    @Test
    void duringANamedRoundTheWallNamesNobodyEither() {
        Session s = TargetSamples.poster(Language.EN);
        s = StartRatingRound.atEnd(RatingRound.start("r-named", TargetSamples.stage(s), RatingMode.PRIVATE_BALLOTS,
                CountingBase.PRESENT, Threshold.SIMPLE_MAJORITY, 23, false,
                List.of(RoundItem.of(s.target().statements().get(0))), BoardFixture.T0)).apply(s);
        BallotAnswer yes = new BallotAnswer(Answer.YES, Answer.NO);
        for (int i = 0; i < 5; i++) {
            String who = s.roster().participants().get(i).id();
            s = new org.zielbild.domain.target.CastRatingBallot("r-named", new RatingBallot("b" + i, who, List.of(yes)))
                    .apply(s);
        }
        List<String> names = names(s);
        check(s, false, texts -> {
            assertThat(String.join("\n", texts)).contains("5 of 23 have voted");
            assertThat(texts).noneMatch(t -> names.stream().anyMatch(t::contains));
        });
    }

    @Test
    void afterTheRevealTheWallShowsTotalsAndStillNoName() {
        Session rated = TargetSamples.rated(Language.DE);
        List<String> names = names(rated);
        check(rated, true, texts -> {
            assertThat(String.join("\n", texts)).contains("Nutzen: 19 von 23 Ja", "wird getragen", "zu überarbeiten");
            assertThat(texts).noneMatch(t -> names.stream().anyMatch(t::contains));
        });
    }

    private void check(Session session, boolean results, java.util.function.Consumer<List<String>> assertions) {
        Language lang = session.info().language();
        WallHarness h = WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            WallHarness built = new WallHarness(session, lang, ProjectorTheme.LIGHT, 1280);
            built.vm.wallShowsResultsProperty().set(results);
            built.layout();
            return built;
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = new ArrayList<>();
        List<Object> carried = new ArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            h.layout();
            walk(h.projection.root(), texts, carried);
            carried.add(h.vm.feed().wall());
            h.close();
        });
        assertThat(texts).isNotEmpty();
        assertThat(carried).noneMatch(o -> PRIVATE.stream().anyMatch(c -> c.isInstance(o)));
        assertions.accept(texts);
    }

    /** Every text drawn, and every object a node carries (user data, properties). */
    private static void walk(Node n, List<String> texts, List<Object> carried) {
        if (n instanceof Labeled l && l.getText() != null) {
            texts.add(l.getText());
        }
        if (n instanceof Text t && t.getText() != null) {
            texts.add(t.getText());
        }
        if (n.getUserData() != null) {
            carried.add(n.getUserData());
        }
        carried.addAll(n.getProperties().values());
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, texts, carried));
        }
    }

    private static List<String> names(Session s) {
        return s.roster().participants().stream().map(Participant::name).toList();
    }

    /** The types a record's components can hold, recursively (through lists). */
    private static void collectTypes(Type type, Set<Class<?>> into) {
        if (type instanceof ParameterizedType p) {
            collectTypes(p.getRawType(), into);
            for (Type a : p.getActualTypeArguments()) {
                collectTypes(a, into);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || !into.add(c) || !c.isRecord()) {
            return;
        }
        for (RecordComponent rc : c.getRecordComponents()) {
            collectTypes(rc.getGenericType(), into);
        }
    }
}
