package org.zielbild.testing;

import java.util.Random;
import org.zielbild.domain.Ids;

/**
 * Text as workshop participants type it, for benchmarks: German sticky notes of realistic length
 * (most 15–50 characters, a third up to 120, one in ten up to 280 and sometimes on two lines),
 * names with umlauts, ids of the shape {@link Ids#newId()} makes.
 */
public final class NoteTexts {

    private static final String[] WORDS = {"Kunden", "wollen", "schnelle", "Antworten", "statt", "Warteschleifen",
        "wir", "reden", "zu", "viel", "über", "Prozesse", "und", "zu", "wenig", "mit", "den", "Menschen", "Meetings",
        "ohne", "Ergebnis", "klare", "Prioritäten", "fehlen", "Vertrauen", "zwischen", "Teams", "wächst", "Service",
        "Hotline", "Lob", "Beschwerden", "in", "einem", "Tag", "gelöst", "Zielbild", "gemeinsam", "entwickeln",
        "Verantwortung", "übernehmen", "Entscheidungen", "dauern", "Wochen", "Tickets", "Werkzeuge", "sind", "alt",
        "Wissen", "teilen", "neue", "Kolleginnen", "schnell", "einarbeiten", "Qualität", "vor", "Tempo", "Ärger",
        "weil", "Daten", "doppelt", "gepflegt", "werden", "Rückmeldung", "fehlt", "oft", "Mehrwert", "sichtbar",
        "machen", "customer", "first", "Feedback", "ehrlich", "Geschäftsleitung", "hört", "zu", "Frust", "bei",
        "Übergaben"};
    private static final String[] FIRST = {"Anna", "Jürgen", "Zoë", "Łukasz", "Ünal", "Mareike", "Björn", "Fatma",
        "Sören", "Chiara", "Hans-Peter", "Dörte", "Émile", "Gülşen", "Kai", "Lea", "Ngozi", "Olaf", "Tobias", "Ute"};
    private static final String[] LAST = {"Müller", "Schäfer", "Öztürk", "Weiß", "Kowalski", "Groß", "Nguyen", "Hoffmann",
        "Becker", "Jäger", "Krüger", "Schmitt", "Wagner", "Yılmaz", "Fischer"};
    private static final char[] ALPHABET = "0123456789abcdefghijkmnpqrstuvwxyz".toCharArray();

    private final Random random;

    public NoteTexts(Random random) {
        this.random = random;
    }

    public String noteText() {
        int r = random.nextInt(100);
        int length = r < 55 ? 15 + random.nextInt(36) : r < 90 ? 50 + random.nextInt(71) : 120 + random.nextInt(161);
        return words(length, length > 120 && random.nextBoolean());
    }

    public String clusterName() {
        return words(8 + random.nextInt(25), false);
    }

    public String moodSentence() {
        return random.nextInt(3) == 0 ? "" : words(20 + random.nextInt(100), false);
    }

    /** A unique name per index (the roster refuses duplicates). */
    public String personName(int index) {
        return FIRST[index % FIRST.length] + " " + LAST[(index / FIRST.length + index) % LAST.length]
                + (index >= FIRST.length * LAST.length ? " " + index : "");
    }

    private String words(int length, boolean twoLines) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            if (b.length() > 0) {
                b.append(twoLines && b.length() > length / 2 && b.indexOf("\n") < 0 ? '\n' : ' ');
            }
            b.append(WORDS[random.nextInt(WORDS.length)]);
        }
        String text = b.substring(0, Math.min(b.length(), length)).strip();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A 12-character id like {@link Ids#newId()}, from the given random (so runs repeat). */
    public static String id(Random random) {
        char[] id = new char[12];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
