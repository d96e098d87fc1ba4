package se.rodtrad.meetings;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;
import se.rodtrad.meetings.MeetingParticipation.Adjuster;
import se.rodtrad.meetings.MeetingParticipation.Attendance;
import se.rodtrad.meetings.MeetingParticipation.Dispatch;
import se.rodtrad.meetings.MeetingParticipation.MailRecord;
import se.rodtrad.meetings.MeetingParticipation.Recusal;
import se.rodtrad.meetings.MeetingParticipation.Signature;

/** The meetings' tables: meetings, agenda items and papers, attendance, decisions with votes and reservations, signatures. */
@Repository
class MeetingRepository {

    private static final String MEETING = """
            select m.id, m.body_id, m.meeting_date, m.starts_at, m.place, m.status,
                   m.adjustment_deadline, m.secretary, m.chair_member_id, m.agenda_published_at, m.notice_sent_at, m.opened_at, m.closed_at,
                   m.adjusted_at, m.source, m.exempeldata, m.version, m.updated_at, m.updated_by
            from meeting m
            """;
    private static final String ITEM = """
            select i.id, i.meeting_id, i.position, i.kind, i.procedural, i.title, i.case_id, c.case_number, coalesce(c.confidential, false) as confidential,
                   i.presenters, i.proposed_clauses, i.summary, i.description, i.consequences, i.economic_consequences, i.information_points,
                   i.distribution, i.source, i.version, i.updated_at, i.updated_by
            from agenda_item i left join diary_case c on c.id = i.case_id
            """;
    private static final String DECISION = """
            select id, item_id, meeting_id, paragraph, outcome, clauses, vote_method, yes_count, no_count, abstain_count, vote_result, protocol_note,
                   decided_at, version from decision
            """;

    private final JdbcClient jdbc;

    private final Organisation organisation;

