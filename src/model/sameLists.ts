/**
 * One array for each distinct list of ids. The index keeps a list per event of its actors, places,
 * categories and sources; most events share theirs with many others (the same two actors, the
 * same sources), and each list of its own cost ~30 bytes: at 500,000 ACLED rows, two lists per
 * event were 30 MB of the heap (heap snapshot at 100,000 rows, 3 December 2026).
 */

/** A node of the trie of lists seen: the list that ends here, and the lists that go on. */
interface ListNode<T> {
  list: readonly T[] | null;
  next: Map<T, ListNode<T>> | null;
}

/**
 * A function that gives, for a list, the first equal list (same items, same order) it was given:
 * the list itself when it is new. The lists are looked up item by item in a trie, so nothing is
 * joined into a key and any value may be an item.
 */
export function sameLists<T>(): (list: readonly T[]) => readonly T[] {
  const root: ListNode<T> = { list: null, next: null };
  return (list) => {
    let node = root;
    for (const item of list) {
      node.next ??= new Map();
      let child = node.next.get(item);
      if (child === undefined) {
        child = { list: null, next: null };
        node.next.set(item, child);
      }
      node = child;
    }
    node.list ??= list;
    return node.list;
  };
}
