package se.rodtrad.meetings;

import java.time.Instant;
import java.util.UUID;

/** Who took part in a meeting and how: attendance, jäv, the appointed adjusters and the signatures of the minutes. */
public final class MeetingParticipation {

    private MeetingParticipation() {
    }

    /** A member's or substitute's attendance; {@code servingFor} the absent member a substitute serves for (tjänstgör för). */
    public record Attendance(UUID memberId, boolean present, UUID servingFor, String note) {

        /** A person's attendance as the secretary records it: a member serves for no one; a substitute (ersättare) for the member they name. */
        public static Attendance of(Member member, boolean present, UUID servingFor, String note) {
            return new Attendance(member.id(), present, member.isMember() ? null : servingFor, note);
        }
    }

    /** Jäv: the member takes no part in the item (KL 6 kap. 28–32 §§). */
    public record Recusal(UUID itemId, UUID memberId, String memberName, String reason) {
    }

    /** An appointed adjuster and the substitute who signs if the adjuster is absent. */
    public record Adjuster(UUID memberId, String memberName, UUID substituteMemberId, String substituteName) {
    }

    /** A signature of the minutes: the chair or an adjuster, at the time they confirmed. */
    public record Signature(UUID memberId, String memberName, String role, Instant signedAt) {
    }

    /** An e-mail the meeting sent or tried to send, and what happened. */
    public record MailRecord(String kind, String recipientName, String recipientEmail, String status, String detail, Instant sentAt, String sentBy) {
    }

    /** What was sent to whom, when (expediering). */
    public record Dispatch(UUID id, UUID decisionId, String recipient, String channel, String address, Instant sentAt, String sentBy) {
    }
}
