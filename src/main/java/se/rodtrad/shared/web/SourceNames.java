package se.rodtrad.shared.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Where a text comes from, as a reader names it: the document's title instead of the seed file it was transcribed from
 * ("000_fe5ba59298930e97.txt r. 63-1066" → "Regional tillväxtnämnd: Verksamhetsplan med budget 2023"). The seeds have
 * no page breaks, so no page can be derived from their line numbers; the lines stay in the demo files for whoever
 * checks a transcription. Templates call it as {@code @sources.words(x)}; any other source ("Kolada (SCB)") is kept.
 */
@Component("sources")
public class SourceNames {

    /** The seeds of the demo and the documents they hold (DOMAIN.md, "the seeds"). */
    private static final Map<String, String> DOCUMENTS = Map.of(
            "000_fe5ba59298930e97", "Regional tillväxtnämnd: Verksamhetsplan med budget 2023",
            "001_fb44509df49901da", "Regional tillväxtnämnd: kallelse med handlingar till sammanträdet 2020-01-22",
            "002_48e2ab88efdad62c", "Regionstyrelsen: Verksamhetsplan med budget 2024",
            "004_bcf7ac6a155671fc", "Regional tillväxtnämnd: presentation 2025-09-29 inför verksamhetsplan 2026");

    private static final Pattern SEED = Pattern.compile("(\\d{3}_[0-9a-f]{16})\\.txt(?: r\\. [^;]*)?");

    /** The source with every seed file (and its line numbers) replaced by its document's title; each title once. */
    public String words(String source) {
        if (source == null) {
            return null;
        }
        java.util.LinkedHashSet<String> parts = new java.util.LinkedHashSet<>();
        for (String part : source.split(";")) {
            Matcher m = SEED.matcher(part.strip());
            StringBuilder named = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(named, Matcher.quoteReplacement(DOCUMENTS.getOrDefault(m.group(1), "Röd tråds demodokument")));
            }
            m.appendTail(named);
            if (!named.isEmpty()) {
                parts.add(named.toString());
            }
        }
        return String.join("; ", parts);
    }
}
