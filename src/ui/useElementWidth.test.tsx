import { render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { useMeasuredWidth } from './useElementWidth';

/** Records what each render saw, and draws its last answer. */
function Probe({ seen, clientWidth }: { seen: string[]; clientWidth: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const { width, measured } = useMeasuredWidth(ref, 480);
  seen.push(`${width} ${measured ? 'measured' : 'not yet'}`);
  return (
    <div
      ref={(element) => {
        ref.current = element;
        if (element) Object.defineProperty(element, 'clientWidth', { value: clientWidth });
      }}
    >
      {width} {measured ? 'measured' : 'not yet'}
    </div>
  );
}

describe('useMeasuredWidth', () => {
  it('renders first at the fallback, unmeasured, then at the element’s width before anything else', () => {
    const seen: string[] = [];
    render(<Probe seen={seen} clientWidth={612} />);
    expect(seen[0]).toBe('480 not yet');
    expect(seen.at(-1)).toBe('612 measured');
    expect(screen.getByText('612 measured')).toBeTruthy();
  });

  it('is measured even when the element has no width yet, at the fallback', () => {
    const seen: string[] = [];
    render(<Probe seen={seen} clientWidth={0} />);
    expect(seen[0]).toBe('480 not yet');
    expect(seen.at(-1)).toBe('480 measured');
  });
});
