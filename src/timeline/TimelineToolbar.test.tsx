import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../i18n/i18n';
import { TimelineToolbar } from './TimelineToolbar';
import { unstatedWithin } from './markGeometry';

const WINDOW = { start: 0, end: 1 };

function renderToolbar(inView: number, total: number) {
  render(
    <TimelineToolbar
      window={WINDOW}
      fitAll={WINDOW}
      anchor={undefined}
      isDefaultWindow
      rangeLabel="2–7 January 2022"
      inView={inView}
      total={total}
      lanes="none"
      onLanesChange={() => {}}
      onWindowChange={() => {}}
    />,
  );
  return screen.getByRole('status');
}

describe('TimelineToolbar', () => {
  afterEach(() => loadLanguage('en'));

  it('counts the events in view with the plural English needs', () => {
    expect(renderToolbar(1, 1)).toHaveTextContent('· 1 of 1 event in view');
  });

  it('writes large counts with the English thousands separator', () => {
    expect(renderToolbar(1234, 20000)).toHaveTextContent('· 1,234 of 20,000 events in view');
  });

  it('speaks Norwegian: zoom, lanes and the count in view', async () => {
    await loadLanguage('nb');
    const status = renderToolbar(1234, 1);
    expect(status).toHaveTextContent('av 1 hendelse i utsnittet');
    expect(status).toHaveTextContent(/1\s234 av/);
    expect(screen.getByRole('button', { name: 'Zoom inn' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vis alt' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Etter aktør' })).toBeInTheDocument();
  });

  it('uses the Norwegian plural for several events', async () => {
    await loadLanguage('nb');
    expect(renderToolbar(2, 3)).toHaveTextContent('· 2 av 3 hendelser i utsnittet');
  });
});

describe('unstatedWithin', () => {
  afterEach(() => loadLanguage('en'));

  it('says what a coarse time leaves open, in both languages', async () => {
    expect(unstatedWithin('day')).toBe('the time of day is not given');
    expect(unstatedWithin('minute')).toBeNull();
    await loadLanguage('nb');
    expect(unstatedWithin('day')).toBe('klokkeslettet er ikke oppgitt');
    expect(unstatedWithin('year')).toBe('måneden er ikke oppgitt');
  });
});
