package org.frontline.frontline;

import java.util.List;

/**
 * What a control-table import did. Every data row is counted once: imported (matched to a gazetteer settlement by
 * name near the row's coordinates, or else by position alone) or rejected with its line number and reason.
 *
 * @param source             the name the claims were attributed to (claimant)
 * @param rowsRead           data rows read (header not counted)
 * @param imported           rows that became claims
 * @param matchedByName      imported rows matched by name within the name radius
 * @param matchedByPosition  imported rows matched to the nearest settlement because no name matched
 * @param rejected           rows not imported, in file order
 */
public record ImportReport(String source, int rowsRead, int imported, int matchedByName, int matchedByPosition,
                           List<RejectedRow> rejected) {

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    /**
     * A row that was not imported.
     *
     * @param line   line number in the file (the header is line 1)
     * @param name   the row's name column, as written ("" if missing)
     * @param reason why, in words
     */
    public record RejectedRow(int line, String name, String reason) {
    }
}
