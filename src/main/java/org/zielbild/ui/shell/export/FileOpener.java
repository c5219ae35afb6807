package org.zielbild.ui.shell.export;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.zielbild.domain.Message;

/** Opens an exported file or its folder with the system's program, off the FX thread. */
@FunctionalInterface
public interface FileOpener {

    /** @param problem told (on whichever thread) when the system cannot open it */
    void open(Path path, Consumer<Message> problem);

    /** The desktop's default program, through AWT's Desktop on a thread of its own. */
    static FileOpener desktop() {
        return (path, problem) -> {
            Thread t = new Thread(() -> {
                try {
                    if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                        problem.accept(Message.of("export.dialog.cannotOpen", path.toString()));
                        return;
                    }
                    Desktop.getDesktop().open(path.toFile());
                } catch (Exception e) {
                    problem.accept(Message.of("export.dialog.cannotOpen", path.toString()));
                }
            }, "open-export");
            t.setDaemon(true);
            t.start();
        };
    }
}
