package org.zielbild.ui.modules.target;

import org.zielbild.domain.target.SourceLink;

/**
 * A note or cluster of an earlier board that a statement can be made from, as the picker lists it.
 *
 * @param dots    its dot total when that board's vote was revealed; null otherwise (never a hidden count)
 * @param members for a cluster, how many notes it holds; 0 for a note
 */
public record SourceOption(SourceLink.Kind kind, String id, String boardTitle, String text, Integer dots, int members) {
}
