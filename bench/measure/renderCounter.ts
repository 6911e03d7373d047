/**
 * Page side: which React components render during one update, found the way React DevTools finds
 * them. Installed before the app loads (`page.addInitScript`) as the DevTools global hook, which
 * React calls on every commit with the committed tree. Recording starts when the page's
 * `__benchRenders` is set to an empty record, and stops when it is read.
 *
 * A component counts as rendered in a commit when it is new (mounted) or its props, state or
 * ref differ from its previous version; a subtree whose first child is the same fiber as before
 * was not visited by React and is skipped (as DevTools does). For each render the props that
 * changed identity are noted: a component that rendered with none changed did work for nothing,
 * and a prop that changes on every render (a new function, a new object) is why a `memo` fails.
 *
 * Names come from the functions, so read an unminified build (bench:profile builds one).
 * Passed to `addInitScript`, so it stands alone (no imports at run time).
 */

/** Per component name: its renders, mounts, renders with no prop changed, and changed props. */
export interface RenderRecord {
  [component: string]: {
    renders: number;
    mounts: number;
    unchanged: number;
    changed: Record<string, number>;
  };
}

interface Fiber {
  type: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
  memoizedProps: unknown;
  memoizedState: unknown;
  ref: unknown;
}

interface RendersWindow {
  __benchRenders?: RenderRecord | null;
  __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown;
}

/** Installs the hook. */
export function installRenderCounter(): void {
  const w = window as unknown as RendersWindow;
  const nameOf = (type: unknown): string | null => {
    if (typeof type === 'function') {
      const fn = type as { displayName?: string; name?: string };
      return fn.displayName ?? (fn.name || null);
    }
    if (type !== null && typeof type === 'object') {
      // memo() and forwardRef() wrap the function.
      const wrapper = type as { type?: unknown; render?: unknown; displayName?: string };
      return wrapper.displayName ?? nameOf(wrapper.type ?? wrapper.render);
    }
    return null;
  };
  const entryOf = (record: RenderRecord, name: string) =>
    (record[name] ??= { renders: 0, mounts: 0, unchanged: 0, changed: {} });
  const countMount = (record: RenderRecord, root: Fiber) => {
    const stack: Fiber[] = [root];
    while (stack.length > 0) {
      const fiber = stack.pop();
      if (!fiber) continue;
      const name = nameOf(fiber.type);
      if (name) {
        const entry = entryOf(record, name);
        entry.renders += 1;
        entry.mounts += 1;
      }
      if (fiber.sibling && fiber !== root) stack.push(fiber.sibling);
      if (fiber.child) stack.push(fiber.child);
    }
  };
  const visit = (record: RenderRecord, next: Fiber) => {
    const prev = next.alternate;
    if (!prev) {
      countMount(record, next);
      return;
    }
    const name = nameOf(next.type);
    const rendered =
      next.memoizedProps !== prev.memoizedProps ||
      next.memoizedState !== prev.memoizedState ||
      next.ref !== prev.ref;
    if (name && rendered) {
      const entry = entryOf(record, name);
      entry.renders += 1;
      const before = (prev.memoizedProps ?? {}) as Record<string, unknown>;
      const after = (next.memoizedProps ?? {}) as Record<string, unknown>;
      const changed = Object.keys(after).filter((key) => before[key] !== after[key]);
      if (changed.length === 0) entry.unchanged += 1;
      for (const key of changed) entry.changed[key] = (entry.changed[key] ?? 0) + 1;
    }
    if (next.child === prev.child) return;
    for (let child = next.child; child; child = child.sibling) visit(record, child);
  };
  let ids = 0;
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => (ids += 1),
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      const record = w.__benchRenders;
      if (record) visit(record, root.current);
    },
  };
}

/** The record as lines, most renders first: renders, mounts, renders with nothing changed, why. */
export function formatRenders(record: RenderRecord, count: number): string {
  return Object.entries(record)
    .sort(([, a], [, b]) => b.renders - a.renders)
    .slice(0, count)
    .map(([name, entry]) => {
      const why = Object.entries(entry.changed)
        .sort(([, a], [, b]) => b - a)
        .slice(0, 4)
        .map(([prop, n]) => `${prop} ${n}`)
        .join(', ');
      const counts = `${String(entry.renders).padStart(6)} (${entry.mounts} new, ${entry.unchanged} same props)`;
      return `  ${counts.padEnd(30)} ${name.padEnd(24)} ${why}`;
    })
    .join('\n');
}