    MeetingRepository(JdbcClient jdbc, Organisation organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    // --- meetings ---

    UUID insertMeeting(UUID bodyId, LocalDate date, LocalTime startsAt, String place, LocalDate deadline, String secretary, UUID chair,
            String source, boolean exempeldata, String user) {
        return jdbc.sql("""
                insert into meeting (body_id, meeting_date, starts_at, place, adjustment_deadline, secretary, chair_member_id, source, exempeldata,
                                     updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(bodyId, Date.valueOf(date), startsAt == null ? null : Time.valueOf(startsAt), place, deadline == null ? null : Date.valueOf(deadline),
                        secretary, chair, source, exempeldata, user)
                .query(UUID.class).single();
    }

    boolean updateMeeting(UUID id, int version, LocalDate date, LocalTime startsAt, String place, LocalDate deadline, String secretary, UUID chair,
            String user) {
        return jdbc.sql("""
                update meeting set meeting_date = ?, starts_at = ?, place = ?, adjustment_deadline = ?, secretary = ?, chair_member_id = ?,
                       version = version + 1, updated_at = now(), updated_by = ? where id = ? and version = ?""")
                .params(Date.valueOf(date), startsAt == null ? null : Time.valueOf(startsAt), place, deadline == null ? null : Date.valueOf(deadline),
                        secretary, chair, user, id, version)
                .update() == 1;
    }

    /** Moves the meeting to a status and stamps when ({@code opened_at}, {@code closed_at}, {@code adjusted_at}). */
    void setStatus(UUID id, MeetingStatus status, String user) {
        String stamp = switch (status) {
            case OPENED -> ", opened_at = coalesce(opened_at, now())";
            case CLOSED -> ", closed_at = now()";
            case ADJUSTED -> ", adjusted_at = now()";
            case PLANNED -> "";
        };
        jdbc.sql("update meeting set status = ?" + stamp + ", version = version + 1, updated_at = now(), updated_by = ? where id = ?")
                .params(status.name(), user, id).update();
    }

    void markAgendaPublished(UUID id, String user) {
        jdbc.sql("update meeting set agenda_published_at = coalesce(agenda_published_at, now()), updated_by = ? where id = ?").params(user, id).update();
    }

    void markNoticeSent(UUID id, String user) {
        jdbc.sql("update meeting set notice_sent_at = now(), updated_by = ? where id = ?").params(user, id).update();
    }

    /** Takes the row lock of the meeting for the rest of the transaction: decisions of one meeting are numbered one at a time. */
    void lock(UUID id) {
        jdbc.sql("select id from meeting where id = ? for update").param(id).query(UUID.class).optional();
    }

    Optional<Meeting> findMeeting(UUID id) {
        return jdbc.sql(MEETING + " where m.id = ?").param(id).query(this::mapMeeting).optional();
    }

    List<Meeting> meetings(UUID bodyId) {
        return jdbc.sql(MEETING + (bodyId == null ? "" : " where m.body_id = :body") + " order by m.meeting_date desc")
                .params(bodyId == null ? Map.<String, Object>of() : Map.<String, Object>of("body", bodyId)).query(this::mapMeeting).list();
    }

    Optional<Meeting> findByBodyAndDate(UUID bodyId, LocalDate date) {
        return jdbc.sql(MEETING + " where m.body_id = ? and m.meeting_date = ?").params(bodyId, Date.valueOf(date))
                .query(this::mapMeeting).optional();
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from meeting").query(Long.class).single() == 0;
    }

    record Change(String by, Instant at) {
    }

    Change meetingChange(UUID id) {
        return jdbc.sql("select updated_by, updated_at from meeting where id = ?").param(id)
                .query((rs, i) -> new Change(rs.getString(1), rs.getTimestamp(2).toInstant())).single();
    }

    // --- agenda items ---

    UUID insertItem(UUID meetingId, int position, ItemKind kind, boolean procedural, String title, UUID caseId, String presenters,
            List<String> clauses, String summary, String description, String consequences, String economic, List<String> points,
            List<String> distribution, String source, String user) {
        return jdbc.sql("""
                insert into agenda_item (meeting_id, position, kind, procedural, title, case_id, presenters, proposed_clauses, summary, description,
                                         consequences, economic_consequences, information_points, distribution, source, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(meetingId, position, kind.name(), procedural, title, caseId, presenters, array(clauses), summary, description, consequences,
                        economic, array(points), array(distribution), source, user)
                .query(UUID.class).single();
    }

    boolean updateItem(UUID id, int version, ItemKind kind, boolean procedural, String title, UUID caseId, String presenters, List<String> clauses,
            String summary, String description, String consequences, String economic, List<String> points, List<String> distribution,
            String user) {
        return jdbc.sql("""
                update agenda_item set kind = ?, procedural = ?, title = ?, case_id = ?, presenters = ?, proposed_clauses = ?, summary = ?,
                       description = ?, consequences = ?, economic_consequences = ?, information_points = ?, distribution = ?,
                       version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?""")
                .params(kind.name(), procedural, title, caseId, presenters, array(clauses), summary, description, consequences, economic,
                        array(points), array(distribution), user, id, version)
                .update() == 1;
    }

    Optional<AgendaItem> findItem(UUID id) {
        return jdbc.sql(ITEM + " where i.id = ?").param(id).query(MeetingRepository::mapItem).optional()
                .map(i -> i.withPapers(papers(List.of(i.id())).getOrDefault(i.id(), List.of())));
    }

    List<AgendaItem> items(UUID meetingId) {
        List<AgendaItem> items = jdbc.sql(ITEM + " where i.meeting_id = ? order by i.position").param(meetingId).query(MeetingRepository::mapItem).list();
        Map<UUID, List<Paper>> papers = papers(items.stream().map(AgendaItem::id).toList());
        return items.stream().map(i -> i.withPapers(papers.getOrDefault(i.id(), List.of()))).toList();
    }

    /** Renumbers the items in the given order (1, 2, 3 …); the unique position is checked at commit. */
    void reorder(UUID meetingId, List<UUID> order, String user) {
        for (int i = 0; i < order.size(); i++) {
            jdbc.sql("update agenda_item set position = ?, updated_at = now(), updated_by = ? where id = ? and meeting_id = ? and position <> ?")
                    .params(i + 1, user, order.get(i), meetingId, i + 1).update();
        }
    }

    void deleteItem(UUID id) {
        jdbc.sql("delete from agenda_paper where item_id = ?").param(id).update();
        jdbc.sql("delete from item_recusal where item_id = ?").param(id).update();
        jdbc.sql("delete from agenda_item where id = ?").param(id).update();
    }

    Change itemChange(UUID id) {
        return jdbc.sql("select updated_by, updated_at from agenda_item where id = ?").param(id)
                .query((rs, i) -> new Change(rs.getString(1), rs.getTimestamp(2).toInstant())).single();
    }

    // --- papers ---

    void insertPaper(UUID itemId, int position, String title, String kind, UUID documentId, String href, String user) {
        jdbc.sql("insert into agenda_paper (item_id, position, title, kind, document_id, href, updated_by) values (?, ?, ?, ?, ?, ?, ?)")
                .params(itemId, position, title, kind, documentId, href, user).update();
    }

    void deletePaper(UUID paperId) {
        jdbc.sql("delete from agenda_paper where id = ?").param(paperId).update();
    }

    Optional<UUID> paperItem(UUID paperId) {
        return jdbc.sql("select item_id from agenda_paper where id = ?").param(paperId).query(UUID.class).optional();
    }

    Map<UUID, List<Paper>> papers(Collection<UUID> itemIds) {
        Map<UUID, List<Paper>> result = new HashMap<>();
        if (itemIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select id, item_id, position, title, kind, document_id, href from agenda_paper where item_id = any (?) order by position, title")
                .param(itemIds.toArray(UUID[]::new))
                .query((rs, i) -> {
                    result.computeIfAbsent(rs.getObject("item_id", UUID.class), k -> new ArrayList<>()).add(new Paper(rs.getObject("id", UUID.class),
                            rs.getInt("position"), rs.getString("title"), rs.getString("kind"), rs.getObject("document_id", UUID.class),
                            rs.getString("href")));
                    return null;
                }).list();
        return result;
    }

    // --- adjusters ---

    void replaceAdjusters(UUID meetingId, List<UUID[]> adjusters) {
        jdbc.sql("delete from meeting_adjuster where meeting_id = ?").param(meetingId).update();
        int position = 1;
        for (UUID[] a : adjusters) {
            jdbc.sql("insert into meeting_adjuster (meeting_id, member_id, substitute_member_id, position) values (?, ?, ?, ?)")
                    .params(meetingId, a[0], a[1], position++).update();
        }
    }

    List<Adjuster> adjusters(UUID meetingId) {
        return jdbc.sql("""
                select a.member_id, m.name, m.party, a.substitute_member_id, s.name as s_name, s.party as s_party
                from meeting_adjuster a join body_member m on m.id = a.member_id left join body_member s on s.id = a.substitute_member_id
                where a.meeting_id = ? order by a.position""").param(meetingId)
                .query((rs, i) -> new Adjuster(rs.getObject(1, UUID.class), display(rs.getString(2), rs.getString(3)), rs.getObject(4, UUID.class),
                        rs.getString(5) == null ? null : display(rs.getString(5), rs.getString(6)))).list();
    }

    // --- attendance and jäv ---

    void saveAttendance(UUID meetingId, Attendance a) {
        jdbc.sql("""
                insert into attendance (meeting_id, member_id, present, serving_for, note) values (?, ?, ?, ?, ?)
                on conflict (meeting_id, member_id) do update set present = excluded.present, serving_for = excluded.serving_for, note = excluded.note
                where (attendance.present, attendance.serving_for, attendance.note) is distinct from (excluded.present, excluded.serving_for, excluded.note)""")
                .params(meetingId, a.memberId(), a.present(), a.servingFor(), a.note()).update();
    }

    List<Attendance> attendance(UUID meetingId) {
        return jdbc.sql("select member_id, present, serving_for, note from attendance where meeting_id = ?").param(meetingId)
                .query((rs, i) -> new Attendance(rs.getObject(1, UUID.class), rs.getBoolean(2), rs.getObject(3, UUID.class), rs.getString(4))).list();
    }

    void insertRecusal(UUID itemId, UUID memberId, String reason) {
        jdbc.sql("insert into item_recusal (item_id, member_id, reason) values (?, ?, ?) on conflict (item_id, member_id) do update set reason = excluded.reason")
                .params(itemId, memberId, reason).update();
    }

    void deleteRecusal(UUID itemId, UUID memberId) {
        jdbc.sql("delete from item_recusal where item_id = ? and member_id = ?").params(itemId, memberId).update();
    }

    List<Recusal> recusals(UUID meetingId) {
        return jdbc.sql("""
                select r.item_id, r.member_id, m.name, m.party, r.reason from item_recusal r join agenda_item i on i.id = r.item_id
                join body_member m on m.id = r.member_id where i.meeting_id = ? order by i.position, m.name""").param(meetingId)
                .query((rs, i) -> new Recusal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), display(rs.getString(3), rs.getString(4)),
                        rs.getString(5))).list();
    }

    // --- decisions ---

    /**
     * The next § of the body in the year. The paragraphs of a body and year form one sequence across its meetings, so
     * two secretaries deciding at once wait for each other here (a transaction-level lock on the body and year).
     */
    int nextParagraph(UUID bodyId, int year) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("decision:" + bodyId + ":" + year).query((rs, i) -> null).list();
        return jdbc.sql("select coalesce(max(paragraph), 0) + 1 from decision where body_id = ? and year = ?").params(bodyId, year)
                .query(Integer.class).single();
    }

    UUID insertDecision(UUID itemId, UUID meetingId, UUID bodyId, int year, int paragraph, DecisionOutcome outcome, List<String> clauses,
            String voteMethod, Integer yes, Integer no, Integer abstain, String result, String note, String user) {
        return jdbc.sql("""
                insert into decision (item_id, meeting_id, body_id, year, paragraph, outcome, clauses, vote_method, yes_count, no_count, abstain_count,
                                      vote_result, protocol_note, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(itemId, meetingId, bodyId, year, paragraph, outcome.name(), array(clauses), voteMethod, yes, no, abstain, result, note, user)
                .query(UUID.class).single();
    }

    boolean updateDecision(UUID id, int version, DecisionOutcome outcome, List<String> clauses, String voteMethod, Integer yes, Integer no,
            Integer abstain, String result, String note, String user) {
        return jdbc.sql("""
                update decision set outcome = ?, clauses = ?, vote_method = ?, yes_count = ?, no_count = ?, abstain_count = ?, vote_result = ?,
                       protocol_note = ?, version = version + 1, updated_at = now(), updated_by = ? where id = ? and version = ?""")
                .params(outcome.name(), array(clauses), voteMethod, yes, no, abstain, result, note, user, id, version).update() == 1;
    }

    void replaceVotes(UUID decisionId, Map<UUID, String> votes) {
        jdbc.sql("delete from vote where decision_id = ?").param(decisionId).update();
        votes.forEach((member, choice) -> jdbc.sql("insert into vote (decision_id, member_id, choice) values (?, ?, ?)")
                .params(decisionId, member, choice).update());
    }

    void replaceReservations(UUID decisionId, Map<UUID, String> reasons) {
        jdbc.sql("delete from reservation where decision_id = ?").param(decisionId).update();
        reasons.forEach((member, reason) -> jdbc.sql("insert into reservation (decision_id, member_id, reason) values (?, ?, ?)")
                .params(decisionId, member, reason).update());
    }

    List<ItemDecision> decisions(UUID meetingId) {
        List<ItemDecision> raw = jdbc.sql(DECISION + " where meeting_id = ? order by paragraph").param(meetingId).query(MeetingRepository::mapDecision).list();
        return withVotes(raw);
    }

    Optional<ItemDecision> decision(UUID id) {
        return withVotes(jdbc.sql(DECISION + " where id = ?").param(id).query(MeetingRepository::mapDecision).list()).stream().findFirst();
    }

    Optional<ItemDecision> decisionOfItem(UUID itemId) {
        return withVotes(jdbc.sql(DECISION + " where item_id = ?").param(itemId).query(MeetingRepository::mapDecision).list()).stream().findFirst();
    }

    Change decisionChange(UUID id) {
        return jdbc.sql("select updated_by, updated_at from decision where id = ?").param(id)
                .query((rs, i) -> new Change(rs.getString(1), rs.getTimestamp(2).toInstant())).single();
    }

    private List<ItemDecision> withVotes(List<ItemDecision> raw) {
        if (raw.isEmpty()) {
            return raw;
        }
        UUID[] ids = raw.stream().map(ItemDecision::id).toArray(UUID[]::new);
        Map<UUID, Map<UUID, String>> votes = new HashMap<>();
        jdbc.sql("select decision_id, member_id, choice from vote where decision_id = any (?)").param(ids).query((rs, i) -> {
            votes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>()).put(rs.getObject(2, UUID.class), rs.getString(3));
            return null;
        }).list();
        Map<UUID, List<ItemDecision.Reservation>> reservations = new HashMap<>();
        jdbc.sql("""
                select r.decision_id, r.member_id, m.name, m.party, r.reason from reservation r join body_member m on m.id = r.member_id
                where r.decision_id = any (?) order by m.name""").param(ids).query((rs, i) -> {
            reservations.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new ItemDecision.Reservation(rs.getObject(2, UUID.class), display(rs.getString(3), rs.getString(4)), rs.getString(5)));
            return null;
        }).list();
        return raw.stream().map(d -> new ItemDecision(d.id(), d.itemId(), d.meetingId(), d.paragraph(), d.outcome(), d.clauses(), d.voteMethod(),
                d.yesCount(), d.noCount(), d.abstainCount(), d.voteResult(), d.protocolNote(), votes.getOrDefault(d.id(), Map.of()),
                reservations.getOrDefault(d.id(), List.of()), d.decidedAt(), d.version())).toList();
    }

    // --- signatures, notice board, dispatch, mail ---

    void insertSignature(UUID meetingId, UUID memberId, String role, String user) {
        jdbc.sql("insert into minutes_signature (meeting_id, member_id, role, signed_by) values (?, ?, ?, ?)").params(meetingId, memberId, role, user).update();
    }

    List<Signature> signatures(UUID meetingId) {
        return jdbc.sql("""
                select s.member_id, m.name, m.party, s.role, s.signed_at from minutes_signature s join body_member m on m.id = s.member_id
                where s.meeting_id = ? order by s.signed_at""").param(meetingId)
                .query((rs, i) -> new Signature(rs.getObject(1, UUID.class), display(rs.getString(2), rs.getString(3)), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
    }

    void insertPosting(UUID meetingId, UUID bodyId, String title, LocalDate adjustedOn, LocalDate postedOn, LocalDate removeAfter, LocalDate appealDeadline,
            String keptAt) {
        jdbc.sql("""
                insert into notice_board_posting (meeting_id, body_id, title, adjusted_on, posted_on, remove_after, appeal_deadline, kept_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(meetingId, bodyId, title, Date.valueOf(adjustedOn), Date.valueOf(postedOn), Date.valueOf(removeAfter), Date.valueOf(appealDeadline),
                        keptAt).update();
    }

    private static final String POSTING = """
            select p.id, p.meeting_id, p.body_id, m.meeting_date, p.title, p.adjusted_on, p.posted_on, p.remove_after, p.appeal_deadline, p.kept_at
            from notice_board_posting p join meeting m on m.id = p.meeting_id
            """;

    Optional<NoticeBoard.Notice> posting(UUID meetingId) {
        return jdbc.sql(POSTING + " where p.meeting_id = ?").param(meetingId).query(this::mapNotice).optional();
    }

    List<NoticeBoard.Notice> postings(LocalDate upOn) {
        return jdbc.sql(POSTING + " where p.posted_on <= :d and p.remove_after >= :d").param("d", Date.valueOf(upOn)).query(this::mapNotice).list()
                .stream().sorted(java.util.Comparator.comparing(NoticeBoard.Notice::postedOn).reversed()
                        .thenComparing(NoticeBoard.Notice::bodyName, se.rodtrad.shared.domain.Texts.swedishOrder())).toList();
    }

    List<NoticeBoard.Notice> allPostings() {
        return jdbc.sql(POSTING + " order by p.posted_on desc").query(this::mapNotice).list();
    }

    UUID insertDispatch(UUID decisionId, String recipient, String channel, String address, String user) {
        return jdbc.sql("insert into dispatch (decision_id, recipient, channel, address, sent_by) values (?, ?, ?, ?, ?) returning id")
                .params(decisionId, recipient, channel, address, user).query(UUID.class).single();
    }

    List<Dispatch> dispatches(UUID meetingId) {
        return jdbc.sql("""
                select x.id, x.decision_id, x.recipient, x.channel, x.address, x.sent_at, x.sent_by from dispatch x join decision d on d.id = x.decision_id
                where d.meeting_id = ? order by d.paragraph, x.sent_at""").param(meetingId)
                .query((rs, i) -> new Dispatch(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7))).list();
    }

    void insertMail(UUID meetingId, String kind, UUID memberId, String name, String email, String status, String detail, String user) {
        jdbc.sql("""
                insert into meeting_mail (meeting_id, kind, member_id, recipient_name, recipient_email, status, detail, sent_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""").params(meetingId, kind, memberId, name, email, status, detail, user).update();
    }

    List<MailRecord> mails(UUID meetingId) {
        return jdbc.sql("""
                select kind, recipient_name, recipient_email, status, detail, sent_at, sent_by from meeting_mail where meeting_id = ? order by id desc""")
                .param(meetingId)
                .query((rs, i) -> new MailRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getString(7))).list();
    }

    boolean remindedOn(UUID meetingId, UUID memberId, LocalDate day) {
        return jdbc.sql("""
                select exists (select 1 from meeting_mail where meeting_id = ? and member_id = ? and kind = 'REMINDER' and status = 'SENT'
                               and detail = ?)""")
                .params(meetingId, memberId, reminderDay(day)).query(Boolean.class).single();
    }

    /** What a sent reminder's log row says: the day it reminds for, so each day reminds once. */
    static String reminderDay(LocalDate day) {
        return "Påminnelse " + day;
    }

    /** Meetings whose minutes are not adjusted and whose deadline falls between the two dates. */
    List<Meeting> awaitingAdjustment(LocalDate from, LocalDate to) {
        return jdbc.sql(MEETING + " where m.adjusted_at is null and m.status = 'CLOSED' and m.adjustment_deadline between ? and ? order by m.adjustment_deadline")
                .params(Date.valueOf(from), Date.valueOf(to)).query(this::mapMeeting).list();
    }

    /** The agenda items that concern a case, oldest meeting first: (meeting id, item id). */
    List<UUID[]> itemsOfCase(UUID caseId) {
        return jdbc.sql("select i.meeting_id, i.id from agenda_item i join meeting m on m.id = i.meeting_id where i.case_id = ? order by m.meeting_date, i.position")
                .param(caseId).query((rs, i) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list();
    }

    // --- mapping ---

    static String display(String name, String party) {
        return party == null ? name : name + " (" + party + ")";
    }

    private static String[] array(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private Meeting mapMeeting(ResultSet rs, int row) throws SQLException {
        Unit body = body(rs.getObject("body_id", UUID.class));
        Date deadline = rs.getDate("adjustment_deadline");
        Time starts = rs.getTime("starts_at");
        return new Meeting(rs.getObject("id", UUID.class), rs.getObject("body_id", UUID.class), body.code(), body.name(),
                rs.getDate("meeting_date").toLocalDate(), starts == null ? null : starts.toLocalTime(), rs.getString("place"),
                MeetingStatus.valueOf(rs.getString("status")), deadline == null ? null : deadline.toLocalDate(), rs.getString("secretary"),
                rs.getObject("chair_member_id", UUID.class), instant(rs.getTimestamp("agenda_published_at")), instant(rs.getTimestamp("notice_sent_at")),
                instant(rs.getTimestamp("opened_at")), instant(rs.getTimestamp("closed_at")), instant(rs.getTimestamp("adjusted_at")),
                rs.getString("source"), rs.getBoolean("exempeldata"), rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }

    private static AgendaItem mapItem(ResultSet rs, int row) throws SQLException {
        return new AgendaItem(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class), rs.getInt("position"),
                ItemKind.valueOf(rs.getString("kind")), rs.getBoolean("procedural"), rs.getString("title"), rs.getObject("case_id", UUID.class),
                rs.getString("case_number"), rs.getBoolean("confidential"), rs.getString("presenters"), list(rs.getArray("proposed_clauses")),
                rs.getString("summary"), rs.getString("description"), rs.getString("consequences"), rs.getString("economic_consequences"),
                list(rs.getArray("information_points")), list(rs.getArray("distribution")), List.of(), rs.getString("source"), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    private static ItemDecision mapDecision(ResultSet rs, int row) throws SQLException {
        return new ItemDecision(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getInt("paragraph"), DecisionOutcome.valueOf(rs.getString("outcome")), list(rs.getArray("clauses")), rs.getString("vote_method"),
                (Integer) rs.getObject("yes_count"), (Integer) rs.getObject("no_count"), (Integer) rs.getObject("abstain_count"),
                rs.getString("vote_result"), rs.getString("protocol_note"), Map.of(), List.of(), rs.getTimestamp("decided_at").toInstant(),
                rs.getInt("version"));
    }

    private NoticeBoard.Notice mapNotice(ResultSet rs, int row) throws SQLException {
        Unit body = body(rs.getObject(3, UUID.class));
        return new NoticeBoard.Notice(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), body.code(), body.name(),
                rs.getDate(4).toLocalDate(), rs.getString(5), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate(),
                rs.getDate(9).toLocalDate(), rs.getString(10));
    }

    /** The body as the organisation module names it (its code and name are the organisation's, not this module's). */
    private Unit body(UUID id) {
        Unit unit = organisation.unitsById().get(id);
        return unit != null ? unit : organisation.unit(id);
    }
}
