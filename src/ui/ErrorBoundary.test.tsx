import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

function Broken(): never {
  throw new Error('drawing failed');
}

describe('ErrorBoundary', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows its children while they render', () => {
    render(
      <ErrorBoundary label="The part" fallback={() => <p>fallback</p>}>
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeInTheDocument();
    expect(screen.queryByText('fallback')).toBeNull();
  });

  it('shows the fallback with the error instead, and says in the console what failed', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <div>
        <p>outside</p>
        <ErrorBoundary label="The part" fallback={(error) => <p role="alert">{error.message}</p>}>
          <Broken />
        </ErrorBoundary>
      </div>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('drawing failed');
    expect(screen.getByText('outside')).toBeInTheDocument();
    expect(log).toHaveBeenCalledWith(
      'The part failed to render',
      expect.any(Error),
      expect.any(String),
    );
  });
});
