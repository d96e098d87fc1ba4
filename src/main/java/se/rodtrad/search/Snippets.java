package se.rodtrad.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A snippet as PostgreSQL's {@code ts_headline} gives it, split into text and matching words: the modules mark a match
 * with the control characters U+0002 and U+0003 (which no text holds), meetings with « and ». Never markup: the page
 * shows each part as text, so a text holding {@code <script>} stays those characters.
 */
final class Snippets {

    private Snippets() {
    }

    static List<SearchHit.Part> parts(String snippet) {
        List<SearchHit.Part> parts = new ArrayList<>();
        if (snippet == null || snippet.isBlank()) {
            return parts;
        }
        StringBuilder text = new StringBuilder();
        boolean match = false;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            boolean start = c == '\u0002' || c == '«';
            boolean stop = c == '\u0003' || c == '»';
            if ((start && !match) || (stop && match)) {
                if (!text.isEmpty()) {
                    parts.add(new SearchHit.Part(text.toString(), match));
                    text.setLength(0);
                }
                match = start;
            } else if (!start && !stop) {
                text.append(c);
            }
        }
        if (!text.isEmpty()) {
            parts.add(new SearchHit.Part(text.toString(), match));
        }
        return parts;
    }
}
