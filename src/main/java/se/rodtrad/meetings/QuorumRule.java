package se.rodtrad.meetings;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Beslutförhet, KL 6 kap. 27 §: a committee may deal with matters only when more than half of its members (ledamöter)
 * are present. Present here means taking part: a member present, or a substitute serving in an absent member's place
 * (tjänstgörande ersättare) — and, per item, not a member who is jävig in it (KL 6 kap. 28–32 §§: the jävig member
 * takes no part in the matter, so they do not count towards the quorum of that item).
 */
public final class QuorumRule {

    private QuorumRule() {
    }

    /** The answer with its numbers, in words the meeting page shows. */
    public record Quorum(boolean met, int taking, int seats, int needed) {
    }

    /**
     * @param seats      the number of members (ledamöter) of the body on the meeting's date
     * @param taking     who takes part: present members and substitutes serving for absent members
     * @param recused    members jäviga in the item (none for the meeting as a whole)
     */
    public static Quorum check(int seats, Collection<UUID> taking, Set<UUID> recused) {
        int counted = (int) taking.stream().filter(id -> !recused.contains(id)).count();
        int needed = seats / 2 + 1; // "fler än hälften": 11 seats → 6, 10 seats → 6
        return new Quorum(seats > 0 && counted >= needed, counted, seats, needed);
    }
}
