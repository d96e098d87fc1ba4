package se.rodtrad.grants;

import java.time.LocalDate;

/** A regulation a support type rests on ("Förordning (2015:210) …"), with the days it is in force and what replaces it. */
public record Regulation(String code, String title, LocalDate validFrom, LocalDate validTo, String replacedBy, String source) {

    public boolean inForceOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
