package se.rodtrad.internalcontrol;

import java.util.ArrayList;
import java.util.List;

/**
 * The risk matrix (heat map): probability 4 → 1 down the rows, consequence 1 → 4 across, each cell with its
 * risk value, level and the assessed risks in it. Unassessed risks are counted apart.
 */
public record RiskMatrix(List<Row> rows, int assessed, int unassessed, int exempeldata) {

    public record Row(int probability, List<Cell> cells) {
    }

    public record Cell(int probability, int consequence, List<RiskView> risks) {
        public int value() {
            return probability * consequence;
        }

        public RiskLevel level() {
            return RiskLevel.of(value());
        }

        public boolean containsExempeldata() {
            return risks.stream().anyMatch(r -> r.assessment().exempeldata());
        }
    }

    public static RiskMatrix of(List<RiskView> risks) {
        List<Row> rows = new ArrayList<>();
        for (int p = 4; p >= 1; p--) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 1; c <= 4; c++) {
                int pp = p;
                int cc = c;
                cells.add(new Cell(p, c, risks.stream()
                        .filter(r -> r.isAssessed() && r.assessment().probability() == pp && r.assessment().consequence() == cc).toList()));
            }
            rows.add(new Row(p, cells));
        }
        int assessed = (int) risks.stream().filter(RiskView::isAssessed).count();
        int exempel = (int) risks.stream().filter(r -> r.isAssessed() && r.assessment().exempeldata()).count();
        return new RiskMatrix(rows, assessed, risks.size() - assessed, exempel);
    }
}
