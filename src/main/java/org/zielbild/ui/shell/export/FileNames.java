package org.zielbild.ui.shell.export;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import org.zielbild.domain.SessionInfo;
import org.zielbild.export.ExportFormat;

/** File names for the exported minutes: "<title>-<date>" made safe for every file system. */
final class FileNames {

    private FileNames() {
    }

    /** "Zielbild Kundenservice 2027" on 23 Nov 2026 -> "zielbild-kundenservice-2027-2026-11-23-minutes". */
    static String base(SessionInfo info) {
        String date = info.date() == null ? "" : "-" + info.date();
        return clean(info.title()) + date + "-" + (info.language().locale().getLanguage().equals("de") ? "protokoll" : "minutes");
    }

    /** Letters (umlauts spelled out), digits and hyphens only, at most 80 characters. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.strip().toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > 80 ? s.substring(0, 80).replaceAll("-+$", "") : s;
    }

    static Path target(Path folder, String base, ExportFormat f) {
        String name = clean(base);
        return switch (f) {
            case CSV -> folder.resolve(name + "-tables");
            case JSON -> folder.resolve(name + ".zielbild.json");
            default -> folder.resolve(name + "." + f.label());
        };
    }
}
