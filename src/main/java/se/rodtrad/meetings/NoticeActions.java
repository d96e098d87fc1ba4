package se.rodtrad.meetings;

/**
 * What the secretary may do with a meeting's notice (kallelse): send it to the members by e-mail ({@code mayMail})
 * when the product has a mail server configured; otherwise the meeting's page says that e-mail is not configured.
 */
public record NoticeActions(boolean mayMail) {
}
