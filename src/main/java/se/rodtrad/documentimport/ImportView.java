package se.rodtrad.documentimport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A kept import: the document (its name, format, pages), the body it is for, what was read beside the items (a
 * plan's title and year, a notice's meeting date and deadline for justering), warnings as message keys
 * ("documentimport.warning.pagesCut:150"), the proposal's items in document order, and — once confirmed — what
 * was made ({@code resultId}: the plan or the meeting; {@code result}: counts and the checker's findings).
 */
public record ImportView(UUID id, DocumentKind kind, UUID bodyId, String bodyCode, String bodyName, String fileName, String format, int pages,
        String status, String title, Integer year, LocalDate meetingDate, LocalDate adjustmentDeadline, List<String> warnings, UUID resultId,
        Map<String, Object> result, List<ImportItem> items, int version, Instant createdAt, String createdBy) {

    /** When it was read, in Swedish time ("2026-12-06 21:48"). */
    public String createdOn() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(createdAt.atZone(java.time.ZoneId.of("Europe/Stockholm")));
    }

    public boolean isDraft() {
        return "DRAFT".equals(status);
    }

    /** The items the proposal keeps (not those the reviewer dropped), in document order. */
    public List<ImportItem> kept() {
        return items.stream().filter(i -> !i.dropped()).toList();
    }

    /**
     * What an item may be placed under: a kept item before it that holds others — not an indicator, a table or an
     * agenda item, which hold nothing.
     */
    public List<ImportItem> parentsFor(ImportItem item) {
        return kept().stream().filter(p -> p.position() < item.position() && !"INDICATOR".equals(p.type()) && !"TABLE".equals(p.type())
                && !"AGENDA_ITEM".equals(p.type()) && !"DELEGATED_DECISION".equals(p.type())).toList();
    }

    public long count(String type) {
        return items.stream().filter(i -> !i.dropped() && i.type().equals(type)).count();
    }
}
