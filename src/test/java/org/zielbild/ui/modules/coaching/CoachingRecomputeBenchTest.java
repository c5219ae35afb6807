package org.zielbild.ui.modules.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zielbild.bench.BenchReport;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.coaching.AddCoach;
import org.zielbild.domain.coaching.CastCoachBallot;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.CoachBallot;
import org.zielbild.domain.coaching.CoachingPolicy;
import org.zielbild.domain.roster.AddParticipants;
import org.zielbild.domain.roster.Participant;
import org.zielbild.session.SessionService;
import org.zielbild.testing.Sessions;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.modules.coaching.assignment.AssignmentAdapter;

/**
 * Recomputing in the UI for 300 participants and 12 coaches (target: under 100 ms): the whole path a
 * press of Alt+C takes (session to engine input, the engine, recording the run as a change, and every
 * part of the view-model working out what changed: groups, the staleness check, the wall's value),
 * after a pin moved someone, so each computation has a new input. Figures in target/bench/coaching.txt.
 */
@Tag("bench")
class CoachingRecomputeBenchTest {

    private static final int PEOPLE = 300;
    private static final int COACHES = 12;
    private static final int WARMUPS = 40;
    private static final int RUNS = 100;

    @Test
    void recomputeInTheUiPath() throws Exception {
        Random random = new Random(1);
        Session s = round(random);
        SessionModel model = new SessionModel(SessionService.inMemory(s), Notifier.SILENT);
        AtomicInteger ids = new AtomicInteger();
        CoachingViewModel vm = new CoachingViewModel(model, Clock.fixed(java.time.Instant.parse("2026-11-24T13:00:00Z"),
                ZoneOffset.UTC), () -> "b" + ids.incrementAndGet(), new I18n(Language.EN));
        List<Participant> people = model.session().roster().participants();
        List<Coach> coaches = model.session().coaching().coaches();
        long[] ui = new long[RUNS];
        long[] engine = new long[RUNS];
        for (int i = -WARMUPS; i < RUNS; i++) {
            // A pin moves someone between computations (kept by every later one); not timed.
            Participant who = people.get(random.nextInt(people.size()));
            vm.result().pin(who.id(), i % 3 == 0 ? null : coaches.get(random.nextInt(COACHES)).id());
            long start = System.nanoTime();
            AssignmentAdapter.compute(model.session(), CoachingPolicy.RANK_MAXIMAL, 0, "x", java.time.Instant.EPOCH);
            long adapter = System.nanoTime() - start;
            start = System.nanoTime();
            boolean done = vm.result().compute();
            long whole = System.nanoTime() - start;
            assertThat(done).as("computed: %s", vm.result().problemProperty().get()).isTrue();
            assertThat(vm.result().staleProperty().get()).isFalse();
            assertThat(vm.feed().room()).isNotNull();
            if (i >= 0) {
                ui[i] = whole;
                engine[i] = adapter;
            }
        }
        BenchReport report = new BenchReport();
        report.line("Coach round: recompute in the UI path, %d participants x %d coaches (top-5 ballots, 10 %% did not vote,"
                + " 5 %% more places than people; a pin moved before each run)", PEOPLE, COACHES);
        report.line("JVM %s %s, %d cores, OS %s %s; JVM arguments %s", System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        report.line("%d runs after %d warm-ups; machine load average at the end %.1f", RUNS, WARMUPS,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report.line("adapter + engine alone:                      median %s, p95 %s", BenchReport.ms(engine, 50),
                BenchReport.ms(engine, 95));
        report.line("UI path (adapter, engine, change, view-model): median %s, p95 %s, max %s (target < 100 ms)",
                BenchReport.ms(ui, 50), BenchReport.ms(ui, 95), BenchReport.ms(ui, 100));
        report.write("coaching.txt");
    }

    /** 300 people, 12 coaches (coach k wanted with weight 1/k), 270 ballots of each person's top 5. */
    static Session round(Random random) {
        List<Participant> people = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
            people.add(new Participant("p" + p, "Participant " + p, null));
        }
        Session s = new AddParticipants(people).apply(Sessions.templateDay(Language.EN));
        int places = (int) Math.ceil(PEOPLE * 1.05);
        for (int c = 0; c < COACHES; c++) {
            s = AddCoach.atEnd(Coach.of("c" + c, "Coach " + c, places / COACHES + (c < places % COACHES ? 1 : 0))).apply(s);
        }
        for (int p = 0; p < PEOPLE * 9 / 10; p++) {
            double[] weight = new double[COACHES];
            for (int c = 0; c < COACHES; c++) {
                weight[c] = 1 / (c + 1.0);
            }
            List<String> ranking = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                double total = 0;
                for (double w : weight) {
                    total += w;
                }
                double x = random.nextDouble() * total;
                int chosen = 0;
                while (chosen < COACHES - 1 && (weight[chosen] == 0 || x >= weight[chosen])) {
                    x -= weight[chosen];
                    chosen++;
                }
                while (weight[chosen] == 0) {
                    chosen = (chosen + 1) % COACHES;
                }
                ranking.add("c" + chosen);
                weight[chosen] = 0;
            }
            s = new CastCoachBallot(new CoachBallot("p" + p, ranking)).apply(s);
        }
        return s;
    }
}
