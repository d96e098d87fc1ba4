package se.rodtrad.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The grant register's statistics changed (a decision was taken, or the body's § decided one): the series as they stand
 * now, each with what it measures and its values per unit (Kolada id, "0018" = Region Örebro län), period ("2019") and
 * sex (T, K for firms run by women, M for firms run by men), so that the follow-up keeps them as measure values with
 * their source and the plans' indicators are assessed from the register. Values are whole series (a count that fell to
 * zero is 0, not missing); the current year's are preliminary.
 */
public record GrantStatisticsChanged(String source, LocalDate published, List<Series> series) {

    public GrantStatisticsChanged {
        series = List.copyOf(series);
    }

    public record Series(String code, String name, String shortName, String unit, String subject, String denominator, String description,
            boolean byGender, List<Value> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    public record Value(String unitCode, String period, String sex, BigDecimal value, Integer count, boolean preliminary) {
    }
}
