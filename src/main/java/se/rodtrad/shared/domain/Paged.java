package se.rodtrad.shared.domain;

/**
 * One page of a list that is never read whole (the public plans, grants and reports of an installation with every
 * municipality's): the page from 0, how many a page holds, and how many there are in all. The portal's "Föregående/Nästa
 * sida" and open data's {@code paging} are read from it.
 */
public interface Paged {

    int page();

    int size();

    long total();

    default int totalPages() {
        return (int) Math.max(1, (total() + size() - 1) / size());
    }

    default boolean hasNext() {
        return (long) (page() + 1) * size() < total();
    }

    default boolean hasPrevious() {
        return page() > 0;
    }
}
