package se.rodtrad.meetings;

import se.rodtrad.fixtures.Acting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.rodtrad.meetings.MeetingParticipation.Attendance;

/** Meetings of RTN for the tests, each on its own date, prepared as a secretary would. */
public final class MeetingFixtures {

    private MeetingFixtures() {
    }

    static final UUID[] NONE = {};

    /** A new RTN meeting on the date with the demo adjuster (Fredrik Persson, substitute Patrik Nyström). */
    public static Meeting meeting(Agenda agenda, Members members, UUID rtn, LocalDate date) {
        return Acting.as("sekreterare", () -> {
            Meeting m = agenda.createMeeting(rtn, new Agenda.MeetingForm(date, null, "Regionens hus", date.plusDays(14), "Sara Sekreterare", null));
            UUID fredrik = member(members, rtn, "Fredrik Persson");
            UUID patrik = member(members, rtn, "Patrik Nyström");
            List<UUID[]> adjusters = new ArrayList<>();
            adjusters.add(new UUID[] {fredrik, patrik});
            agenda.setAdjusters(m.id(), adjusters);
            return m;
        });
    }

    public static UUID member(Members members, UUID body, String name) {
        return members.forBody(body).stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** A case registered now with the next number of RS. */
    public static DiaryCase newCase(Diary diary, UUID rtn, String title) {
        return Acting.as("sekreterare", () -> diary.register(new RegisterCase("RS", null, title, null, rtn, null, "Sara Sekreterare", false, null)));
    }

    public static AgendaItemDraft decisionItem(String title, String caseNumber, String... clauses) {
        return new AgendaItemDraft(ItemKind.DECISION, false, title, caseNumber, "Petter Arneback", List.of(clauses), "Sammanfattning.", null, null, null,
                List.of(), List.of("Regionstyrelsen"), List.of());
    }

    /** Every member present except those named absent. */
    public static List<Attendance> everyMemberPresent(MeetingDetails d, String... absent) {
        List<String> away = List.of(absent);
        return d.members().stream().filter(Member::isMember)
                .map(m -> new Attendance(m.id(), !away.contains(m.name()), null, null)).toList();
    }
}
