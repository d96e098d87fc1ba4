package se.rodtrad.meetings;

/**
 * What someone may do with a case in the diary: see what it holds — its title, officer, documents and decisions —
 * unless it is confidential (OSL) and they neither keep the body's diary nor prepare its meetings ({@code maySee});
 * keep it — change its entry, status and documents — when they keep the body's diary ({@code mayKeep}). The case's
 * page and the API show it by this answer; {@link Diary} refuses by the same rules.
 */
public record CaseActions(boolean maySee, boolean mayKeep) {
}
