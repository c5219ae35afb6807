package org.zielbild.ui.common.imports;

import java.util.List;
import org.zielbild.csv.ImportProblem;
import org.zielbild.domain.Message;

/** What an import would do, for the preview in {@link ImportDialog}: a summary and the lines it skips. */
public interface ImportPreview {

    /** One sentence: what will be added and how many lines are skipped. */
    Message summary();

    List<ImportProblem> problems();

    /** True when nothing would be added (the dialog's Add button is then disabled). */
    boolean isEmpty();
}
