package se.rodtrad.meetings;

import java.util.List;

/**
 * A point of the delegation order as typed: number, heading, matter and (optionally) the decision types it is limited
 * to, the delegate's title and other titles it is printed under, who holds it, the limit per decision in kronor (as
 * typed: "1 000 000"), the limits in words, and the first day it is in force ("2020-01-01").
 */
public record DelegationPointCommand(String point, String title, String matter, List<String> decisionTypes, String delegateTitle,
        List<String> titleAliases, List<String> holders, String maxAmountKr, String limits, String validFrom) {
}
