import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props of the error boundary. */
export interface ErrorBoundaryProps {
  /** What shows instead of the children once one of them has thrown while rendering. */
  fallback: (error: Error) => ReactNode;
  /** What failed, in a few words, for the console message (e.g. "Chronicle", "The map"). */
  label: string;
  /** What is guarded. */
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Keeps a crash in rendering inside the part it guards: the page shows a message and a way back
 * instead of a blank page; the map shows a notice and the rest of the page stays usable.
 * (Written here rather than taken from react-error-boundary: this is all Chronicle needs, and it
 * is under half that package's 0.6 kB gzip.)
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.label} failed to render`, error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error === null ? this.props.children : this.props.fallback(this.state.error);
  }
}
