package se.rodtrad.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The body's notice board (anslagstavla), public: the notices that minutes are adjusted, each with the day it went up,
 * the day it may come down and the last day to appeal (KL 8 kap. 12 §, 13 kap. 5 §; see {@link NoticeBoardDates}).
 */
@Service
@Transactional(readOnly = true)
public class NoticeBoard {

    private final MeetingRepository repository;
    private final Clock clock;

    NoticeBoard(MeetingRepository repository, Optional<Clock> clock) {
        this.repository = repository;
        this.clock = clock.orElse(Clock.system(java.time.ZoneId.of("Europe/Stockholm")));
    }

    /** A notice on the board; {@code keptAt} is where the minutes are kept, as KL 8 kap. 12 § requires the notice to say. */
    public record Notice(UUID id, UUID meetingId, String bodyCode, String bodyName, LocalDate meetingDate, String title, LocalDate adjustedOn,
            LocalDate postedOn, LocalDate removeAfter, LocalDate appealDeadline, String keptAt) {

        public boolean appealOpen(LocalDate today) {
            return !today.isAfter(appealDeadline);
        }
    }

    /** What is up today. */
    public List<Notice> current() {
        return repository.postings(LocalDate.now(clock));
    }

    /** Everything ever posted, newest first (the board's archive). */
    public List<Notice> all() {
        return repository.allPostings();
    }

    public Optional<Notice> forMeeting(UUID meetingId) {
        return repository.posting(meetingId);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
