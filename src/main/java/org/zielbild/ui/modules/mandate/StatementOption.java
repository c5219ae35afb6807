package org.zielbild.ui.modules.mandate;

/**
 * A statement a mandate may serve, as the link list shows it.
 *
 * @param carried the statement carried the day (offered first)
 * @param removed gone from the picture since it was linked (still shown, with the copy of its text)
 */
record StatementOption(String statementId, String text, boolean carried, boolean linked, boolean removed) {
}
