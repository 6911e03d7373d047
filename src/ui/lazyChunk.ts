import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A component in a chunk of its own, and a way to start fetching it before it is shown. */
export interface LazyChunk<Props> {
  /** The component, for `<Suspense>`: it renders once the chunk is here. */
  Chunk: LazyExoticComponent<ComponentType<Props>>;
  /**
   * Starts fetching the chunk (while a dataset loads, say); nothing waits for it. A failed fetch
   * is forgotten, so that the next try fetches again; the error boundary around the component
   * reports it when it is shown.
   */
  preload: () => void;
}

/** `load` (an `import()` of the component) as a `LazyChunk`, fetched once however often asked. */
export function lazyChunk<Props>(load: () => Promise<ComponentType<Props>>): LazyChunk<Props> {
  let loading: Promise<{ default: ComponentType<Props> }> | null = null;
  const fetchChunk = () => (loading ??= load().then((component) => ({ default: component })));
  return {
    Chunk: lazy(fetchChunk),
    preload: () => {
      fetchChunk().catch(() => {
        loading = null;
      });
    },
  };
}
