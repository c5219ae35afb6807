package org.zielbild.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Session folder names a person can recognise in a file manager: {@code <title-slug>-<id>}. The
 * name is chosen once; renaming a session changes its title, not its folder.
 */
final class FolderNames {

    private static final int MAX_SLUG = 40;

    private FolderNames() {
    }

    static Path newFolder(Path workspace, String title, String id) {
        String base = slug(title);
        String name = base.isEmpty() ? id : base + "-" + id;
        Path folder = workspace.resolve(name);
        for (int n = 2; Files.exists(folder); n++) {
            folder = workspace.resolve(name + "-" + n);
        }
        return folder;
    }

    /** Lower-case ASCII letters and digits joined by dashes: "Zielbild Kundenservice 2027" → "zielbild-kundenservice-2027". */
    static String slug(String title) {
        String plain = Normalizer.normalize(title.replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder();
        for (char c : plain.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
            if (out.length() >= MAX_SLUG) {
                break;
            }
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
