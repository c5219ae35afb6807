package org.zielbild.export.sections;

/**
 * Choices for the CSV tables.
 *
 * @param includeIndividualRanks the coach assignment's rank column: each person's rank of their
 *                               coach is secret, so it is written only when the facilitator asks for it
 */
public record TableOptions(boolean includeIndividualRanks) {

    public static final TableOptions DEFAULT = new TableOptions(false);
}
