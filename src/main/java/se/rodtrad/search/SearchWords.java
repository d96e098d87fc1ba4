package se.rodtrad.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.rodtrad.documents.PlanTexts;
import se.rodtrad.grants.GrantSearch;
import se.rodtrad.planning.PlanTextSearch;
import se.rodtrad.shared.db.ChangeCounters;

/**
 * The word list a spelling is suggested from: the words of the plans' items, the plan documents' prose and the grants'
 * projects, as each module gives them, the public's apart. Written after start and again, in the background, when a
 * search finds nothing and the texts have changed since (the modules' change counters), so a request never waits for it.
 * The stamp the list was written from is kept with it, so a restart with the texts unchanged reads none of them.
 */
@Component
class SearchWords {

    private static final Logger log = LoggerFactory.getLogger(SearchWords.class);
    private static final int WORDS_PER_SOURCE = 50_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ChangeCounters counters;
    private final PlanTextSearch planItems;
    private final PlanTexts planTexts;
    private final GrantSearch grants;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile String stamp;

    SearchWords(JdbcClient jdbc, TransactionTemplate tx, ChangeCounters counters, PlanTextSearch planItems, PlanTexts planTexts, GrantSearch grants) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.counters = counters;
        this.planItems = planItems;
        this.planTexts = planTexts;
        this.grants = grants;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        refreshInBackground();
    }

    /** Starts writing the list anew unless a refresh is running or the texts are as they were at the last one. */
    void refreshInBackground() {
        if (refreshing.compareAndSet(false, true)) {
            Thread worker = new Thread(() -> {
                try {
                    refresh();
                } catch (RuntimeException e) {
                    log.warn("Sökordlistan kunde inte skrivas: {}", e.getMessage());
                } finally {
                    refreshing.set(false);
                }
            }, "search-words");
            worker.setDaemon(true);
            worker.start();
        }
    }

    /** Whether a refresh is running now. */
    boolean refreshing() {
        return refreshing.get();
    }

    private String textsStamp() {
        return counters.stamp("planning", "documents", "grants");
    }

    void refresh() {
        String now = textsStamp();
        if (now.equals(stamp)) {
            return;
        }
        // the list as written before a restart is current while the texts are as they were then
        String stored = jdbc.sql("select stamp from search_word_stamp").query(String.class).optional().orElse(null);
        if (now.equals(stored)) {
            stamp = now;
            return;
        }
        for (boolean publicOnly : new boolean[] {true, false}) {
            Set<String> words = new LinkedHashSet<>();
            words.addAll(planItems.words(publicOnly, WORDS_PER_SOURCE));
            words.addAll(planTexts.words(publicOnly, WORDS_PER_SOURCE));
            words.addAll(grants.words(publicOnly, WORDS_PER_SOURCE));
            tx.executeWithoutResult(s -> {
                jdbc.sql("delete from search_word where public = ?").param(publicOnly).update();
                jdbc.sql("insert into search_word (public, word) select ?, unnest(?) on conflict do nothing")
                        .params(publicOnly, words.toArray(String[]::new)).update();
            });
        }
        jdbc.sql("insert into search_word_stamp (stamp) values (?) on conflict (id) do update set stamp = excluded.stamp").param(now).update();
        stamp = now;
    }

    /**
     * The query with each word the list does not hold replaced by the most similar word it holds (trigram similarity
     * above pg_trgm's threshold 0.3), or null when no word could be replaced.
     */
    String suggest(String query, boolean publicOnly) {
        if (!textsStamp().equals(stamp)) {
            refreshInBackground();
        }
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (String token : query.toLowerCase(Locale.ROOT).split("\\s+")) {
            String word = token.replaceAll("[^\\p{L}]", "");
            if (word.length() < 4 || word.length() > 40) {
                out.add(token);
                continue;
            }
            boolean known = jdbc.sql("select exists (select 1 from search_word where public = ? and word = ?)")
                    .params(publicOnly, word).query(Boolean.class).single();
            String nearest = known ? null : jdbc.sql("""
                    select word from search_word where public = ? and word % ? order by similarity(word, ?) desc, word limit 1""")
                    .params(publicOnly, word, word).query(String.class).optional().orElse(null);
            if (nearest != null) {
                out.add(nearest);
                changed = true;
            } else {
                out.add(token);
            }
        }
        return changed ? String.join(" ", out) : null;
    }
}
