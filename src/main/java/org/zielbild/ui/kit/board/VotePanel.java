package org.zielbild.ui.kit.board;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.zielbild.domain.board.DotVote;
import org.zielbild.domain.roster.Participant;
import org.zielbild.ui.common.I18n;

/**
 * The facilitator's dot-vote controls: start a vote, enter dots for a participant by clicking
 * notes, open the private ballot screen, reveal and hide the results, end the vote.
 */
public final class VotePanel {

    private final BoardViewModel vm;
    private final DotVoting voting;
    private final I18n i18n;
    private final Runnable openBallot;
    private final Runnable sortByVotes;
    private final VBox root = new VBox(10);
    private final VBox start = new VBox(8);
    private final VBox running = new VBox(8);
    private final Label status = new Label();
    private final Label voters = new Label();
    private final Label left = new Label();
    private final ToggleButton reveal = new ToggleButton();

    public VotePanel(BoardViewModel vm, I18n i18n, Runnable openBallot, Runnable sortByVotes) {
        this.vm = vm;
        this.voting = vm.voting();
        this.i18n = i18n;
        this.openBallot = openBallot;
        this.sortByVotes = sortByVotes;
        build();
        vm.snapshotProperty().addListener((obs, o, n) -> refresh());
        voting.voterProperty().addListener((obs, o, n) -> refresh());
        refresh();
    }

    public VBox root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("vote-panel");
        root.setPadding(new Insets(12));
        root.setPrefWidth(280);
        root.setMinWidth(240);
        Label title = new Label(i18n.t("board.vote.title"));
        title.getStyleClass().add(Styles.TITLE_4);

        Spinner<Integer> dots = new Spinner<>(1, DotVote.MAX_DOTS, DotVote.DEFAULT_DOTS);
        dots.setId("voteDots");
        dots.setEditable(true);
        Spinner<Integer> max = new Spinner<>(0, DotVote.MAX_DOTS, 0);
        max.setId("voteMaxPerNote");
        max.setEditable(true);
        Button startVote = new Button(i18n.t("board.vote.start"), new FontIcon(MaterialDesignV.VOTE_OUTLINE));
        startVote.setId("startVote");
        startVote.getStyleClass().add(Styles.ACCENT);
        startVote.setOnAction(e -> voting.start(dots.getValue(), Math.min(max.getValue(), dots.getValue())));
        Label maxHint = new Label(i18n.t("board.vote.maxHint"));
        maxHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        maxHint.setWrapText(true);
        start.getChildren().addAll(new Label(i18n.t("board.vote.dots")), dots, new Label(i18n.t("board.vote.maxPerNote")),
                max, maxHint, startVote);

        status.setWrapText(true);
        voters.setId("voteVoters");
        voters.setWrapText(true);
        ComboBox<Participant> voter = new ComboBox<>(vm.participants());
        voter.setId("voteVoter");
        voter.setMaxWidth(Double.MAX_VALUE);
        voter.setPromptText(i18n.t("board.vote.whoPrompt"));
        voter.setCellFactory(l -> participantCell());
        voter.setButtonCell(participantCell());
        voter.valueProperty().bindBidirectional(voting.voterProperty());
        ToggleButton enter = new ToggleButton(i18n.t("board.vote.enterDots"), new FontIcon(MaterialDesignO.ORDER_BOOL_DESCENDING));
        enter.setId("enterDots");
        enter.selectedProperty().bindBidirectional(voting.dotModeProperty());
        enter.disableProperty().bind(voting.voterProperty().isNull());
        enter.setMaxWidth(Double.MAX_VALUE);
        // The panel is narrow: the German label wraps onto two lines rather than "Notizen anklicken, um Pu…".
        enter.setWrapText(true);
        enter.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        left.setId("dotsLeft");
        left.setWrapText(true);
        Label clickHint = new Label(i18n.t("board.vote.clickHint"));
        clickHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        clickHint.setWrapText(true);
        Button ballot = new Button(i18n.t("board.vote.ballotScreen"), new FontIcon(MaterialDesignS.SHIELD_ACCOUNT_OUTLINE));
        ballot.setId("openBallot");
        ballot.setMaxWidth(Double.MAX_VALUE);
        ballot.setOnAction(e -> openBallot.run());
        ballot.setTooltip(new Tooltip(i18n.t("board.vote.ballotHint")));
        reveal.setId("revealVote");
        reveal.setGraphic(new FontIcon(MaterialDesignE.EYE_OUTLINE));
        reveal.setMaxWidth(Double.MAX_VALUE);
        reveal.getStyleClass().add(Styles.ACCENT);
        reveal.setOnAction(e -> voting.reveal(reveal.isSelected()));
        Button sort = new Button(i18n.t("board.vote.sort"));
        sort.setId("sortByVotes");
        sort.setMaxWidth(Double.MAX_VALUE);
        sort.setOnAction(e -> sortByVotes.run());
        sort.visibleProperty().bind(reveal.selectedProperty());
        sort.managedProperty().bind(sort.visibleProperty());
        Button end = new Button(i18n.t("board.vote.end"));
        end.setId("endVote");
        end.getStyleClass().add(Styles.FLAT);
        end.setOnAction(e -> voting.end());
        running.getChildren().addAll(status, voters, new Separator(), new Label(i18n.t("board.vote.who")), voter, enter,
                left, clickHint, ballot, new Separator(), reveal, sort, end);
        root.getChildren().addAll(title, start, running);
        left.visibleProperty().bind(voting.voterProperty().isNotNull());
        left.managedProperty().bind(left.visibleProperty());
        running.disableProperty().bind(Bindings.createBooleanBinding(() -> false));
    }

    private ListCell<Participant> participantCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Participant p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name());
            }
        };
    }

    private void refresh() {
        DotVote vote = vm.snapshot().board().vote();
        boolean has = vote != null;
        start.setVisible(!has);
        start.setManaged(!has);
        running.setVisible(has);
        running.setManaged(has);
        if (!has) {
            voting.dotModeProperty().set(false);
            return;
        }
        status.setText(vote.maxPerNote() > 0
                ? i18n.t("board.vote.statusMax", vote.dotsPerParticipant(), vote.maxPerNote())
                : i18n.t("board.vote.status", vote.dotsPerParticipant()));
        voters.setText(i18n.t("board.vote.voters", vote.voters(), vm.participants().size()));
        Participant p = voting.voterProperty().get();
        left.setText(p == null ? "" : i18n.t("board.vote.left", p.name(), vote.left(p.id()), vote.dotsPerParticipant()));
        reveal.setSelected(vote.revealed());
        reveal.setText(i18n.t(vote.revealed() ? "board.vote.hide" : "board.vote.reveal"));
        if (vote.revealed()) {
            voting.dotModeProperty().set(false);
        }
    }
}
