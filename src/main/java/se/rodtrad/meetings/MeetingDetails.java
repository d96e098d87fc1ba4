package se.rodtrad.meetings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.rodtrad.meetings.MeetingParticipation.Adjuster;
import se.rodtrad.meetings.MeetingParticipation.Attendance;
import se.rodtrad.meetings.MeetingParticipation.Recusal;
import se.rodtrad.meetings.MeetingParticipation.Signature;

/**
 * A meeting with everything its pages, documents and API show: the agenda with each item's decision, the body's
 * members and substitutes serving on the day, attendance, jäv, the adjusters and signatures, and the notice of the
 * adjusted minutes. Computes who takes part, the quorum per item and who must sign.
 */
public record MeetingDetails(
        Meeting meeting,
        List<AgendaItem> items,
        Map<UUID, ItemDecision> decisions,
        List<Member> members,
        Map<UUID, Attendance> attendance,
        List<Recusal> recusals,
        List<Adjuster> adjusters,
        List<Signature> signatures,
        NoticeBoard.Notice notice) {

    public Optional<ItemDecision> decisionOf(AgendaItem item) {
        return Optional.ofNullable(decisions.get(item.id()));
    }

    public Member member(UUID id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    public List<Member> ordinaryMembers() {
        return members.stream().filter(Member::isMember).toList();
    }

    public List<Member> substitutes() {
        return members.stream().filter(m -> !m.isMember()).toList();
    }

    public boolean attendanceTaken() {
        return !attendance.isEmpty();
    }

    public boolean present(UUID memberId) {
        Attendance a = attendance.get(memberId);
        return a != null && a.present();
    }

    /** Present members and the substitutes serving for absent members: those who decide (tjänstgörande). */
    public List<UUID> taking() {
        List<UUID> result = new ArrayList<>();
        for (Member m : members) {
            Attendance a = attendance.get(m.id());
            if (a == null || !a.present()) {
                continue;
            }
            if (m.isMember() || a.servingFor() != null) {
                result.add(m.id());
            }
        }
        return result;
    }

    public Set<UUID> recusedIn(UUID itemId) {
        return recusals.stream().filter(r -> r.itemId().equals(itemId)).map(Recusal::memberId).collect(Collectors.toSet());
    }

    /** Those who take part in the item: serving, and not jäviga in it. */
    public List<UUID> takingIn(UUID itemId) {
        Set<UUID> recused = recusedIn(itemId);
        return taking().stream().filter(id -> !recused.contains(id)).toList();
    }

    public QuorumRule.Quorum quorum() {
        return QuorumRule.check(ordinaryMembers().size(), taking(), Set.of());
    }

    public QuorumRule.Quorum quorumIn(UUID itemId) {
        return QuorumRule.check(ordinaryMembers().size(), taking(), recusedIn(itemId));
    }

    /** The chair who signs: the one recorded for the meeting, else the body's chair. */
    public Member chair() {
        if (meeting.chairMemberId() != null && member(meeting.chairMemberId()) != null) {
            return member(meeting.chairMemberId());
        }
        return members.stream().filter(Member::isChair).findFirst().orElse(null);
    }

    /**
     * Who must sign the minutes: the chair and each appointed adjuster — or the adjuster's substitute when the adjuster
     * was absent and the substitute present.
     */
    public List<Member> requiredSigners() {
        Set<Member> result = new LinkedHashSet<>();
        Member chair = chair();
        if (chair != null) {
            result.add(chair);
        }
        for (Adjuster a : adjusters) {
            boolean adjusterAbsent = attendanceTaken() && !present(a.memberId());
            UUID signer = adjusterAbsent && a.substituteMemberId() != null && present(a.substituteMemberId()) ? a.substituteMemberId() : a.memberId();
            Member m = member(signer);
            if (m != null) {
                result.add(m);
            }
        }
        return List.copyOf(result);
    }

    public boolean signed(UUID memberId) {
        return signatures.stream().anyMatch(s -> s.memberId().equals(memberId));
    }

    /** Items not yet handled (no decision recorded). */
    public List<AgendaItem> openItems() {
        return items.stream().filter(i -> !decisions.containsKey(i.id())).toList();
    }
}
