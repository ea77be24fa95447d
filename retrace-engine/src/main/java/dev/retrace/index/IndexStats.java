package dev.retrace.index;

/**
 * Counts for {@code retrace index stats}.
 *
 * @param articles   live articles (every id)
 * @param contents   distinct contents (articles minus exact duplicates)
 * @param duplicates articles whose content an earlier article already had
 * @param bytesOnDisk size of the index folder
 * @param segments   Lucene segments in the last commit
 */
public record IndexStats(int articles, int contents, int duplicates, long bytesOnDisk, int segments) {}
