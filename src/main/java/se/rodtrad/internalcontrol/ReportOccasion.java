package se.rodtrad.internalcontrol;

/**
 * When the internal control plan is followed up: "Uppföljningen av IK-planen dokumenteras i delårsrapport
 * samt i verksamhetsberättelsen" (VP 2023 and RS VP 2024). The ISK judgement belongs to the year-end report.
 */
public enum ReportOccasion {
    DELARSRAPPORT_1, DELARSRAPPORT_2, VERKSAMHETSBERATTELSE;

    public boolean isYearEnd() {
        return this == VERKSAMHETSBERATTELSE;
    }
}
