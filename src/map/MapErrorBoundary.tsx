import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Keeps a failure of the map (its chunk not loading offline, a drawing error) inside the map
 * panel: the timeline, the list and the detail stay usable.
 */
export class MapErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('The map failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <section className="panel map-panel" aria-label="Map">
        <h2 className="panel__title">Map</h2>
        <p className="notice notice--error">
          The map could not be shown ({this.state.error.message}). Everything else works without it.
        </p>
      </section>
    );
  }
}
