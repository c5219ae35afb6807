package org.zielbild.ui.shell.export;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.export.ExportException;
import org.zielbild.export.ExportTargets;
import org.zielbild.export.ExportFormat;
import org.zielbild.export.MinutesExport;
import org.zielbild.export.MinutesRequest;
import org.zielbild.export.model.Image;
import org.zielbild.export.model.MinutesPart;
import org.zielbild.export.sections.TableOptions;
import org.zielbild.ui.common.SessionPictures;

/**
 * The export dialog's state and its one action. Choices are read on the FX thread; the pictures
 * are drawn there one per pulse; everything else (laying out the PDF, writing files) runs on the
 * background executor, so the window never freezes. At most one export runs at a time.
 */
public final class MinutesExportViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MinutesExportViewModel.class);

    /** A part of the minutes the user can leave out. */
    public record PartChoice(String key, String title, BooleanProperty chosen) {
    }

    private final Supplier<Session> session;
    private final MinutesExport export;
    private final SessionPictures pictures;
    private final Executor background;
    private final Clock clock;
    private final Map<ExportFormat, BooleanProperty> formats = new EnumMap<>(ExportFormat.class);
    private final List<PartChoice> parts = new ArrayList<>();
    private final BooleanProperty withPictures = new SimpleBooleanProperty(true);
    private final BooleanProperty includeRanks = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final StringProperty baseName = new SimpleStringProperty();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Message> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Path>> written = new ReadOnlyObjectWrapper<>(List.of());

    public MinutesExportViewModel(Supplier<Session> session, MinutesExport export, SessionPictures pictures,
                                  Executor background, Clock clock, Path folder) {
        this.session = session;
        this.export = export;
        this.pictures = pictures;
        this.background = background;
        this.clock = clock;
        for (ExportFormat f : ExportFormat.values()) {
            formats.put(f, new SimpleBooleanProperty(f == ExportFormat.PDF));
        }
        Session s = session.get();
        for (MinutesPart p : export.parts(request(s, Set.of(), Map.of()))) {
            parts.add(new PartChoice(p.key(), p.title(), new SimpleBooleanProperty(true)));
        }
        this.folder.set(folder);
        this.baseName.set(FileNames.base(s.info()));
    }

    public BooleanProperty format(ExportFormat f) {
        return formats.get(f);
    }

    /** The parts the session has data for, in the order of the day. */
    public List<PartChoice> parts() {
        return parts;
    }

    /** Whether the app has pictures to offer (boards with notes). */
    public boolean picturesAvailable() {
        return !pictures.keys(session.get()).isEmpty();
    }

    public BooleanProperty withPicturesProperty() {
        return withPictures;
    }

    public BooleanProperty includeRanksProperty() {
        return includeRanks;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public StringProperty baseNameProperty() {
        return baseName;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last export failed, or why it cannot start; null when fine. */
    public ReadOnlyObjectProperty<Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The files (and CSV folder) the last export wrote. */
    public ReadOnlyObjectProperty<List<Path>> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** Where each chosen format goes. */
    public Map<ExportFormat, Path> targets() {
        Map<ExportFormat, Path> targets = new EnumMap<>(ExportFormat.class);
        for (ExportFormat f : ExportFormat.values()) {
            if (formats.get(f).get()) {
                targets.put(f, FileNames.target(folder.get(), baseName.get(), f));
            }
        }
        return targets;
    }

    /** Starts the export on the FX thread; returns at once. */
    public void export() {
        if (running.get()) {
            return;
        }
        problem.set(null);
        written.set(List.of());
        Map<ExportFormat, Path> targets = targets();
        if (targets.isEmpty()) {
            problem.set(Message.of("export.dialog.noFormat"));
            return;
        }
        if (folder.get() == null || FileNames.clean(baseName.get()).isEmpty()) {
            problem.set(Message.of("export.dialog.noName"));
            return;
        }
        Message refused = refusal(targets);
        if (refused != null) {
            problem.set(refused); // before the first file: a refusal leaves the folder as it was
            return;
        }
        Session s = session.get(); // the session as it is now; later changes go into the next export
        Set<String> left = parts.stream().filter(p -> !p.chosen().get()).map(PartChoice::key).collect(Collectors.toSet());
        boolean drawPictures = withPictures.get() && (targets.containsKey(ExportFormat.PDF)
                || targets.containsKey(ExportFormat.HTML));
        List<String> keys = drawPictures ? pictures.keys(s).stream().filter(k -> wanted(s, k, left)).toList() : List.of();
        running.set(true);
        progress.set(0);
        int steps = keys.size() + targets.size();
        drawNext(s, keys, 0, new HashMap<>(), steps, left, targets);
    }

    /** Why one of the targets cannot take its file (a pipe, a device, a missing or full folder), or null. */
    private static Message refusal(Map<ExportFormat, Path> targets) {
        for (Map.Entry<ExportFormat, Path> t : targets.entrySet()) {
            try {
                ExportTargets.standard().check(t.getValue(), t.getKey().folder());
            } catch (ExportException e) {
                return e.userMessage();
            }
        }
        return null;
    }

    /** Pictures one per pulse on the FX thread, then the files in the background. */
    private void drawNext(Session s, List<String> keys, int i, Map<String, Image> drawn, int steps,
                          Set<String> left, Map<ExportFormat, Path> targets) {
        if (i < keys.size()) {
            status.set(Message.of("export.dialog.drawing", i + 1, keys.size()));
            try {
                drawn.put(keys.get(i), pictures.draw(s, keys.get(i)));
            } catch (RuntimeException e) {
                LOG.warn("could not draw {} for the minutes; exported without it", keys.get(i), e);
            }
            progress.set((i + 1.0) / steps);
            Platform.runLater(() -> drawNext(s, keys, i + 1, drawn, steps, left, targets));
            return;
        }
        MinutesRequest request = request(s, left, drawn).withTables(new TableOptions(includeRanks.get()));
        background.execute(() -> write(request, targets, keys.size(), steps));
    }

    private void write(MinutesRequest request, Map<ExportFormat, Path> targets, int done, int steps) {
        List<Path> files = new ArrayList<>();
        int step = done;
        try {
            for (Map.Entry<ExportFormat, Path> t : targets.entrySet()) {
                int n = step;
                Platform.runLater(() -> status.set(Message.of("export.dialog.writing", t.getValue().getFileName().toString())));
                List<Path> out = export.write(t.getKey(), request, t.getValue());
                files.add(t.getKey().folder() ? t.getValue() : out.get(0));
                step++;
                Platform.runLater(() -> progress.set((n + 1.0) / steps));
            }
            Platform.runLater(() -> finish(files, null));
        } catch (ExportException e) {
            LOG.warn("minutes export failed", e);
            Platform.runLater(() -> finish(files, e.userMessage()));
        } catch (RuntimeException e) {
            LOG.error("minutes export failed", e);
            Platform.runLater(() -> finish(files, Message.of("export.dialog.failed", String.valueOf(e.getMessage()))));
        }
    }

    private void finish(List<Path> files, Message why) {
        written.set(List.copyOf(files));
        problem.set(why);
        status.set(why == null ? Message.of("export.dialog.done", files.size()) : null);
        progress.set(why == null ? 1 : progress.get());
        running.set(false);
    }

    private boolean wanted(Session s, String pictureKey, Set<String> leftOut) {
        if (pictureKey.startsWith(Image.posterKey(""))) {
            return !leftOut.contains("target"); // the target-picture part's key
        }
        if (!pictureKey.startsWith(Image.boardKey(""))) {
            return true;
        }
        String boardId = pictureKey.substring(Image.boardKey("").length());
        return s.boards().board(boardId).map(b -> !leftOut.contains("boards:" + b.stageId())).orElse(false);
    }

    private MinutesRequest request(Session s, Set<String> leftOut, Map<String, Image> images) {
        return new MinutesRequest(s, key -> !leftOut.contains(key), images, TableOptions.DEFAULT, clock.getZone(),
                clock.instant());
    }
}
