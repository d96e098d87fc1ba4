package se.rodtrad.planning;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The Kolada KPI catalog (demo/planning/kolada/kolada-kpi-catalog.csv, 6 099 KPIs), searchable by id and title, so
 * an indicator can be linked to the key figure that measures it. Read once, on first use.
 */
@Service
public class KoladaCatalog {

    static final String FILE = "demo/planning/kolada/kolada-kpi-catalog.csv";

    private volatile Map<String, KoladaKpi> byId;

    public Optional<KoladaKpi> kpi(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(all().get(id.strip().toUpperCase(Locale.ROOT)));
    }

    public int size() {
        return all().size();
    }

    /**
     * KPIs whose id starts with the query or whose title contains every word of it (case-insensitive); exact id
     * first, then region-level KPIs, then by id.
     */
    public List<KoladaKpi> search(String query, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        String[] words = q.split("\\s+");
        List<KoladaKpi> hits = new ArrayList<>();
        for (KoladaKpi k : all().values()) {
            String id = k.id().toLowerCase(Locale.ROOT);
            String title = k.title().toLowerCase(Locale.ROOT);
            boolean match = id.startsWith(q);
            if (!match) {
                match = true;
                for (String w : words) {
                    if (!title.contains(w)) {
                        match = false;
                        break;
                    }
                }
            }
            if (match) {
                hits.add(k);
            }
        }
        hits.sort((a, b) -> {
            boolean ea = a.id().equalsIgnoreCase(q), eb = b.id().equalsIgnoreCase(q);
            if (ea != eb) {
                return ea ? -1 : 1;
            }
            if (a.forRegions() != b.forRegions()) {
                return a.forRegions() ? -1 : 1;
            }
            return a.id().compareTo(b.id());
        });
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    private Map<String, KoladaKpi> all() {
        Map<String, KoladaKpi> m = byId;
        if (m == null) {
            synchronized (this) {
                if (byId == null) {
                    byId = load();
                }
                m = byId;
            }
        }
        return m;
    }

    private static Map<String, KoladaKpi> load() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            List<List<String>> rows = parseCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<String> header = rows.get(0);
            int id = header.indexOf("id"), title = header.indexOf("title"), description = header.indexOf("description"),
                    gender = header.indexOf("is_divided_by_gender"), type = header.indexOf("municipality_type"),
                    area = header.indexOf("operating_area"), published = header.indexOf("publication_date");
            Map<String, KoladaKpi> result = new LinkedHashMap<>();
            for (List<String> r : rows.subList(1, rows.size())) {
                if (r.size() < header.size()) {
                    continue;
                }
                result.put(r.get(id), new KoladaKpi(r.get(id), r.get(title), r.get(description), "1".equals(r.get(gender)),
                        r.get(type), r.get(area), r.get(published)));
            }
            return Collections.unmodifiableMap(result);
        } catch (IOException e) {
            throw new IllegalStateException("Kan inte läsa " + FILE, e);
        }
    }

    /** RFC 4180: fields in double quotes may hold commas, newlines and doubled quotes. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
