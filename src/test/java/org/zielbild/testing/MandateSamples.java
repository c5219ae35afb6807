package org.zielbild.testing;

import java.time.LocalDate;
import java.util.List;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.mandate.Action;
import org.zielbild.domain.mandate.ActionLink;
import org.zielbild.domain.mandate.ActionStatus;
import org.zielbild.domain.mandate.AddAction;
import org.zielbild.domain.mandate.AddBehaviour;
import org.zielbild.domain.mandate.AddGuideline;
import org.zielbild.domain.mandate.Behaviour;
import org.zielbild.domain.mandate.Guideline;
import org.zielbild.domain.mandate.LinkStatement;
import org.zielbild.domain.mandate.SetMandateText;
import org.zielbild.domain.mandate.SetMandateValue;
import org.zielbild.domain.mandate.StatementLink;

/**
 * The rated target picture ({@link TargetSamples#rated}: 23 people, three teams, statements 1, 3, 5
 * and 6 carried) with mandates for Sales and Service, guidelines, behaviours and actions with owners
 * and due dates; Engineering has none yet, and statement 6 is served by no team. In English or German.
 */
public final class MandateSamples {

    /** The day the sample's dates are judged against (one action is overdue then). */
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private MandateSamples() {
    }

    public static Session day(Language lang) {
        Session s = TargetSamples.rated(lang);
        boolean de = lang == Language.DE;
        s = new SetMandateText("t0", de
                ? "Wir gewinnen Kundinnen und Kunden, die zu uns passen, und halten jedes Versprechen, das wir im Verkauf geben."
                : "We win customers who fit us and keep every promise we make while selling.").apply(s);
        s = new SetMandateValue("t0", de ? "Verlässliche Umsätze und Kunden, die uns weiterempfehlen."
                : "Reliable revenue and customers who recommend us.").apply(s);
        s = new LinkStatement("t0", StatementLink.to(s.target(), "st1")).apply(s);
        s = new LinkStatement("t0", StatementLink.to(s.target(), "st3")).apply(s);
        s = new AddGuideline("t0", Guideline.of("g1", de ? "Wir hören zuerst zu" : "We listen first"), -1).apply(s);
        s = new AddBehaviour("t0", "g1", new Behaviour("b1", de ? "Jedes Erstgespräch beginnt mit Fragen" : "Every first call starts with questions",
                de ? "drei offene Fragen, bevor wir ein Produkt nennen" : "three open questions before we name a product"), -1).apply(s);
        s = new AddGuideline("t0", Guideline.of("g2", de ? "Versprechen schriftlich" : "Promises in writing"), -1).apply(s);
        s = new AddBehaviour("t0", "g2", new Behaviour("b2", de ? "Zusagen landen im CRM" : "Commitments go into the CRM",
                de ? "am selben Tag, mit Datum" : "the same day, with a date"), -1).apply(s);
        s = action(s, "a1", "t0", de ? "Gesprächsleitfaden mit drei offenen Fragen schreiben" : "Write a call guide with three open questions",
                "p0", LocalDate.of(2026, 12, 18), de ? "Zehn gute Gespräche sammeln" : "Collect ten good calls", ActionStatus.IN_PROGRESS, "st1");
        s = action(s, "a2", "t0", de ? "CRM-Feld „Zusage“ einführen" : "Add a “promise” field to the CRM", "p3", LocalDate.of(2027, 1, 15),
                de ? "Mit der IT sprechen" : "Talk to IT", ActionStatus.OPEN, null);
        s = new SetMandateText("t1", de
                ? "Wir lösen Anliegen beim ersten Kontakt und sagen, wann es weitergeht, wenn nicht."
                : "We solve requests on first contact and say when it continues if we cannot.").apply(s);
        s = new SetMandateValue("t1", de ? "Weniger Rückfragen, zufriedene Kunden." : "Fewer follow-ups, happy customers.").apply(s);
        s = new LinkStatement("t1", StatementLink.to(s.target(), "st5")).apply(s);
        s = new AddGuideline("t1", Guideline.of("g3", de ? "Ein Name pro Anliegen" : "One name per request"), -1).apply(s);
        s = new AddBehaviour("t1", "g3", new Behaviour("b3", de ? "Wer abnimmt, bleibt verantwortlich" : "Whoever answers stays responsible",
                de ? "bis das Anliegen gelöst ist oder sauber übergeben" : "until it is solved or handed over by name"), -1).apply(s);
        s = action(s, "a3", "t1", de ? "Rückrufzeiten im Ticketsystem sichtbar machen" : "Show call-back times in the ticket system",
                "p1", LocalDate.of(2026, 12, 1), de ? "Ticketvorlage anpassen" : "Change the ticket template", ActionStatus.OPEN, "st5");
        s = action(s, "a4", "t1", de ? "Wochenrückblick mit Beispielen einführen" : "Start a weekly review with examples",
                "q2", null, "", ActionStatus.OPEN, null);
        return s;
    }

    private static Session action(Session s, String id, String team, String what, String owner, LocalDate due, String step,
                                  ActionStatus status, String statement) {
        ActionLink link = statement == null ? null : ActionLink.toStatement(s.target(), statement);
        return AddAction.atEnd(new Action(id, team, what, owner, "", due, step, status, link, null)).apply(s);
    }

    /** Ids of the carried statements, in poster order. */
    public static List<String> carried() {
        return List.of("st1", "st3", "st5", "st6");
    }
}
