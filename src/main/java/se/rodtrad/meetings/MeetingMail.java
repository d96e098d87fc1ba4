package se.rodtrad.meetings;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the meetings' e-mail through the SMTP server the properties configure ({@code spring.mail.host}, port,
 * username, password; sender {@code rodtrad.mail.from}). Without a server nothing is sent and the caller is told so:
 * the notice stays unsent and the meeting page says why, nothing is lost.
 */
@Component
class MeetingMail {

    record Attachment(String fileName, String contentType, byte[] bytes) {
    }

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    MeetingMail(ObjectProvider<JavaMailSender> sender, @Value("${rodtrad.mail.from:rodtrad@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /** Sends one message; the exception's message says what the server answered. */
    void send(String to, String subject, String text, List<Attachment> attachments) throws Exception {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new IllegalStateException("Ingen SMTP-server är konfigurerad (spring.mail.host)");
        }
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(text, false);
        for (Attachment a : attachments) {
            helper.addAttachment(a.fileName(), new ByteArrayResource(a.bytes()), a.contentType());
        }
        mail.send(message);
    }
}
