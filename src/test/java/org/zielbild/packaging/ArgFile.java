package org.zielbild.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A jpackage argument file ({@code packaging/jpackage/*.txt}) read the way jpackage reads it
 * ({@code jpackage @file}): words split at white space, double quotes group, {@code #} starts a
 * comment. The build passes the words to jpackage itself and the tests check them.
 */
public record ArgFile(Path path, List<String> words) {

    /** Options whose value is a path; {@code --add-launcher} takes {@code name=path}. */
    static final Set<String> PATH_OPTIONS = Set.of("--icon", "--resource-dir", "--license-file", "--add-launcher");

    public static ArgFile read(Path path) throws IOException {
        List<String> words = new ArrayList<>();
        for (String line : Files.readAllLines(path)) {
            StringBuilder word = null;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                    word = word == null ? new StringBuilder() : word;
                } else if (!quoted && c == '#') {
                    break;
                } else if (!quoted && Character.isWhitespace(c)) {
                    if (word != null) {
                        words.add(word.toString());
                        word = null;
                    }
                } else {
                    word = (word == null ? new StringBuilder() : word).append(c);
                }
            }
            if (quoted) {
                throw new IOException(path + ": a quote is not closed in: " + line);
            }
            if (word != null) {
                words.add(word.toString());
            }
        }
        return new ArgFile(path, List.copyOf(words));
    }

    /** The values given to {@code option}, in order (an option may be given more than once). */
    public List<String> values(String option) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size() - 1; i++) {
            if (words.get(i).equals(option)) {
                out.add(words.get(i + 1));
            }
        }
        return out;
    }

    /** The paths the file names (relative to the project folder), with the option naming each. */
    public List<java.util.Map.Entry<String, String>> paths() {
        List<java.util.Map.Entry<String, String>> out = new ArrayList<>();
        for (int i = 0; i < words.size() - 1; i++) {
            if (PATH_OPTIONS.contains(words.get(i))) {
                String value = words.get(i + 1);
                out.add(java.util.Map.entry(words.get(i), value.substring(value.indexOf('=') + 1)));
            }
        }
        return out;
    }

    /** The words with every path made absolute against {@code project}: jpackage runs in another folder. */
    public List<String> resolvedAgainst(Path project) {
        List<String> out = new ArrayList<>(words);
        for (int i = 1; i < out.size(); i++) {
            if (PATH_OPTIONS.contains(words.get(i - 1))) {
                String value = words.get(i);
                int eq = value.indexOf('=');
                out.set(i, value.substring(0, eq + 1) + project.resolve(value.substring(eq + 1)));
            }
        }
        return out;
    }

    /** The one value of {@code option}; fails when it is missing or given twice. */
    public String value(String option) {
        List<String> all = values(option);
        if (all.size() != 1) {
            throw new IllegalStateException(path + ": expected one " + option + ", found " + all);
        }
        return all.get(0);
    }
}
