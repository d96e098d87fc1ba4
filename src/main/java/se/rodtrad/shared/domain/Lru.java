package se.rodtrad.shared.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small map of kept things, the least recently used dropped beyond its capacity; safe between threads. */
public final class Lru {

    private Lru() {
    }

    public static <K, V> Map<K, V> map(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }
}
