/**
 * The user-timing mark the search box sets each time it commits a query, by Enter or by a pause in
 * typing: the benchmark times a search from it to the updated page (bench/measure/updateProbe.ts).
 */
export const SEARCH_COMMITTED_MARK = 'chronicle:search-committed';
