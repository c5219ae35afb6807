package org.zielbild.domain.mandate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.ListIndex;
import org.zielbild.domain.Texts;

/**
 * A team's mandate: what it is asked to do (a few sentences), the value it contributes, the target
 * statements it serves and its operational guidelines. Keyed by the team's id, so a renamed team
 * keeps it; {@code teamName} is a copy of the team's name taken at each change, so a removed team's
 * mandate still says whose it was.
 *
 * @param text  the mandate; may be empty (readiness flags it, saving never refuses it)
 * @param value the value contribution / benefit; may be empty
 */
public record Mandate(String teamId, String teamName, String text, String value, List<StatementLink> statements,
                      List<Guideline> guidelines) {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_VALUE = 1000;

    public Mandate {
        Objects.requireNonNull(teamId, "teamId");
        teamName = teamName == null ? "" : teamName;
        text = text == null ? "" : text;
        value = value == null ? "" : value;
        statements = statements == null ? List.of() : List.copyOf(statements);
        guidelines = guidelines == null ? List.of() : List.copyOf(guidelines);
    }

    /** An empty mandate for a team: what every team has until something is written. */
    public static Mandate empty(String teamId, String teamName) {
        return new Mandate(teamId, teamName, "", "", List.of(), List.of());
    }

    /** Nothing written, linked or listed (the name copy does not count). */
    public boolean isBlank() {
        return text.isBlank() && value.isBlank() && statements.isEmpty() && guidelines.isEmpty();
    }

    public boolean links(String statementId) {
        return statements.stream().anyMatch(l -> l.statementId().equals(statementId));
    }

    public Guideline requireGuideline(String id) {
        return guidelines.stream().filter(g -> g.id().equals(id)).findFirst()
                .orElseThrow(() -> DomainException.of("error.mandate.guidelineUnknown"));
    }

    public int indexOfGuideline(String id) {
        for (int i = 0; i < guidelines.size(); i++) {
            if (guidelines.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    // --- changes go through these ---

    Mandate validated() {
        Set<String> ids = new HashSet<>();
        Set<String> linked = new HashSet<>();
        List<Guideline> clean = new ArrayList<>();
        for (Guideline g : guidelines) {
            if (!ids.add(g.id())) {
                throw DomainException.of("error.duplicateId", g.id());
            }
            clean.add(g.validated());
        }
        for (StatementLink l : statements) {
            if (!linked.add(l.statementId())) {
                throw DomainException.of("error.mandate.linkedTwice");
            }
        }
        return new Mandate(teamId, teamName, checked(Texts.multiLine(text), MAX_TEXT), checked(Texts.multiLine(value), MAX_VALUE),
                statements, clean);
    }

    Mandate withTeam(String newTeamId, String newTeamName) {
        return new Mandate(newTeamId, newTeamName, text, value, statements, guidelines);
    }

    Mandate withTeamName(String newTeamName) {
        return new Mandate(teamId, newTeamName, text, value, statements, guidelines);
    }

    Mandate withText(String newText) {
        return new Mandate(teamId, teamName, newText, value, statements, guidelines);
    }

    Mandate withValue(String newValue) {
        return new Mandate(teamId, teamName, text, newValue, statements, guidelines);
    }

    Mandate withStatements(List<StatementLink> links) {
        return new Mandate(teamId, teamName, text, value, links, guidelines);
    }

    Mandate withGuidelines(List<Guideline> list) {
        return new Mandate(teamId, teamName, text, value, statements, list);
    }

    Mandate withGuidelineAt(int index, Guideline g) {
        if (indexOfGuideline(g.id()) >= 0) {
            throw DomainException.of("error.duplicateId", g.id());
        }
        List<Guideline> list = new ArrayList<>(guidelines);
        list.add(ListIndex.clamp(index, list.size()), g);
        return withGuidelines(list);
    }

    Mandate withGuidelineUpdated(String id, UnaryOperator<Guideline> update) {
        Guideline old = requireGuideline(id);
        List<Guideline> list = new ArrayList<>(guidelines);
        list.set(list.indexOf(old), update.apply(old));
        return withGuidelines(list);
    }

    /** The merge of another team's mandate into this one (moving a removed team's mandate): nothing is lost. */
    Mandate mergedWith(Mandate other) {
        List<StatementLink> links = new ArrayList<>(statements);
        other.statements.stream().filter(l -> !links(l.statementId())).forEach(links::add);
        List<Guideline> list = new ArrayList<>(guidelines);
        list.addAll(other.guidelines);
        return new Mandate(teamId, teamName, join(text, other.text), join(value, other.value), links, list);
    }

    private static String join(String a, String b) {
        return a.isBlank() ? b : b.isBlank() ? a : a + "\n\n" + b;
    }

    static String checked(String text, int max) {
        if (Texts.length(text) > max) {
            throw DomainException.of("error.textTooLong", max, Texts.length(text));
        }
        return text;
    }
}
