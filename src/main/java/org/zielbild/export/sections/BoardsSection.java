package org.zielbild.export.sections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zielbild.domain.Session;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.Boards;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.DotVoteResults;
import org.zielbild.domain.board.Note;
import org.zielbild.export.model.Block;
import org.zielbild.export.model.DataTable;
import org.zielbild.export.model.Image;
import org.zielbild.export.model.MinutesPart;

/**
 * The sticky-note boards, one part per stage (pains and gains, each customer question, feedback and
 * next steps): per board the most-voted notes and the clusters with their notes, dots as
 * {@link DotVoteResults} counts them (totals only, and only once the room saw them). Boards without
 * notes are left out. The notes table has every note with its author where one was given.
 */
final class BoardsSection implements MinutesSection {

    static final String KEY_PREFIX = "boards:";
    static final int MOST_VOTED = 5;

    @Override
    public List<PlacedPart> parts(MinutesContext context) {
        Session session = context.session();
        Map<String, List<Board>> byStage = boardsByStage(session);
        List<PlacedPart> parts = new ArrayList<>();
        byStage.forEach((stageId, boards) -> {
            List<Block> blocks = new ArrayList<>();
            for (Board b : boards) {
                blocks.addAll(new BoardBlocks(context, b).blocks());
            }
            String title = session.agenda().find(stageId).map(Stage::title).orElse(boards.get(0).title());
            parts.add(PlacedPart.atStage(stageId, new MinutesPart(KEY_PREFIX + stageId, title, blocks)));
        });
        return parts;
    }

    @Override
    public List<DataTable> tables(MinutesContext context, TableOptions options) {
        Session session = context.session();
        Boards all = session.boards();
        List<List<String>> rows = new ArrayList<>();
        for (List<Board> boards : boardsByStage(session).values()) {
            for (Board b : boards) {
                DotVoteResults results = DotVoteResults.of(all, b.id());
                Map<String, String> clusters = new LinkedHashMap<>();
                all.clustersOf(b.id()).forEach(c -> clusters.put(c.id(), c.name()));
                for (Note n : all.notesOf(b.id())) {
                    rows.add(List.of(context.stageTitle(b.stageId()), b.title(), area(b, n),
                            n.clusterId() == null ? "" : clusters.getOrDefault(n.clusterId(), ""), n.text(),
                            teamName(session, n), n.author(),
                            results.revealed() ? String.valueOf(results.dotsOn(n.id())) : ""));
                }
            }
        }
        return List.of(new DataTable("notes",
                List.of("stage", "board", "area", "cluster", "text", "team", "author", "dots"), rows));
    }

    /** The boards that have notes, by stage in agenda order, each stage's boards in prompt order. */
    private static Map<String, List<Board>> boardsByStage(Session session) {
        Boards all = session.boards();
        Map<String, List<Board>> byStage = new LinkedHashMap<>();
        all.boards().stream()
                .filter(b -> all.notes().stream().anyMatch(n -> n.boardId().equals(b.id())))
                .sorted(Comparator.comparingInt((Board b) -> stageIndex(session, b.stageId())).thenComparingInt(Board::prompt))
                .forEach(b -> byStage.computeIfAbsent(b.stageId(), k -> new ArrayList<>()).add(b));
        return byStage;
    }

