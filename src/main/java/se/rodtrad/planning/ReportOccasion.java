package se.rodtrad.planning;

/**
 * The occasions of the yearly cycle at which a plan is followed up: delårsrapport 1 and 2 and the
 * verksamhetsberättelse. The assignments' status, the goals' assessment and the internal control plan are all
 * reported at them ("Uppföljningen av IK-planen dokumenteras i delårsrapport samt i verksamhetsberättelsen", VP 2023
 * and RS VP 2024); the ISK judgement belongs to the year-end report.
 */
public enum ReportOccasion {
    DELARSRAPPORT_1, DELARSRAPPORT_2, VERKSAMHETSBERATTELSE;

    public boolean isYearEnd() {
        return this == VERKSAMHETSBERATTELSE;
    }
}
