/**
 * Bringing the documents a region already has into the product: a plan (verksamhetsplan med budget) or a meeting
 * notice (kallelse/föredragningslista) uploaded as PDF, DOCX or text is read line by line with its page, repaired
 * (line-end hyphenation, page headers and footers) and proposed as structure — goals, indicators with their target
 * form, assignments, strategies, budget tables, the internal control plan's risks; agenda items with case numbers, presenters, att-clauses and papers;
 * the rows of a report of delegated decisions —
 * each with a confidence and the reason for its kind. A person reviews the proposal beside the document; nothing is
 * created until they confirm, and then all of it at once through planning's, budget's and meetings' own use cases (the
 * delegated decisions through the body's report of delegated decisions, {@code meetings.DelegatedDecisions}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dokumentimport",
        allowedDependencies = {"planning", "budget", "internalcontrol", "meetings", "organisation", "shared"})
package se.rodtrad.documentimport;
