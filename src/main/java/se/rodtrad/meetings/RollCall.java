package se.rodtrad.meetings;

import java.util.Map;
import java.util.UUID;

/**
 * Omröstning med namnupprop: each member taking part answers ja (for the chair's proposition), nej (against it) or
 * avstår. The proposition is carried when the ja outnumber the nej; at equal numbers the chair's vote decides
 * (utslagsröst). Abstentions count towards neither side.
 */
public final class RollCall {

    public static final String YES = "YES";
    public static final String NO = "NO";
    public static final String ABSTAIN = "ABSTAIN";

    private RollCall() {
    }

    /** The count and who won: {@code YES}, {@code NO}, or at a tie {@code TIE_CHAIR_YES}/{@code TIE_CHAIR_NO} by the chair's vote. */
    public record Result(int yes, int no, int abstain, String result) {

        public boolean carried() {
            return YES.equals(result) || "TIE_CHAIR_YES".equals(result);
        }
    }

    public static Result count(Map<UUID, String> votes, UUID chair) {
        int yes = 0;
        int no = 0;
        int abstain = 0;
        for (String v : votes.values()) {
            switch (v) {
                case YES -> yes++;
                case NO -> no++;
                case ABSTAIN -> abstain++;
                default -> throw new IllegalArgumentException("Okänd röst: " + v);
            }
        }
        String result;
        if (yes > no) {
            result = YES;
        } else if (no > yes) {
            result = NO;
        } else {
            String chairVote = chair == null ? null : votes.get(chair);
            result = NO.equals(chairVote) ? "TIE_CHAIR_NO" : "TIE_CHAIR_YES";
        }
        return new Result(yes, no, abstain, result);
    }
}
