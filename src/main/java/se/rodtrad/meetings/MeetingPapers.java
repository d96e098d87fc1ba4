package se.rodtrad.meetings;

import java.util.UUID;

/**
 * The meeting's documents as files, rendered by the module that lays documents out (documents implements this; the
 * meetings module attaches them to the notice it e-mails without depending on how they are drawn).
 */
public interface MeetingPapers {

    /** The notice (kallelse/föredragningslista) as PDF, laid out like the region's own. */
    byte[] noticePdf(UUID meetingId);

    /** The minutes (protokoll) as PDF. */
    byte[] minutesPdf(UUID meetingId);
}
