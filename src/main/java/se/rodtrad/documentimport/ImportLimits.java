package se.rodtrad.documentimport;

/**
 * How much of a document the importer reads. A plan of a region is 20–140 pages and a few hundred kB of text; the
 * limits are far above that and far below what would let one upload hold the machine: the bytes (the product's
 * upload limit), the pages read (a longer document is read up to the limit and the proposal says so), the text's
 * characters, the depth of the structure proposed, and the time parsing may take. A DOCX is a zip: an entry that
 * inflates more than {@link #MAX_INFLATE_RATIO} times its compressed size, or beyond {@link #MAX_ENTRY_BYTES}, is a
 * zip bomb and refused.
 */
public record ImportLimits(long maxBytes, int maxPages, int maxChars, int maxDepth, long maxMillis) {

    static final double MAX_INFLATE_RATIO = 100;
    static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;

    public static ImportLimits standard() {
        return new ImportLimits(20L * 1024 * 1024, 150, 3_000_000, 8, 20_000);
    }
}
