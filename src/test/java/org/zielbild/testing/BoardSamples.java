package org.zielbild.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.zielbild.domain.Language;
import org.zielbild.domain.board.Note;
import org.zielbild.ui.kit.board.BoardViewModel;

/** Realistic pains-and-gains notes in six themes, in English and German, for previews, tests and screenshots. */
public final class BoardSamples {

    /** A theme: the area (0 pains, 1 gains), the cluster name and its notes. */
    public record Theme(int area, String name, List<String> notes) {
    }

    private BoardSamples() {
    }

    public static List<Theme> themes(Language language) {
        return language == Language.DE ? german() : english();
    }

    private static List<Theme> english() {
        return List.of(
                new Theme(0, "Too many meetings", List.of("Three status meetings a week say the same thing",
                        "No time left for real work before 4 pm", "Meetings without an agenda",
                        "Decisions are made in the corridor, not in the meeting", "Half the people could skip most meetings",
                        "Calendar is full two weeks ahead", "Nobody writes down what was agreed",
                        "Meeting about the meeting", "Video calls run over every time", "We talk, nobody decides")),
                new Theme(0, "Unclear priorities", List.of("Everything is top priority",
                        "Priorities change every Monday", "We start more than we finish", "Who decides what comes first?",
                        "Management asks for five things at once", "Projects without an owner",
                        "Customer requests jump the queue", "No shared roadmap", "We learn about changes from customers",
                        "Frustrating: work thrown away after a month")),
                new Theme(0, "Slow, old tools", List.of("Ticket system from 2009", "Three logins for one task",
                        "Reports need a day of copy and paste", "The wiki is out of date", "Laptops take 10 minutes to start",
                        "No one knows where the current file is", "Approvals on paper", "VPN drops twice a day",
                        "Search finds nothing", "Data entered twice in two systems")),
                new Theme(1, "Great team spirit", List.of("People help each other without being asked",
                        "We laugh a lot, even on bad days", "New colleagues feel welcome fast", "Honest feedback in the team",
                        "We cover for each other in holidays", "Friday breakfast together",
                        "Nobody is left alone with a problem", "Trust between the teams is growing",
                        "We celebrate small wins", "Conflicts are talked about openly")),
                new Theme(1, "Customers value us", List.of("Customers call us by name", "Praise for our service hotline",
                        "Long-standing customers stay with us", "Quick help when it really matters",
                        "Customers recommend us to others", "We know our customers' business",
                        "Complaints are solved in a day", "Customer survey: 4.6 of 5", "Personal contact instead of call centre",
                        "Customers trust our advice")),
                new Theme(1, "Learning together", List.of("Lunch and learn every month", "Pairing on hard problems",
                        "Budget for training", "We share what went wrong", "Mentoring for newcomers",
                        "Time to try new ideas", "Conference talks by our own people", "Open knowledge base (when current)",
                        "Job rotation between teams", "Retrospectives lead to real changes")));
    }

    private static List<Theme> german() {
        return List.of(
                new Theme(0, "Zu viele Meetings", List.of("Drei Statusrunden pro Woche sagen dasselbe",
                        "Vor 16 Uhr keine Zeit für echte Arbeit", "Meetings ohne Tagesordnung",
                        "Entschieden wird auf dem Flur, nicht im Meeting", "Die Hälfte könnte die meisten Termine auslassen",
                        "Kalender zwei Wochen im Voraus voll", "Niemand schreibt auf, was vereinbart wurde",
                        "Meeting über das Meeting", "Videocalls überziehen jedes Mal", "Wir reden, niemand entscheidet")),
                new Theme(0, "Unklare Prioritäten", List.of("Alles ist höchste Priorität",
                        "Prioritäten ändern sich jeden Montag", "Wir fangen mehr an, als wir fertig machen",
                        "Wer entscheidet, was zuerst kommt?", "Die Leitung will fünf Dinge gleichzeitig",
                        "Projekte ohne Verantwortliche", "Kundenwünsche drängeln sich vor", "Keine gemeinsame Roadmap",
                        "Von Änderungen erfahren wir von Kunden", "Frustrierend: Arbeit nach einem Monat verworfen")),
                new Theme(0, "Langsame, alte Werkzeuge", List.of("Ticketsystem von 2009", "Drei Logins für eine Aufgabe",
                        "Berichte brauchen einen Tag Kopieren und Einfügen", "Das Wiki ist veraltet",
                        "Laptops brauchen 10 Minuten zum Starten", "Niemand weiß, wo die aktuelle Datei liegt",
                        "Freigaben auf Papier", "VPN bricht zweimal am Tag ab", "Die Suche findet nichts",
                        "Daten doppelt in zwei Systeme eingeben")),
                new Theme(1, "Starker Teamgeist", List.of("Alle helfen einander, ohne gefragt zu werden",
                        "Wir lachen viel, auch an schlechten Tagen", "Neue fühlen sich schnell willkommen",
                        "Ehrliches Feedback im Team", "Wir vertreten uns im Urlaub", "Freitags gemeinsames Frühstück",
                        "Niemand bleibt mit einem Problem allein", "Vertrauen zwischen den Teams wächst",
                        "Wir feiern kleine Erfolge", "Konflikte werden offen angesprochen")),
                new Theme(1, "Kunden schätzen uns", List.of("Kunden kennen uns beim Namen", "Lob für unsere Service-Hotline",
                        "Langjährige Kunden bleiben bei uns", "Schnelle Hilfe, wenn es darauf ankommt",
                        "Kunden empfehlen uns weiter", "Wir kennen das Geschäft unserer Kunden",
                        "Beschwerden sind in einem Tag gelöst", "Kundenumfrage: 4,6 von 5",
                        "Persönlicher Kontakt statt Callcenter", "Kunden vertrauen unserem Rat")),
                new Theme(1, "Gemeinsam lernen", List.of("Jeden Monat Lunch & Learn", "Schwierige Probleme zu zweit lösen",
                        "Budget für Weiterbildung", "Wir teilen, was schiefging", "Mentoring für Neue",
                        "Zeit, neue Ideen auszuprobieren", "Vorträge von eigenen Leuten auf Konferenzen",
                        "Offene Wissensdatenbank (wenn aktuell)", "Jobrotation zwischen Teams",
                        "Retrospektiven führen zu echten Änderungen")));
    }

    /**
     * Fills the view-model's board with the six themes as clusters (notes typed through the capture
     * field, then grouped), arranged tidily; team of each note chosen round-robin.
     */
    public static void fill(BoardViewModel vm, Language language) {
        Random rnd = new Random(7);
        for (Theme theme : themes(language)) {
            vm.capture().areaProperty().set(Math.min(theme.area(), vm.snapshot().board().areaCount() - 1));
            List<String> ids = new ArrayList<>();
            for (String text : theme.notes()) {
                vm.capture().teamProperty().set(vm.teams().isEmpty() ? null : vm.teams().get(rnd.nextInt(vm.teams().size())));
                vm.capture().textProperty().set(text);
                if (!vm.capture().add()) {
                    throw new IllegalStateException("sample note refused: " + text);
                }
                List<Note> notes = vm.snapshot().notes();
                ids.add(notes.get(notes.size() - 1).id());
            }
            vm.select(ids, false);
            vm.groupSelected(theme.name());
        }
        vm.clearSelection();
        vm.arrange();
        vm.capture().teamProperty().set(null);
        vm.capture().areaProperty().set(0);
    }
}
