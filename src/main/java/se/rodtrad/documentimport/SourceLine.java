package se.rodtrad.documentimport;

/**
 * One line of an uploaded document as it stands: its page, its line number in the document (1 = first), its text,
 * and whether the document itself ends a paragraph there (a DOCX paragraph does; a PDF or text line is judged by
 * {@link Paragraphs}). {@code top} is true for the first line of a page.
 */
public record SourceLine(int page, int number, String text, boolean paragraphEnd, boolean heading, boolean top) {
}
