package se.rodtrad.meetings;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A member (ledamot) or substitute (ersättare) of a body for a term, with party and, for the presidium, position.
 * {@code username} links the person to their account: that is how the product knows who signs the minutes. Names the
 * seeds do not print are {@code exempeldata} and shown so.
 */
public record Member(
        UUID id,
        UUID bodyId,
        String name,
        String party,
        String role,
        String position,
        LocalDate termFrom,
        LocalDate termTo,
        String email,
        String username,
        int sortOrder,
        String source,
        boolean exempeldata,
        int version) {

    public static final String MEMBER = "MEMBER";
    public static final String SUBSTITUTE = "SUBSTITUTE";

    /** "Fredrik Persson (MP)", as the minutes name a member. */
    public String displayName() {
        return party == null ? name : name + " (" + party + ")";
    }

    public boolean isMember() {
        return MEMBER.equals(role);
    }

    public boolean isChair() {
        return "CHAIR".equals(position);
    }

    public boolean servesOn(LocalDate date) {
        return !date.isBefore(termFrom) && !date.isAfter(termTo);
    }
}
