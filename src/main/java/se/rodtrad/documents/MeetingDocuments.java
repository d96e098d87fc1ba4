package se.rodtrad.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Service;
import se.rodtrad.meetings.AgendaItem;
import se.rodtrad.meetings.ItemDecision;
import se.rodtrad.meetings.ItemKind;
import se.rodtrad.meetings.Meeting;
import se.rodtrad.meetings.MeetingDetails;
import se.rodtrad.meetings.MeetingPapers;
import se.rodtrad.meetings.Meetings;
import se.rodtrad.meetings.Member;
import se.rodtrad.meetings.Paper;

/**
 * A meeting's documents laid out as the region's own: the notice (kallelse/föredragningslista) as seed 001 prints it —
 * each item numbered with its title, "Diarienummer: … Föredragande: …", "Förslag till beslut", "Regional tillväxtnämnd
 * beslutar", the att-clauses, "Sammanfattning" and "Beslutsunderlag" — and the minutes (protokoll) with attendance,
 * every § with its decision, vote, reservations and jäv, and the signatures of the justering. As PDF and DOCX. The
 * meetings module attaches the notice to the e-mail it sends through {@link MeetingPapers}.
 */
@Service
public class MeetingDocuments implements MeetingPapers {

    private final Meetings meetings;
    private final PdfRenderer pdf;

    MeetingDocuments(Meetings meetings, PdfRenderer pdf) {
        this.meetings = meetings;
        this.pdf = pdf;
    }

    /** A rendered file and the name a download gets. */
    public record File(byte[] bytes, String fileName) {
    }

    @Override
    public byte[] noticePdf(UUID meetingId) {
        return notice(meetingId, true).bytes();
    }

    @Override
    public byte[] minutesPdf(UUID meetingId) {
        return minutes(meetingId, true).bytes();
    }

    public File notice(UUID meetingId, boolean asPdf) {
        MeetingDetails d = meetings.details(meetingId);
        return render(d, "Kallelse", asPdf, true);
    }

    public File minutes(UUID meetingId, boolean asPdf) {
        MeetingDetails d = meetings.details(meetingId);
        return render(d, "Protokoll", asPdf, false);
    }

    /** The public versions: the published agenda without what secrecy covers; the minutes only once adjusted. */
    public File publicNotice(UUID meetingId) {
        MeetingDetails d = meetings.publicDetails(meetingId);
        if (!d.meeting().isAgendaPublished()) {
            throw new se.rodtrad.shared.domain.NotFoundException("publicerad kallelse", meetingId);
        }
        return render(d, "Kallelse", true, true);
    }

    public File publicMinutes(UUID meetingId) {
        MeetingDetails d = meetings.publicDetails(meetingId);
        if (!d.meeting().isAdjusted()) {
            throw new se.rodtrad.shared.domain.NotFoundException("justerat protokoll", meetingId);
        }
        return render(d, "Protokoll", true, false);
    }

    private File render(MeetingDetails d, String kind, boolean asPdf, boolean notice) {
        Meeting m = d.meeting();
        String footer = m.bodyName() + ", " + kind + " " + m.date();
        String name = (m.bodyName() + " - " + kind + " " + m.date()).replaceAll("[\\\\/:*?\"<>|]", "_");
        if (asPdf) {
            Map<String, Object> model = new java.util.HashMap<>(Map.of("d", d, "m", m, "footer", footer));
            if (!notice) {
                Map<UUID, String> outcomes = new java.util.HashMap<>();
                Map<UUID, List<String>> lines = new java.util.HashMap<>();
                for (AgendaItem i : d.items()) {
                    ItemDecision dec = d.decisions().get(i.id());
                    if (dec != null) {
                        outcomes.put(i.id(), outcomeWords(dec));
                        lines.put(i.id(), decisionLines(d, i, dec));
                    }
                }
                model.put("attendance", attendanceLines(d));
                model.put("outcomes", outcomes);
                model.put("lines", lines);
                model.put("signatures", signatureLines(d));
            }
            return new File(pdf.pdf(notice ? "documents/notice-pdf" : "documents/minutes-pdf", model), name + ".pdf");
        }
        return new File(notice ? noticeDocx(d, footer) : minutesDocx(d, footer), name + ".docx");
    }

