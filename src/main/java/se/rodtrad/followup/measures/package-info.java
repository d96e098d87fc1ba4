/**
 * Measures, a room of follow-up: the statistical series and their values per unit, period and sex with every revision
 * kept ({@link se.rodtrad.followup.measures.Measures}, {@link se.rodtrad.followup.measures.IndicatorValues}), and the
 * one import path ({@link se.rodtrad.followup.measures.Imports}): Kolada (API JSON v2/v3, rKolada CSV), SCB (PxWeb v1
 * JSON, PxWebApi 2 json-stat2) and our own CSV/XLSX template, each idempotent, with a dry run, a report and a log of
 * import runs; the parsers are in {@code imports}. The grant register's statistics arrive here as values.
 *
 * <p>The economy template comes in through the same path but its figures are the economy room's: the path hands it
 * over through its port {@link se.rodtrad.followup.measures.EconomyImport}. This room uses no other room.
 */
@org.springframework.modulith.NamedInterface("measures")
package se.rodtrad.followup.measures;
