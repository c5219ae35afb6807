package org.zielbild.ui.modules.coaching;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.modules.coaching.CoachingRoom.RoomCoach;
import org.zielbild.ui.modules.coaching.CoachingRoom.RoomQuestion;

/**
 * What the room sees of the coach round, on the projector's 1920 × 1080 surface below its title
 * band (the pitch timer is the projector's own, top right: the round runs on the free timer). Built
 * from {@link CoachingFeed} alone, which holds no ballot: the coaches; a pitch (name, photo, style in
 * large type); the questions; "n of m have chosen"; the groups and the ranks received
 * ({@link AnnouncementBody}). Colours are the projector's looked-up colours, text is 28 px or more.
 */
final class CoachingProjection {

    /** Questions beyond this many are counted, not listed: the wall stays legible. */
    private static final int QUESTIONS_SHOWN = 6;
    private static final int NAMES_SHOWN = 24;
    /** Lines of questions (about {@link #LINE} characters each at 36 px) that fit below the heading. */
    private static final int QUESTION_LINES = 11;
    private static final int LINE = 80;
    /** A style longer than this is set a size smaller in the pitch. */
    private static final int LONG_STYLE = 200;
    private static final int TEASER = 80;

    private final CoachingFeed feed;
    private final I18n i18n;
    private final TileTheme theme = new TileTheme();
    private final StackPane body = new StackPane();
    private final StackPane root = new StackPane(theme.probes(), body);
    private final ChangeListener<CoachingRoom> listener = (obs, o, n) -> show(n);
    private String shown = "";

    CoachingProjection(CoachingFeed feed, I18n i18n) {
        this.feed = feed;
        this.i18n = i18n;
        root.getStylesheets().add(CoachingStyles.STYLESHEET);
        root.getStyleClass().add("coaching-projection");
        root.setId("coachingProjection");
        body.setAlignment(Pos.TOP_LEFT);
        feed.roomProperty().addListener(listener);
        show(feed.room());
    }

    Node root() {
        return root;
    }

    /** Which step is on (for tests). */
    String shown() {
        return shown;
    }

    void dispose() {
        feed.roomProperty().removeListener(listener);
    }

    private void show(CoachingRoom room) {
        theme.clear();
        shown = room.step().name();
        Node content = switch (room.step()) {
            case OVERVIEW -> overview(room);
            case PITCH -> pitch(room);
            case QUESTIONS -> questions(room);
            case RANKING -> new RankingBody(room, i18n, theme).root();
            case ANNOUNCEMENT -> new AnnouncementBody(room, i18n, theme).root();
        };
        body.getChildren().setAll(content);
    }

    /**
     * The coaches at a glance, two or three to a row so that up to twelve fit below the title band:
     * up to six with their style in large type, more with name and languages only.
     */
    private Node overview(CoachingRoom room) {
        Label heading = label(i18n.t(room.coaches().isEmpty() ? "coaching.wall.soon" : "coaching.wall.coaches"),
                "coaching-wall-heading");
        FlowPane cards = new FlowPane(32, 24);
        cards.setId("coachingWallCards");
        cards.setPrefWrapLength(1776);
        boolean roomy = room.coaches().size() <= 6;
        double width = roomy ? 860 : 560;
        double photo = roomy ? 140 : 96;
        for (RoomCoach c : room.coaches()) {
            Label name = label(c.name(), "coaching-wall-card-name");
            VBox card = new VBox(name);
            card.getStyleClass().add("coaching-wall-card");
            if (roomy && !c.style().isBlank()) {
                card.getChildren().add(label(teaser(c.style()), "coaching-wall-card-style"));
            }
            if (!c.languages().isBlank()) {
                card.getChildren().add(label(c.languages(), "coaching-wall-meta", "coaching-wall-muted"));
            }
            HBox row = new HBox(20, PhotoFrame.of(c, photo), card);
            row.setAlignment(Pos.TOP_LEFT);
            row.setPrefWidth(width);
            row.setMaxWidth(width);
            HBox.setHgrow(card, Priority.ALWAYS);
            cards.getChildren().add(row);
        }
        return box(heading, cards);
    }

    private Node pitch(CoachingRoom room) {
        RoomCoach c = room.current();
        Label which = label(i18n.t("coaching.wall.pitchOf", room.pitch(), room.coaches().size()), "coaching-wall-meta",
                "coaching-wall-muted");
        Label name = label(c.name(), "coaching-wall-name");
        name.setId("coachingWallName");
        Label style = label(c.style(), "coaching-wall-style");
        style.setId("coachingWallStyle");
        if (c.style().length() > LONG_STYLE) {
            style.setStyle("-fx-font-size: 36px;"); // up to 400 characters still fit below the name
        }
        VBox texts = new VBox(16, which, name, style);
        if (!c.languages().isBlank()) {
            texts.getChildren().add(label(i18n.t("coaching.wall.languages", c.languages()), "coaching-wall-meta",
                    "coaching-wall-muted"));
        }
        texts.getChildren().add(label(i18n.t("coaching.wall.places", c.capacity()), "coaching-wall-meta", "coaching-wall-muted"));
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox row = new HBox(56, PhotoFrame.of(c, 460), texts);
        row.setPadding(new Insets(24, 0, 0, 0));
        return row;
    }

    private Node questions(CoachingRoom room) {
        Label name = label(i18n.t("coaching.wall.questionsFor", room.current().name()), "coaching-wall-heading");
        name.setId("coachingWallName");
        VBox list = new VBox(18);
        list.setId("coachingWallQuestions");
        List<RoomQuestion> open = room.questions();
        int shownCount = 0;
        int lines = 0;
        for (RoomQuestion q : open) {
            lines += (q.text().length() + LINE - 1) / LINE + (q.askedBy().isBlank() ? 0 : 1);
            if (shownCount == QUESTIONS_SHOWN || lines > QUESTION_LINES && shownCount > 0) {
                break;
            }
            shownCount++;
        }
        for (RoomQuestion q : open.subList(0, shownCount)) {
            VBox item = new VBox(2, label(q.text(), "coaching-wall-question"));
            if (!q.askedBy().isBlank()) {
                item.getChildren().add(label(i18n.t("coaching.wall.askedBy", q.askedBy()), "coaching-wall-asker",
                        "coaching-wall-muted"));
            }
            list.getChildren().add(item);
        }
        if (open.isEmpty()) {
            list.getChildren().add(label(i18n.t("coaching.wall.askAway"), "coaching-wall-style"));
        }
        if (open.size() > shownCount) {
            list.getChildren().add(label(i18n.t("coaching.wall.moreQuestions", open.size() - shownCount),
                    "coaching-wall-meta", "coaching-wall-muted"));
        }
        Label answered = label(i18n.t("coaching.wall.answered", room.answered()), "coaching-wall-meta", "coaching-wall-muted");
        return box(name, list, answered);
    }

    /**
     * The style in a few words for the overview (the pitch shows it whole): the part before a colon
     * when it starts with a title ("Agile leadership: ..."), else its first words.
     */
    static String teaser(String style) {
        String first = style.lines().findFirst().orElse("").strip();
        int colon = first.indexOf(':');
        if (colon > 0 && colon <= TEASER) {
            return first.substring(0, colon);
        }
        if (first.length() <= TEASER) {
            return first;
        }
        int cut = first.lastIndexOf(' ', TEASER);
        return first.substring(0, cut > 0 ? cut : TEASER) + " …";
    }

    static VBox box(Node... children) {
        VBox box = new VBox(24, children);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    static Label label(String text, String... styles) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styles);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    static int namesShown() {
        return NAMES_SHOWN;
    }
}