    private static byte[] noticeDocx(MeetingDetails d, String footer) {
        Meeting m = d.meeting();
        return docx(footer, m.bodyName(), docx -> {
            DocxRenderer.paragraph(docx, m.bodyName(), true, 14, "A4161A");
            DocxRenderer.heading(docx, "Kallelse och föredragningslista", 1);
            DocxRenderer.paragraph(docx, "Sammanträde " + m.date() + (m.startsAt() == null ? "" : " kl. " + m.startsAt())
                    + (m.place() == null ? "" : ", " + m.place()), false, 11, null);
            for (AgendaItem i : d.items()) {
                DocxRenderer.heading(docx, i.number() + ". " + i.title(), 2);
                String meta = (i.caseNumber() == null ? "" : "Diarienummer: " + i.caseNumber() + " ") + "Föredragande: " + (i.presenters() == null ? "" : i.presenters());
                DocxRenderer.paragraph(docx, meta.strip(), false, 10, null);
                i.informationPoints().forEach(p -> DocxRenderer.paragraph(docx, "-  " + p, false, 10, null));
                proposal(docx, m, i);
                if (i.procedural() && m.adjustmentDeadline() != null) {
                    DocxRenderer.paragraph(docx, "Protokollet ska vara justerat senast den " + m.adjustmentDeadlineInWords() + ".", false, 10, null);
                }
                section(docx, "Sammanfattning", i.summary());
                papers(docx, i.papers());
            }
        });
    }

    private static byte[] minutesDocx(MeetingDetails d, String footer) {
        Meeting m = d.meeting();
        return docx(footer, m.bodyName(), docx -> {
            DocxRenderer.paragraph(docx, m.bodyName(), true, 14, "A4161A");
            DocxRenderer.heading(docx, "Protokoll", 1);
            DocxRenderer.paragraph(docx, "Sammanträde " + m.date() + (m.place() == null ? "" : ", " + m.place()), false, 11, null);
            if (!m.isAdjusted()) {
                DocxRenderer.paragraph(docx, "Ej justerat", true, 11, "A4161A");
            }
            DocxRenderer.heading(docx, "Närvarande", 2);
            for (String line : attendanceLines(d)) {
                DocxRenderer.paragraph(docx, line, false, 10, null);
            }
            for (AgendaItem i : d.items()) {
                ItemDecision dec = d.decisions().get(i.id());
                DocxRenderer.heading(docx, (dec == null ? "" : dec.paragraphLabel() + " ") + i.title(), 2);
                if (i.caseNumber() != null) {
                    DocxRenderer.paragraph(docx, "Diarienummer: " + i.caseNumber(), false, 10, null);
                }
                if (dec == null) {
                    DocxRenderer.paragraph(docx, "Ej behandlat.", false, 10, null);
                    continue;
                }
                DocxRenderer.paragraph(docx, outcomeWords(dec), true, 10, null);
                if (!dec.clauses().isEmpty()) {
                    DocxRenderer.paragraph(docx, m.bodyName() + " beslutar", false, 10, null);
                    dec.clauses().forEach(c -> DocxRenderer.paragraph(docx, "att " + c, false, 10, null));
                }
                for (String line : decisionLines(d, i, dec)) {
                    DocxRenderer.paragraph(docx, line, false, 10, null);
                }
            }
            DocxRenderer.heading(docx, "Justering", 2);
            for (String line : signatureLines(d)) {
                DocxRenderer.paragraph(docx, line, false, 10, null);
            }
        });
    }

    private static void proposal(XWPFDocument docx, Meeting m, AgendaItem i) {
        if (i.proposedClauses().isEmpty()) {
            return;
        }
        DocxRenderer.paragraph(docx, "Förslag till beslut", true, 11, null);
        DocxRenderer.paragraph(docx, m.bodyName() + " beslutar", false, 10, null);
        for (String c : i.proposedClauses()) {
            for (String line : ("att   " + c).split("\n")) {
                DocxRenderer.paragraph(docx, line, false, 10, null);
            }
        }
    }

    private static void section(XWPFDocument docx, String heading, String text) {
        if (text == null) {
            return;
        }
        DocxRenderer.paragraph(docx, heading, true, 11, null);
        for (String p : text.split("\n\n")) {
            DocxRenderer.paragraph(docx, p, false, 10, null);
        }
    }

    private static void papers(XWPFDocument docx, List<Paper> papers) {
        if (papers.isEmpty()) {
            return;
        }
        DocxRenderer.paragraph(docx, "Beslutsunderlag", true, 11, null);
        papers.forEach(p -> DocxRenderer.paragraph(docx, "•  " + p.title(), false, 10, null));
    }

