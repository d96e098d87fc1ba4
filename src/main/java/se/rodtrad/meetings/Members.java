package se.rodtrad.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/** Each body's members and substitutes with party, term and position; kept by whoever prepares the body's meetings. */
@Service
@Transactional(readOnly = true)
public class Members {

    static final Set<String> POSITIONS = Set.of("CHAIR", "FIRST_VICE_CHAIR", "SECOND_VICE_CHAIR");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final MemberRepository members;
    private final AccessPolicy access;
    private final Organisation organisation;

    Members(MemberRepository members, AccessPolicy access, Organisation organisation) {
        this.members = members;
        this.access = access;
        this.organisation = organisation;
    }

    /** Every member and substitute of the body, members first. */
    public List<Member> forBody(UUID bodyId) {
        return members.forBody(bodyId);
    }

    /** Those whose term covers the date. */
    public List<Member> serving(UUID bodyId, LocalDate date) {
        return members.forBody(bodyId).stream().filter(m -> m.servesOn(date)).toList();
    }

    public Member member(UUID id) {
        return members.findById(id).orElseThrow(() -> new NotFoundException("ledamot", id));
    }

    /** A member or substitute as typed in the members form. */
    public record MemberForm(String name, String party, String role, String position, LocalDate termFrom, LocalDate termTo, String email,
            String username) {
    }

    @Transactional
    public Member add(UUID bodyId, MemberForm form) {
        CurrentUser user = access.require(Permission.PREPARE_MEETING, bodyId);
        if (!organisation.unit(bodyId).type().isPoliticalBody()) {
            throw ValidationException.of("bodyId", "diary.validation.notABody", organisation.unit(bodyId).name());
        }
        MemberForm f = check(form);
        int order = members.forBody(bodyId).size();
        UUID id = members.insert(bodyId, f.name(), f.party(), f.role(), f.position(), f.termFrom(), f.termTo(), f.email(), f.username(), order, null,
                false, user.username());
        return member(id);
    }

    @Transactional
    public Member update(UUID memberId, int version, MemberForm form) {
        Member current = member(memberId);
        CurrentUser user = access.require(Permission.PREPARE_MEETING, current.bodyId());
        MemberForm f = check(form);
        if (!members.update(memberId, version, f.name(), f.party(), f.role(), f.position(), f.termFrom(), f.termTo(), f.email(), f.username(),
                user.username())) {
            MemberRepository.Change change = members.lastChange(memberId);
            throw new ConflictException(member(memberId), change.by(), change.at());
        }
        return member(memberId);
    }

    private static MemberForm check(MemberForm form) {
        List<FieldError> errors = new ArrayList<>();
        String name = Texts.trimToNull(form.name());
        if (name == null) {
            errors.add(new FieldError("name", "validation.required", "Namn"));
        } else if (name.length() > 200) {
            errors.add(new FieldError("name", "validation.tooLong", "Namn", 200));
        }
        String party = Texts.trimToNull(form.party());
        if (party != null && party.length() > 40) {
            errors.add(new FieldError("party", "validation.tooLong", "Parti", 40));
        }
        String role = Member.SUBSTITUTE.equals(form.role()) ? Member.SUBSTITUTE : Member.MEMBER;
        String position = Texts.trimToNull(form.position());
        if (position != null && (!POSITIONS.contains(position) || !Member.MEMBER.equals(role))) {
            errors.add(new FieldError("position", "member.validation.position"));
        }
        if (form.termFrom() == null || form.termTo() == null) {
            errors.add(new FieldError("termFrom", "member.validation.term"));
        } else if (form.termTo().isBefore(form.termFrom())) {
            errors.add(new FieldError("termTo", "member.validation.termOrder"));
        }
        String email = Texts.trimToNull(form.email());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldError("email", "member.validation.email", email));
        }
        String username = Texts.trimToNull(form.username());
        if (username != null && username.length() > 100) {
            errors.add(new FieldError("username", "validation.tooLong", "Konto", 100));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new MemberForm(name, party, role, position, form.termFrom(), form.termTo(), email, username);
    }
}
