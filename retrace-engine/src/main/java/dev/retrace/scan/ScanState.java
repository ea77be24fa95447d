package dev.retrace.scan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * scan-state.json: how far a scan got, written atomically after each batch's results are on disk. A resumed
 * scan truncates pairs.jsonl and checked.tsv to the recorded lengths (dropping lines of an unfinished batch)
 * and continues with the next article. A scan of another index version starts over.
 */
@JsonPropertyOrder({"format", "index", "index_version", "exact_done", "done", "pairs_bytes", "checked_bytes"})
record ScanState(int format, String index, long indexVersion, boolean exactDone, int done, long pairsBytes,
    long checkedBytes) {
  static final int FORMAT = 1;
}