    /** "Ledamöter: …", "Tjänstgörande ersättare: … för …", "Ersättare: …" as the minutes list them. */
    static List<String> attendanceLines(MeetingDetails d) {
        List<String> lines = new ArrayList<>();
        if (!d.attendanceTaken()) {
            lines.add("Närvaron är inte registrerad.");
            return lines;
        }
        List<String> members = new ArrayList<>();
        List<String> serving = new ArrayList<>();
        List<String> substitutes = new ArrayList<>();
        for (Member mm : d.members()) {
            if (!d.present(mm.id())) {
                continue;
            }
            var a = d.attendance().get(mm.id());
            if (mm.isMember()) {
                members.add(mm.displayName() + (mm.isChair() ? ", ordförande" : ""));
            } else if (a.servingFor() != null) {
                serving.add(mm.displayName() + " för " + d.member(a.servingFor()).displayName());
            } else {
                substitutes.add(mm.displayName());
            }
        }
        lines.add("Ledamöter: " + String.join("; ", members));
        if (!serving.isEmpty()) {
            lines.add("Tjänstgörande ersättare: " + String.join("; ", serving));
        }
        if (!substitutes.isEmpty()) {
            lines.add("Ersättare: " + String.join("; ", substitutes));
        }
        return lines;
    }

    static String outcomeWords(ItemDecision d) {
        return switch (d.outcome()) {
            case AS_PROPOSED -> "Beslut enligt förslag";
            case AMENDED -> "Beslut med ändring";
            case RETURNED -> "Ärendet återremitteras";
            case POSTPONED -> "Ärendet bordläggs";
        };
    }

    /** The vote, reservations, jäv and protocol note of a §. */
    static List<String> decisionLines(MeetingDetails d, AgendaItem i, ItemDecision dec) {
        List<String> lines = new ArrayList<>();
        if (dec.rollCall()) {
            String result = switch (dec.voteResult()) {
                case "YES" -> "ja har vunnit";
                case "NO" -> "nej har vunnit";
                case "TIE_CHAIR_YES" -> "lika röstetal; ordförandens utslagsröst avgör för ja";
                default -> "lika röstetal; ordförandens utslagsröst avgör för nej";
            };
            lines.add("Omröstning med namnupprop: " + dec.yesCount() + " ja, " + dec.noCount() + " nej, " + dec.abstainCount() + " avstår – " + result + ".");
            List<String> each = new ArrayList<>();
            dec.votes().forEach((member, choice) -> each.add(d.member(member).displayName() + " " + switch (choice) {
                case "YES" -> "ja";
                case "NO" -> "nej";
                default -> "avstår";
            }));
            each.sort(String::compareTo);
            lines.add("Röster: " + String.join("; ", each) + ".");
        } else if (i.kind() == ItemKind.DECISION) {
            lines.add("Beslutet fattades med acklamation.");
        }
        dec.reservations().forEach(r -> lines.add("Reservation: " + r.memberName() + " reserverar sig mot beslutet: " + r.reason()));
        d.recusals().stream().filter(r -> r.itemId().equals(i.id()))
                .forEach(r -> lines.add("Jäv: " + r.memberName() + " deltar inte i handläggningen av ärendet (" + r.reason() + ")."));
        if (dec.protocolNote() != null) {
            lines.add("Protokollsanteckning: " + dec.protocolNote());
        }
        return lines;
    }

    static List<String> signatureLines(MeetingDetails d) {
        List<String> lines = new ArrayList<>();
        for (Member s : d.requiredSigners()) {
            String role = d.chair() != null && d.chair().id().equals(s.id()) ? "Ordförande" : "Justerare";
            var sig = d.signatures().stream().filter(x -> x.memberId().equals(s.id())).findFirst();
            lines.add(role + ": " + s.displayName() + " – " + sig.map(x -> "justerat " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(java.time.ZoneId.of("Europe/Stockholm")).format(x.signedAt())).orElse("ej justerat"));
        }
        if (d.notice() != null) {
            lines.add("Justeringen tillkännagavs på anslagstavlan " + d.notice().postedOn() + ". Sista dag att överklaga: " + d.notice().appealDeadline()
                    + ". Protokollet förvaras: " + d.notice().keptAt() + ".");
        }
        return lines;
    }

    private interface Body {
        void write(XWPFDocument docx);
    }

    private static byte[] docx(String footer, String creator, Body body) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxRenderer.headingStyles(docx);
            docx.getProperties().getCoreProperties().setTitle(footer);
            docx.getProperties().getCoreProperties().setCreator(creator);
            DocxRenderer.footer(docx, footer);
            body.write(docx);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
