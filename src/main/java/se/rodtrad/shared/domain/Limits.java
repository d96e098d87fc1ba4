package se.rodtrad.shared.domain;

import java.util.Locale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The limits of what one request may ask of the product, stated once. Each keeps a public-sector service up on the
 * day a decision hits the news: a table of 100 000 columns laid out as a PDF took minutes and held a database
 * connection (issue 21), a 1 MB "issuer" broke the XLSX export (a cell holds at most 32 767 characters). Every
 * refusal names the limit in Swedish ({@code limit.*} in the message bundles).
 */
public final class Limits {

    private Limits() {
    }

    /** The kinds of text a person types, each with its length in characters (after Unicode NFC). */
    public enum TextKind {
        /** A name, title, code, label or other one-line value. */
        NAME(500),
        /** A reason, motivation, note or comment: a paragraph or a few. */
        TEXT(4_000),
        /** A plan item's text, a decision, a report section: a page or a few — below a spreadsheet cell's 32 767. */
        LONG_TEXT(30_000);

        private final int maxLength;

        TextKind(int maxLength) {
            this.maxLength = maxLength;
        }

        public int maxLength() {
            return maxLength;
        }
    }

    /** Rows of one budget table (RS VP 2024's largest printed table has 38). */
    public static final int TABLE_ROWS = 400;
    /** Columns of one budget table (the printed ones have at most 8: years, turnover, frame, change). */
    public static final int TABLE_COLUMNS = 40;
    /** Items of one plan (goals, indicators, assignments, strategies; RTN VP 2023 has 121). */
    public static final int PLAN_ITEMS = 2_000;
    /** Pages of one rendered document (a region-wide annual report at national scale has about 50). */
    public static final int DOCUMENT_PAGES = 1_000;
    /** Seconds a request waits for its document: in the queue and while it is laid out. */
    public static final int RENDER_SECONDS = 60;
    /** Documents laid out at once for one person, and for everyone together (the machine's cores decide the latter). */
    public static final int RENDERS_PER_PERSON = 2;

    /** Bytes of one request body: an anonymous visitor only signs in. */
    public static final long BODY_ANONYMOUS = 16 * 1024;
    /** Bytes of one request body from someone who may only read (their own API keys are all they write). */
    public static final long BODY_READER = 64 * 1024;
    /** Bytes of one request body from someone who comments and proposes. */
    public static final long BODY_COMMENTER = 1024 * 1024;
    /** Bytes of one request body from someone who edits, uploads and imports: the upload limit. */
    public static final long BODY_EDITOR = 20 * 1024 * 1024;

    /** Fields that hold a name (forms and JSON spell them so); every other text field is a {@link TextKind#LONG_TEXT}. */
    private static final List<String> NAMES = List.of("title", "name", "shortName", "bodyCode", "bodyName", "status", "kind",
            "source", "unit", "unitName", "unitCode", "caseNumber", "code", "published", "occasion", "period", "number", "label", "type",
            "tag", "reference", "measure", "measureName", "measureCode", "koladaId", "municipality", "supportType", "recipient",
            "paragraph", "owner", "responsible", "issuer", "submitter", "submittedBy", "section", "planningYears", "publisher", "place",
            "locality", "organisationNumber", "seriesCode", "delegateTitle", "decisionBody", "decidedBy", "decidedByTitle", "judgedBy",
            "username", "displayName", "email", "party", "caseOfficer", "secretary", "fund", "legalForm", "sector", "frequency",
            "colour", "gender", "direction", "denominator", "budgetLabel", "outcomeLabel", "column", "row", "year", "years", "date",
            "decisionDate", "validFrom", "validTo", "deadline", "due", "paidOn", "startsAt", "termFrom", "termTo", "lastDay",
            "assignee", "holders", "head", "member", "substitute", "presenters", "delegationPoint", "decisionParagraph",
            "committeeParagraph", "secrecyRef", "planKey", "lineageKey", "amount", "maxAmountKr", "fte", "employees");
    /** Fields that hold a reason, a note or a comment. */
    private static final List<String> TEXTS = List.of("reason", "decisionReason", "judgementReason", "revisionReason", "note",
            "comment", "motivation", "protocolNote", "formComment", "explanation", "deviation", "consequence", "consequences",
            "economicConsequences", "refusal", "instruction", "requirement", "how", "what", "summary");
    private static final Map<String, TextKind> BY_NAME = new HashMap<>();

    static {
        NAMES.forEach(n -> BY_NAME.put(n.toLowerCase(Locale.ROOT), TextKind.NAME));
        TEXTS.forEach(n -> BY_NAME.put(n.toLowerCase(Locale.ROOT), TextKind.TEXT));
    }

    /** The field names of a kind that is not the default ({@link TextKind#LONG_TEXT}), as forms and JSON spell them. */
    public static List<String> fieldsOf(TextKind kind) {
        return switch (kind) {
            case NAME -> NAMES;
            case TEXT -> TEXTS;
            case LONG_TEXT -> List.of();
        };
    }

    /** The kind of a field, by its name as forms and JSON bodies spell it ({@code koladaId}, {@code decisionReason}). */
    public static TextKind kindOf(String field) {
        if (field == null) {
            return TextKind.LONG_TEXT;
        }
        String name = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[.*]", "").toLowerCase(Locale.ROOT);
        return BY_NAME.getOrDefault(name, TextKind.LONG_TEXT);
    }
}
