package se.rodtrad.planning;

/**
 * The forms an indicator's target takes in the documents (DOMAIN.md, "Indicator targets").
 * Each has its own parameters in {@link Target} and its own rule in the follow-up's assessment.
 */
public enum TargetForm {
    /** "ska öka i jämförelse med föregående år" / "jämfört med senast tillgängliga statistik". */
    PREVIOUS_VALUE,
    /** "ska öka jämfört med 2022". */
    BASE_YEAR,
    /** "minska med 60 procent till år 2030 jämfört med 2005". */
    RELATIVE_CHANGE,
    /** "högre än i jämförbara län", "procentuellt öka mer än i jämförbara län". */
    PEER_GROUP,
    /** "högre än rikets nivå", "högre än snittet för riket". */
    NATIONAL,
    /** "77–80", "90–100 %", "6,3–6,1 %". */
    INTERVAL,
    /** "skillnaden mellan kvinnor och män ska minska" — needs values by sex or group. */
    GAP,
    /** "ska redovisas": reported, not judged. */
    REPORT_ONLY,
    /** An evaluation or analysis, judged by a person. */
    QUALITATIVE,
    /** "antal kommuner som uppnått 95 procent". */
    THRESHOLD,
    /** A target none of the above describes; judged by a person. */
    UNSPECIFIED
}
