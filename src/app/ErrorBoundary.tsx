import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Last line of defence: a crash in rendering shows a message and a way back, never a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Chronicle failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <main className="page-message" id="main">
        <h1>Something went wrong while showing this timeline</h1>
        <p className="notice notice--error">{this.state.error.message}</p>
        <p>
          <a href="./">Open the timeline from the start</a>
        </p>
      </main>
    );
  }
}
