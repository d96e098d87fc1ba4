package se.rodtrad.followup.measures.web;

import java.util.List;
import se.rodtrad.followup.measures.ImportReport;
import se.rodtrad.shared.web.Messages;

/** An import report with its notes and reasons rendered in the reader's language. */
record ReportView(ImportReport report, List<String> notes, List<Row> rejections) {

    record Row(String where, String reason) {
    }

    static ReportView of(ImportReport r, Messages messages) {
        return new ReportView(r, r.notes().stream().map(n -> messages.get(n.key(), n.arguments())).toList(),
                r.rejections().stream().map(x -> new Row(x.where(), messages.get(x.reason().key(), x.reason().arguments()))).toList());
    }
}
