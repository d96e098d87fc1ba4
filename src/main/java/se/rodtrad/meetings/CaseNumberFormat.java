package se.rodtrad.meetings;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an organisation writes its case numbers, as configuration of a series: {@code {yy}} the two-digit year,
 * {@code {yyyy}} the year, {@code {series}} the series code, {@code {n}} the number ({@code {n:5}} zero-padded to five
 * digits). Region Örebro län writes {@code {yy}{series}{n}}: 2019, RS, 10041 → "19RS10041"; another organisation
 * may write {@code {series} {yyyy}/{n}} → "KS 2024/117".
 */
record CaseNumberFormat(String pattern) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(yyyy|yy|series|n(?::(\\d))?)}");

    CaseNumberFormat {
        if (pattern == null || !pattern.contains("{n")) {
            throw new IllegalArgumentException("Ett diarienummerformat måste innehålla {n}: " + pattern);
        }
    }

    String format(String series, int year, int number) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String value = switch (token) {
                case "yyyy" -> String.format("%04d", year);
                case "yy" -> String.format("%02d", year % 100);
                case "series" -> series;
                default -> m.group(2) == null ? String.valueOf(number) : String.format("%0" + m.group(2) + "d", number);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The year and number of a case number written in this format for this series, or empty if it is not. */
    Optional<int[]> parse(String series, String caseNumber, int century) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        String[] order = new String[3];
        int groups = 0;
        while (m.find()) {
            regex.append(Pattern.quote(pattern.substring(last, m.start())));
            String token = m.group(1);
            switch (token) {
                case "yyyy" -> { regex.append("(\\d{4})"); order[groups++] = "yyyy"; }
                case "yy" -> { regex.append("(\\d{2})"); order[groups++] = "yy"; }
                case "series" -> regex.append(Pattern.quote(series));
                default -> { regex.append("(\\d+)"); order[groups++] = "n"; }
            }
            last = m.end();
        }
        regex.append(Pattern.quote(pattern.substring(last)));
        Matcher c = Pattern.compile(regex.toString()).matcher(caseNumber.strip());
        if (!c.matches()) {
            return Optional.empty();
        }
        int year = -1;
        int number = -1;
        for (int i = 0; i < groups; i++) {
            int v = Integer.parseInt(c.group(i + 1));
            switch (order[i]) {
                case "yyyy" -> year = v;
                case "yy" -> year = century + v;
                default -> number = v;
            }
        }
        return year < 0 || number <= 0 ? Optional.empty() : Optional.of(new int[] {year, number});
    }
}
