package se.rodtrad.documentimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an uploaded document into a proposal without keeping anything: the text with its pages, the proposed items,
 * and warnings for the person (pages cut at the limit, pages without text, a language that is not Swedish, nothing
 * that looks like the kind of document chosen). Pure: the import's use cases keep what it reads, the quality
 * benchmark under bench/ reads the seeds with it.
 */
public final class DocumentReading {

    /** What was read. {@code title} and {@code year} only when the document names them. */
    public record Reading(DocumentKind kind, String format, int pages, List<SourceLine> lines, List<ProposedItem> items, List<String> warnings,
            String title, Integer year, Notice notice) {
    }

    /** A notice's meeting as printed: its date, time, place and the deadline for justering, where the notice says them. */
    public record Notice(java.time.LocalDate date, String startsAt, String place, java.time.LocalDate adjustmentDeadline) {
    }

    private static final Set<String> SWEDISH = Set.of("och", "att", "som", "för", "med", "ska", "av", "till", "det", "är", "på", "en", "ett",
            "de", "har", "om", "inom", "län", "samt", "genom");
    private static final Set<String> OTHER = Set.of("the", "and", "of", "to", "is", "for", "with", "that", "shall", "are", "der", "die", "und",
            "das", "le", "la", "et", "les");

    private DocumentReading() {
    }

    public static Reading read(byte[] bytes, String fileName, DocumentKind kind) {
        return read(bytes, fileName, kind, ImportLimits.standard());
    }

    public static Reading read(byte[] bytes, String fileName, DocumentKind kind, ImportLimits limits) {
        Extraction.Extracted text = Extraction.extract(bytes, fileName, limits);
        List<String> warnings = new ArrayList<>(text.warnings());
        if (!swedish(text.lines())) {
            warnings.add("documentimport.warning.language");
        }
        List<Paragraphs.Block> blocks = Paragraphs.of(text.lines());
        List<ProposedItem> items;
        String title = null;
        Integer year = null;
        Notice notice = null;
        if (kind == DocumentKind.NOTICE) {
            NoticeReader reader = new NoticeReader(limits);
            items = new ArrayList<>(reader.read(blocks));
            notice = reader.notice();
            // the report of delegated decisions among the papers: its table's rows become proposed delegated decisions
            items.addAll(DelegationReportReader.read(text.lines()));
            if (items.stream().noneMatch(i -> i.type().equals("AGENDA_ITEM"))) {
                warnings.add("documentimport.warning.noAgendaItems");
            }
        } else {
            PlanReader.Title t = PlanReader.title(blocks);
            title = t.title();
            year = t.year();
            items = new ArrayList<>(new PlanReader(limits).read(blocks));
            items.addAll(BudgetTableReader.read(text.lines(), items.size()));
            items.addAll(InternalControlReader.read(text.lines()));
            if (items.stream().noneMatch(i -> i.type().equals("GOAL") || i.type().equals("INDICATOR") || i.type().equals("ASSIGNMENT"))) {
                warnings.add(NoticeReader.looksLikeNotice(blocks) ? "documentimport.warning.looksLikeNotice" : "documentimport.warning.noGoals");
            }
        }
        return new Reading(kind, text.format(), text.pages(), text.lines(), items, warnings, title, year, notice);
    }

    /** Swedish when its commonest small words are, or when there are too few words to tell. */
    static boolean swedish(List<SourceLine> lines) {
        int sv = 0;
        int other = 0;
        int words = 0;
        for (SourceLine l : lines) {
            for (String w : l.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (w.isEmpty()) {
                    continue;
                }
                words++;
                if (SWEDISH.contains(w)) {
                    sv++;
                } else if (OTHER.contains(w)) {
                    other++;
                }
            }
            if (words > 20000) {
                break;
            }
        }
        return words < 40 || sv >= other && sv * 25 >= words;
    }
}
