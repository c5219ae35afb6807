package org.zielbild.ui.modules.mandate;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.TeamColors;

/**
 * One team's mandate card on the wall, in large type: the mandate, its value and the statements it
 * serves on the left; guidelines with their behaviours and the actions (owner, due date) on the right.
 * What does not fit is counted ("+ 3 more actions"), never shrunk below 28 px and never cut mid-line.
 */
final class CardPane {

    private static final double GAP = 40;
    private static final double HEADER = 84;
    private static final double PADDING = 56;
    private static final double INDENT = 36;
    /** Marks a behaviour line among the guidelines' lines (never shown). */
    private static final String BEHAVIOUR = "\u0000";

    private final I18n i18n;
    private final VBox root = new VBox(12);

    CardPane(I18n i18n) {
        this.i18n = i18n;
        root.getStyleClass().add("mandate-card");
        root.setId("mandateCard");
    }

    VBox root() {
        return root;
    }

    /** A column that adds blocks while their estimated height fits. */
    private static final class Column {
        final VBox box = new VBox(10);
        final double width;
        double left;

        Column(double width, double height) {
            this.width = width;
            this.left = height;
            box.setPrefWidth(width);
            box.setMinWidth(width);
            box.setMaxWidth(width);
        }

        boolean fits(double h) {
            return h <= left;
        }

        Label add(String text, String style, double size, boolean bold) {
            Label l = new Label(text);
            l.getStyleClass().add(style);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.setMaxWidth(width);
            box.getChildren().add(l);
            left -= WallText.height(text, size, bold, width) + box.getSpacing();
            return l;
        }
    }

    void show(MandateWall.Card c, double width, double height) {
        root.getChildren().clear();
        double inner = width - PADDING;
        double body = height - HEADER - 40;
        Region band = new Region();
        band.getStyleClass().add("team-band");
        band.setMinHeight(56);
        band.setStyle(c.color() == null ? "-fx-background-color: -zb-muted;" : "-fx-background-color: "
                + web(TeamColors.fx(c.color())) + ";");
        Label team = new Label(c.removed() ? i18n.t("mandate.removedTeam", c.team()) : c.team());
        team.getStyleClass().add("card-team");
        team.setId("cardTeam");
        Label position = new Label(i18n.t("mandate.wall.position", c.position(), c.teams()));
        position.getStyleClass().add("card-position");
        position.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(team, Priority.ALWAYS);
        team.setMaxWidth(inner - 260);
        HBox head = new HBox(16, band, team, position);
        head.setAlignment(Pos.CENTER_LEFT);
        Column left = new Column((inner - GAP) * 0.46, body);
        Column right = new Column((inner - GAP) * 0.54, body);
        fillLeft(c, left);
        fillRight(c, right);
        HBox columns = new HBox(GAP, left.box, right.box);
        root.getChildren().addAll(head, columns);
        root.setMaxSize(width, height);
        root.setPrefWidth(width);
    }

    private void fillLeft(MandateWall.Card c, Column col) {
        String mandate = c.mandate().isBlank() ? i18n.t("mandate.wall.noMandate") : WallText.shorten(c.mandate(), 320);
        col.add(mandate, c.mandate().isBlank() ? "card-empty" : "card-mandate", 36, !c.mandate().isBlank());
        if (!c.value().isBlank()) {
            col.add(i18n.t("mandate.wall.value"), "card-heading", 30, true);
            col.add(WallText.shorten(c.value(), 200), "card-text", 28, false);
        }
        col.add(i18n.t("mandate.wall.serves"), "card-heading", 30, true);
        if (c.statements().isEmpty()) {
            col.add(i18n.t("mandate.wall.noStatements"), "card-empty", 28, false);
        }
        List<String> lines = new ArrayList<>();
        for (MandateWall.CardStatement s : c.statements()) {
            String t = WallText.shorten(s.text(), 150);
            lines.add(s.removed() ? i18n.t("mandate.removedStatement", t) : "• " + t);
        }
        addWhileFits(col, lines, "card-text", "mandate.wall.moreStatements");
    }

    private void fillRight(MandateWall.Card c, Column col) {
        col.add(i18n.t("mandate.wall.guidelines"), "card-heading", 30, true);
        List<String> lines = new ArrayList<>();
        for (MandateWall.CardGuideline g : c.guidelines()) {
            lines.add(g.text());
            for (MandateWall.CardBehaviour b : g.behaviours()) {
                lines.add(BEHAVIOUR + (b.how().isEmpty() ? b.what() : i18n.t("mandate.wall.behaviour", b.what(), b.how())));
            }
        }
        if (lines.isEmpty()) {
            col.add(i18n.t("mandate.wall.noGuidelines"), "card-empty", 28, false);
        }
        // Guidelines take at most the upper half of the column, so the actions always show.
        double keep = col.left / 2;
        int shown = 0;
        for (String line : lines) {
            boolean behaviour = line.startsWith(BEHAVIOUR);
            String text = behaviour ? "– " + line.substring(BEHAVIOUR.length()) : line;
            double width = behaviour ? col.width - INDENT : col.width;
            if (col.left - WallText.height(text, 28, false, width) < keep) {
                break;
            }
            Label l = col.add(text, behaviour ? "card-behaviour" : "card-guideline", 28, !behaviour);
            if (behaviour) {
                l.setPadding(new javafx.geometry.Insets(0, 0, 0, INDENT));
                col.left += WallText.height(text, 28, false, col.width) - WallText.height(text, 28, false, width);
            }
            shown++;
        }
        if (shown < lines.size()) {
            col.add(i18n.t("mandate.wall.moreLines", lines.size() - shown), "card-more", 28, false);
        }
        col.add(i18n.t("mandate.wall.actions"), "card-heading", 30, true);
        List<String> actions = new ArrayList<>();
        for (MandateWall.CardAction a : c.actions()) {
            String owner = a.owner().isEmpty() ? i18n.t("mandate.wall.noOwner")
                    : a.formerOwner() ? i18n.t("actions.formerOwner", a.owner()) : a.owner();
            String due = a.due().isEmpty() ? i18n.t("mandate.wall.noDue") : a.overdue() ? i18n.t("actions.overdue", a.due()) : a.due();
            actions.add(i18n.t(a.done() ? "mandate.wall.actionDone" : "mandate.wall.action", WallText.shorten(a.what(), 110), owner, due));
        }
        if (actions.isEmpty()) {
            col.add(i18n.t("mandate.wall.noActions"), "card-empty", 28, false);
        }
        addWhileFits(col, actions, "card-text", "mandate.wall.moreActions");
    }

    private void addWhileFits(Column col, List<String> lines, String style, String moreKey) {
        double more = 48;
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            double h = WallText.height(lines.get(i), 28, false, col.width) + col.box.getSpacing();
            if (!col.fits(h + (last ? 0 : more))) {
                col.add(i18n.t(moreKey, lines.size() - i), "card-more", 28, false);
                return;
            }
            col.add(lines.get(i), style, 28, false);
        }
    }

    private static String web(javafx.scene.paint.Color c) {
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