    private static int stageIndex(Session session, String stageId) {
        int i = session.agenda().indexOf(stageId);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    static String area(Board b, Note n) {
        return b.areas().size() > 1 && n.area() < b.areas().size() ? b.areas().get(n.area()) : "";
    }

    static String teamName(Session session, Note n) {
        return n.teamId() == null ? "" : session.roster().team(n.teamId()).map(t -> t.name()).orElse("");
    }

    /** One board's blocks. */
    private static final class BoardBlocks {
        private final MinutesContext context;
        private final MinutesTexts t;
        private final Board board;
        private final List<Note> notes;
        private final List<Cluster> clusters;
        private final DotVoteResults results;

        BoardBlocks(MinutesContext context, Board board) {
            this.context = context;
            this.t = context.texts();
            this.board = board;
            Boards all = context.session().boards();
            this.notes = all.notesOf(board.id());
            this.clusters = all.clustersOf(board.id());
            this.results = DotVoteResults.of(board, notes, clusters);
        }

        List<Block> blocks() {
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Block.Heading(board.title(), 1));
            blocks.add(new Block.Paragraph(summary(), true));
            context.image(Image.boardKey(board.id())).ifPresent(img -> blocks.add(new Block.Picture(img)));
            if (results.revealed() && !results.notes().isEmpty()) {
                blocks.add(new Block.Paragraph(t.t("minutes.board.mostVoted"), false));
                blocks.add(new Block.Items(results.topNotes(MOST_VOTED).stream()
                        .map(r -> new Block.Item(r.note().text(), meta(r.note()))).toList()));
            }
            if (board.areas().size() > 1) {
                for (int a = 0; a < board.areas().size(); a++) {
                    List<Block> area = area(a);
                    if (!area.isEmpty()) {
                        blocks.add(new Block.Heading(board.areas().get(a), 2));
                        blocks.addAll(area);
                    }
                }
            } else {
                blocks.addAll(area(-1));
            }
            return blocks;
        }

        private String summary() {
            String counts = t.t("minutes.board.counts", notes.size(), clusters.size());
            if (board.vote() == null) {
                return counts;
            }
            return counts + " · " + (results.revealed() ? t.t("minutes.board.voted", results.voters())
                    : t.t("minutes.board.voteNotShown"));
        }

        /** The clusters mostly in area {@code a} and the area's notes in no cluster; every area when -1. */
        private List<Block> area(int a) {
            List<Block> blocks = new ArrayList<>();
            List<Block.Item> clusterItems = new ArrayList<>();
            for (Cluster c : rankedClusters()) {
                List<Note> members = ranked(notes.stream().filter(n -> c.id().equals(n.clusterId())).toList());
                if (a >= 0 && mainArea(members) != a) {
                    continue;
                }
                String meta = t.t("minutes.board.clusterMeta", members.size())
                        + (results.revealed() ? " · " + t.t("minutes.board.dots", results.dotsOnCluster(c.id())) : "");
                clusterItems.add(new Block.Item(c.name(), meta, members.stream().map(n -> new Block.Item(n.text(), meta(n))).toList()));
            }
            if (!clusterItems.isEmpty()) {
                blocks.add(new Block.Paragraph(t.t("minutes.board.clusters"), false));
                blocks.add(new Block.Items(clusterItems));
            }
            List<Note> loose = ranked(notes.stream().filter(n -> n.clusterId() == null || clusterOf(n) == null)
                    .filter(n -> a < 0 || n.area() == a).toList());
            if (!loose.isEmpty()) {
                blocks.add(new Block.Paragraph(t.t(clusterItems.isEmpty() ? "minutes.board.notes" : "minutes.board.loose"),
                        false));
                blocks.add(new Block.Items(loose.stream().map(n -> new Block.Item(n.text(), meta(n))).toList()));
            }
            return blocks;
        }

        private Cluster clusterOf(Note n) {
            return clusters.stream().filter(c -> c.id().equals(n.clusterId())).findFirst().orElse(null);
        }

        /** Most dots first once revealed (ties keep the board's order), else the board's order. */
        private List<Note> ranked(List<Note> list) {
            return list.stream().sorted(Comparator.comparingInt((Note n) -> -results.dotsOn(n.id()))).toList();
        }

        private List<Cluster> rankedClusters() {
            return results.revealed() ? results.clusters().stream().map(DotVoteResults.RankedCluster::cluster).toList()
                    : clusters;
        }

        /** The area most of the members are in; the first area for an empty cluster. */
        private int mainArea(List<Note> members) {
            int[] counts = new int[board.areaCount()];
            members.forEach(n -> counts[Math.min(Math.max(n.area(), 0), counts.length - 1)]++);
            int best = 0;
            for (int i = 1; i < counts.length; i++) {
                if (counts[i] > counts[best]) {
                    best = i;
                }
            }
            return best;
        }

        private String meta(Note n) {
            String team = teamName(context.session(), n);
            int dots = results.dotsOn(n.id());
            if (dots > 0) {
                return team.isEmpty() ? t.t("minutes.board.dots", dots) : team + " · " + t.t("minutes.board.dots", dots);
            }
            return team;
        }
    }
}
