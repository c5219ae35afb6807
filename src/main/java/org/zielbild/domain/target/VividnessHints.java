package org.zielbild.domain.target;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a statement for signs that it is abstract: nobody in it, no time, only a number, only
 * nouns. Word lists in English and German (a statement may mix them); a rough, quiet heuristic that
 * prompts the guiding questions, never a rule: the facilitator can dismiss any hint.
 */
public final class VividnessHints {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}%'’-]+");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}+([.,]\\p{N}+)?%?|%");

    private static final Set<String> WHO = Set.of(
            "i", "we", "us", "our", "ours", "you", "your", "they", "them", "their", "he", "she", "everyone",
            "everybody", "anyone", "nobody", "people", "person", "customer", "customers", "client", "clients", "user",
            "users", "team", "teams", "colleague", "colleagues", "staff", "employee", "employees", "manager", "managers",
            "partner", "partners", "patient", "patients", "member", "members", "who",
            "ich", "wir", "uns", "unser", "unsere", "unserer", "unseren", "unserem", "unseres", "du", "ihr", "sie", "man",
            "jeder", "jede", "jedes", "alle", "kunde", "kunden", "kundin", "kundinnen", "kollege", "kollegen",
            "kollegin", "kolleginnen", "mitarbeiter", "mitarbeitende", "mitarbeiterinnen", "menschen", "nutzer",
            "nutzerinnen", "führungskraft", "führungskräfte", "wer");

    private static final Set<String> WHEN = Set.of(
            "when", "whenever", "every", "daily", "weekly", "monthly", "yearly", "today", "tomorrow", "morning",
            "evening", "day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "by", "until",
            "after", "before", "within", "always", "already", "now", "soon", "then", "since", "next", "hour", "hours",
            "minute", "minutes", "monday", "friday", "once",
            "wenn", "sobald", "jeden", "jedem", "täglich", "wöchentlich", "monatlich", "jährlich", "heute", "morgen",
            "morgens", "abends", "tag", "tage", "tagen", "woche", "wochen", "monat", "monate", "monaten", "jahr",
            "jahre", "jahren", "quartal", "bis", "nach", "vor", "innerhalb", "binnen", "immer", "schon", "jetzt",
            "bald", "dann", "seit", "nächste", "nächsten", "stunde", "stunden", "minuten", "montag", "freitag");

    private static final Set<String> VERBS = Set.of(
            "is", "are", "am", "was", "were", "be", "been", "have", "has", "had", "do", "does", "did", "can", "could",
            "will", "would", "shall", "should", "may", "might", "must", "get", "gets", "go", "goes", "make", "makes",
            "know", "knows", "see", "sees", "feel", "feels", "work", "works", "say", "says", "tell", "tells", "love",
            "loves", "find", "finds", "come", "comes", "take", "takes", "help", "helps", "want", "wants", "use", "uses",
            "ist", "sind", "war", "waren", "hat", "haben", "hatte", "wird", "werden", "kann", "können",
            "wollen", "soll", "sollen", "muss", "müssen", "darf", "dürfen", "gibt", "geht", "gehen", "macht", "machen",
            "kommt", "kommen", "sieht", "sehen", "weiß", "wissen", "arbeitet", "arbeiten", "sagt", "sagen", "findet",
            "finden", "hilft", "helfen", "nutzt", "nutzen", "erlebt", "erleben", "fühlt", "fühlen", "bekommt",
            "bekommen", "lieben", "liebt");

    private static final Set<String> PRONOUNS = Set.of("i", "we", "you", "they", "he", "she",
            "ich", "wir", "du", "ihr", "sie", "man", "er", "es");

    /** Percent words that read as part of a number. */
    private static final Set<String> PERCENT = Set.of("percent", "per", "cent", "prozent");

    private VividnessHints() {
    }

    /** The hints for a statement's text (its horizon counts as a "when"), in a fixed order. */
    public static List<VividnessHint> of(String text, String horizon) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        Set<VividnessHint> hints = EnumSet.noneOf(VividnessHint.class);
        if (words.stream().noneMatch(WHO::contains)) {
            hints.add(VividnessHint.NO_WHO);
        }
        boolean when = (horizon != null && !horizon.isBlank()) || words.stream().anyMatch(VividnessHints::isWhen);
        if (!when) {
            hints.add(VividnessHint.NO_WHEN);
        }
        if (onlyNumber(words)) {
            hints.add(VividnessHint.ONLY_NUMBER);
        }
        if (!hasVerb(words)) {
            hints.add(VividnessHint.ONLY_NOUNS);
        }
        return List.copyOf(hints);
    }

    /** The hints not dismissed for the statement. */
    public static List<VividnessHint> open(Statement s) {
        return of(s.text(), s.horizon()).stream().filter(h -> !s.hasDismissed(h)).toList();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        var m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean isWhen(String w) {
        return WHEN.contains(w) || w.matches("(19|20)\\p{N}\\p{N}");
    }

    /** A number (or percentage) and at most three other words: "95 % customer satisfaction". */
    private static boolean onlyNumber(List<String> words) {
        boolean number = words.stream().anyMatch(w -> NUMBER.matcher(w).matches());
        long rest = words.stream().filter(w -> !NUMBER.matcher(w).matches() && !PERCENT.contains(w)).count();
        return number && rest <= 3;
    }

    /** A listed verb, an English -ing/-ed form, or any word after a personal pronoun. */
    private static boolean hasVerb(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (VERBS.contains(w) || (w.length() >= 5 && (w.endsWith("ing") || w.endsWith("ed")))) {
                return true;
            }
            if (PRONOUNS.contains(w) && i + 1 < words.size()) {
                return true;
            }
        }
        return false;
    }
}
