package se.rodtrad.meetings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a body may not delegate (KL 2017:725, 6 kap. 38 §): 1. matters of the activity's goals, direction, scope or
 * quality; 2. submissions or opinions to the assembly, and opinions when a decision of the body as a whole or of the
 * assembly has been appealed; 3. the exercise of public authority against individuals in matters of a principled
 * nature or otherwise of greater importance; 4. matters raised by citizens' proposals referred to the body; 5. matters
 * that other statutes say may not be delegated. A point of the order whose matter names one of these is refused; the
 * words recognised are those such matters are written with in a delegation order.
 */
enum DelegationBan {
    GOALS_AND_DIRECTION("1", List.of("verksamhetens mål", "inriktningsbeslut", "inriktning", "verksamhetsplan", "omfattning eller kvalitet", "mål och")),
    SUBMISSIONS_TO_ASSEMBLY("2", List.of("yttrande till fullmäktige", "yttranden till fullmäktige", "framställning till fullmäktige",
            "framställningar till fullmäktige", "överklagat", "överklagats")),
    PRINCIPLED_AUTHORITY("3", List.of("principiell beskaffenhet", "av principiell", "större vikt")),
    CITIZENS_PROPOSALS("4", List.of("medborgarförslag")),
    BY_STATUTE("5", List.of());

    private final String clause;
    private final List<String> words;

    DelegationBan(String clause, List<String> words) {
        this.clause = clause;
        this.words = words;
    }

    String clause() {
        return clause;
    }

    /** The ban a point's matter or heading falls under, if its words name one. */
    static Optional<DelegationBan> of(String... texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String t = text.toLowerCase(Locale.ROOT);
            for (DelegationBan ban : values()) {
                if (ban.words.stream().anyMatch(t::contains)) {
                    return Optional.of(ban);
                }
            }
        }
        return Optional.empty();
    }
}
