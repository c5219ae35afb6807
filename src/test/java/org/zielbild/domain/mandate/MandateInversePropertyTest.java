package org.zielbild.domain.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zielbild.domain.Change;
import org.zielbild.domain.ChangeCatalog;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.AddTeam;
import org.zielbild.domain.roster.RemoveParticipant;
import org.zielbild.domain.roster.RemoveTeam;
import org.zielbild.domain.roster.RenameTeam;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.domain.target.RemoveStatement;
import org.zielbild.testing.MandateSamples;

/**
 * Property, seeded: random mandate and action changes (valid and invalid mixed, with teams, owners and
 * statements removed in between) either are refused and change nothing, or apply deterministically
 * and their inverse takes the session back exactly. Every mandate change type is exercised.
 */
class MandateInversePropertyTest {

    private static final String[] TEXTS = {"We ship every Friday.", "  ", "Wir lösen Anliegen beim ersten Kontakt.",
        "x".repeat(2100), "Line one\nline two", "95 %"};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 17, 123, 9001, 20261206})
    void everyAppliedChangeIsUndoneByItsInverse(long seed) {
        Random random = new Random(seed);
        Session s = MandateSamples.day(Language.EN);
        Set<String> applied = new java.util.TreeSet<>();
        int count = 0;
        for (int step = 0; step < 1500; step++) {
            Change c = next(random, s, step);
            Session after;
            try {
                after = c.apply(s);
            } catch (DomainException refused) {
                continue;
            }
            Change inverse = c.inverse(s);
            assertThat(inverse.apply(after)).as("seed %d step %d: inverse of %s", seed, step, c).isEqualTo(s);
            assertThat(c.apply(s)).as("deterministic").isEqualTo(after);
            applied.add(ChangeCatalog.nameOf(c.getClass()).orElse("?"));
            applied.add(ChangeCatalog.nameOf(inverse.getClass()).orElse("?"));
            s = after;
            count++;
        }
        assertThat(count).isGreaterThan(300);
        List<String> mandateNames = ChangeCatalog.all().keySet().stream().filter(n -> n.startsWith("mandate.")).toList();
        assertThat(applied).as("seed %d", seed).containsAll(mandateNames);
    }

    private static <T> T pick(Random r, List<T> list, T otherwise) {
        return list.isEmpty() || r.nextInt(12) == 0 ? otherwise : list.get(r.nextInt(list.size()));
    }

    private static Change next(Random r, Session s, int step) {
        List<String> teams = new ArrayList<>(s.roster().teams().stream().map(t -> t.id()).toList());
        s.mandates().mandates().forEach(m -> teams.add(m.teamId()));
        List<String> rich = s.mandates().mandates().stream()
                .filter(x -> x.guidelines().stream().anyMatch(y -> !y.behaviours().isEmpty())).map(Mandate::teamId).toList();
        String team = pick(r, r.nextBoolean() ? rich : teams, "missing");
        Mandate m = s.mandates().mandate(team).orElse(Mandate.empty(team, ""));
        List<Guideline> withBehaviours = m.guidelines().stream().filter(x -> !x.behaviours().isEmpty()).toList();
        Guideline g = pick(r, r.nextBoolean() ? withBehaviours : m.guidelines(), Guideline.of("missing", ""));
        Behaviour b = pick(r, g.behaviours(), new Behaviour("missing", "", ""));
        List<String> statements = s.target().statements().stream().map(x -> x.id()).toList();
        String statement = pick(r, statements, "missing");
        Action action = pick(r, s.mandates().actions(), Action.of("missing", null, "x"));
        List<String> people = s.roster().participants().stream().map(p -> p.id()).toList();
        String text = TEXTS[r.nextInt(TEXTS.length)];
        LocalDate due = r.nextBoolean() ? null : LocalDate.of(2026, 11, 1).plusDays(r.nextInt(120));
        return switch (r.nextInt(24)) {
            case 0 -> new SetMandateText(team, text);
            case 1 -> new SetMandateValue(team, text);
            case 2 -> new LinkStatement(team, new StatementLink(statement, "copy " + step));
            case 3 -> new UnlinkStatement(team, pick(r, m.statements().stream().map(StatementLink::statementId).toList(), statement));
            case 4 -> new AddGuideline(team, new Guideline("g" + step, text, r.nextBoolean() ? List.of()
                    : List.of(new Behaviour("gb" + step, "Do it", "daily"))), r.nextInt(4) - 1);
            case 5 -> new EditGuideline(team, g.id(), text);
            case 6 -> new RemoveGuideline(team, g.id());
            case 7 -> new MoveGuideline(team, g.id(), r.nextInt(Math.max(1, m.guidelines().size() + 1)));
            case 8 -> new AddBehaviour(team, g.id(), new Behaviour("b" + step, text, r.nextBoolean() ? "" : "by noon"), r.nextInt(3) - 1);
            case 9 -> new EditBehaviour(team, g.id(), new Behaviour(b.id(), text, "how " + step));
            case 10 -> new RemoveBehaviour(team, g.id(), b.id());
            case 11 -> new MoveMandate(team, pick(r, teams, "missing"));
            case 12 -> AddAction.atEnd(new Action("a" + step, r.nextInt(4) == 0 ? null : team, text,
                    r.nextBoolean() ? null : pick(r, people, "missing"), "", due, "", ActionStatus.OPEN,
                    r.nextBoolean() ? null : new ActionLink(ActionLink.Kind.STATEMENT, statement, "copy"), null));
            case 13 -> new RemoveAction(action.id());
            case 14 -> new SetActionText(action.id(), text);
            case 15 -> new SetActionFirstStep(action.id(), text);
            case 16 -> new SetActionOwner(action.id(), r.nextInt(5) == 0 ? null : pick(r, people, "missing"));
            case 17 -> new SetActionDue(action.id(), due);
            case 18 -> new SetActionStatus(action.id(), ActionStatus.values()[r.nextInt(3)]);
            case 19 -> new SetActionLink(action.id(), r.nextInt(3) == 0 ? null : r.nextBoolean()
                    ? new ActionLink(ActionLink.Kind.STATEMENT, statement, "copy") : ActionLink.toMandate(team, "T"));
            case 20 -> new SetActionTeam(action.id(), r.nextInt(4) == 0 ? null : team);
            case 21 -> s.roster().teams().size() < 3 ? AddTeam.atEnd(new Team("t" + step, "Team " + step, TeamColor.forIndex(step % 8)))
                    : r.nextInt(4) == 0 ? new RemoveTeam(team) : new RenameTeam(team, "Team " + step);
            case 22 -> r.nextInt(3) > 0 ? new SetActionTeam(action.id(), team) : new RemoveParticipant(pick(r, people, "missing"));
            default -> r.nextInt(3) == 0 ? new RemoveStatement(statement) : new RestoreMandate(team, null, -1);
        };
    }
}
