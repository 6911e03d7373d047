import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLanguage } from '../i18n/i18n';
import data from '../../data/kazakhstan-2022-01.json';
import type { Dataset } from '../model/schema';
import { formatProblems, validateDataset } from '../model/validate';
import { createDatasetIndex, type DatasetIndex } from '../state/datasetIndex';
import { reportingView } from '../state/reportingView';
import { CasualtyStrip } from './CasualtyStrip';
import { casualtyRows } from './casualtyBars';

function bundled(): Dataset {
  const result = validateDataset(data);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.dataset;
}

const WHOLE = { start: -Infinity, end: Infinity };

/** The bundled story as the page opens it: the article's account. */
function articleIndex(dataset: Dataset = bundled()): DatasetIndex {
  const shown = reportingView(dataset, 'article', null);
  return createDatasetIndex(shown.dataset, shown);
}

function renderStrip(index: DatasetIndex = articleIndex(), window = WHOLE) {
  const onSelect = vi.fn<(eventId: string) => void>();
  const view = render(
    <CasualtyStrip rows={casualtyRows(index.events, window)} index={index} onSelect={onSelect} />,
  );
  return {
    onSelect,
    strip: screen.getByRole('region', { name: 'Casualty figures in view' }),
    view,
  };
}

/** The list item of the figure whose words contain `words`. */
function figureWith(words: RegExp | string): HTMLElement {
  const item = screen.getByText(words).closest('li');
  if (!item) throw new Error(`no figure with ${String(words)}`);
  return item;
}

describe('CasualtyStrip', () => {
  it('gives each kind of figure its own section and scale', () => {
    renderStrip();
    const kinds = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent ?? '');
    expect(kinds).toEqual([
      expect.stringMatching(/^Killed ?people killed, linear scale from 0 to \d+$/),
      expect.stringMatching(/^Injured ?people injured, linear scale from 0 to 1,000$/),
      expect.stringMatching(/^In hospital/),
      expect.stringMatching(/^In intensive care/),
    ]);
  });

  it("leads with the source's words and shows who claims the figure, through whom", () => {
    renderStrip();
    const azirbek = figureWith(/^"Flere dusin angripere ble eliminert"/);
    expect(azirbek).toHaveTextContent(/\(dozens\)/);
    expect(within(azirbek).getByText('Saltanat Azirbek, Almaty police')).toBeVisible();
    expect(azirbek).toHaveTextContent(
      'via Interfax, TASS and RIA Novosti, then Resett: article on the unrest in Kazakhstan',
    );
    expect(azirbek).toHaveTextContent('attackers (group: Protesters)');
    expect(azirbek).toHaveTextContent('as of 6 Jan 2022');
    expect(within(azirbek).getByText('read as: about 24 or more')).toBeVisible();
  });

  it('names the group as each claimant does, and says when no one claims a figure', () => {
    renderStrip();
    expect(figureWith(/^"dusinvis av anti-regjeringsopprørere"/)).toHaveTextContent(
      /Kazakh security forces.*anti-government rebels \(group: Protesters\)/,
    );
    const tally = figureWith(/^"et titalls" demonstrators/);
    expect(within(tally).getByText('not attributed')).toBeVisible();
    expect(tally).toHaveTextContent('demonstrators (group: Protesters)');
    expect(figureWith(/^"Rundt 1000"/)).toHaveTextContent('people (group: not specified)');
    expect(figureWith(/^400 being treated/)).toHaveTextContent('group not specified');
  });

  it('shows no number a source did not give, and never adds figures up', () => {
    const { strip } = renderStrip();
    expect(strip.textContent).not.toMatch(/~|\d\+/);
    expect(strip).toHaveTextContent('Figures from different reports are never added up.');
  });

  it('describes each drawing in words, "or more" for an open end', () => {
    renderStrip();
    const drawings = screen.getAllByRole('img').map((img) => img.getAttribute('aria-label'));
    expect(drawings).toContainEqual(
      expect.stringMatching(
        /^On the scale of people killed from 0 to \d+: a dot at about 24 and an arrow: or more$/,
      ),
    );
    expect(drawings).toContainEqual(
      expect.stringMatching(/^On the scale of people killed from 0 to \d+: a dot at 8$/),
    );
    expect(drawings).toContain(
      'On the scale of people injured from 0 to 1,000: a dot at about 1,000',
    );
  });

  it('opens the event behind a figure', async () => {
    const { onSelect } = renderStrip();
    const azirbek = figureWith(/^"Flere dusin angripere ble eliminert"/);
    await userEvent.click(within(azirbek).getByRole('button'));
    expect(onSelect).toHaveBeenCalledWith('almaty-public-buildings-attacked');
  });

  it("shows a claimant's revised figures as a sequence, earliest first", () => {
    const dataset = bundled();
    const tally = dataset.events.find((e) => e.id === 'death-toll-so-far');
    const first = tally?.casualties[1];
    if (!tally || !first) throw new Error('fixture: no tally of the security forces');
    tally.casualties.push({
      ...first,
      count: { ...first.count, min: 12, max: 12, text: 'twelve members' },
      asOf: '2022-01-07',
    });
    renderStrip(articleIndex(dataset));
    expect(screen.getByText('not attributed: 2 figures over time, earliest first')).toBeVisible();
    const later = figureWith('twelve members');
    expect(later).toHaveTextContent('revises the figure as of 6 Jan 2022');
    const earlier = figureWith(/^"åtte"/);
    expect(earlier.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says when no figure is in view', () => {
    renderStrip(articleIndex(), { start: 0, end: 1 });
    expect(screen.getByText('No casualty figures among the events in view.')).toBeVisible();
    expect(screen.queryByRole('img')).toBeNull();
  });
});

describe('CasualtyStrip in Norwegian', () => {
  afterEach(() => loadLanguage('en'));

  it('titles the strip and each kind’s scale in Norwegian', async () => {
    await loadLanguage('nb');
    const index = articleIndex();
    render(
      <CasualtyStrip rows={casualtyRows(index.events, WHOLE)} index={index} onSelect={() => {}} />,
    );
    expect(
      screen.getByRole('region', { name: 'Tall på drepte, skadde og pågrepne i utsnittet' }),
    ).toBeInTheDocument();
    const kinds = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent ?? '');
    expect(kinds[0]).toMatch(/^Drepte ?drepte, lineær skala fra 0 til \d+$/);
    expect(screen.getAllByText('eller flere').length).toBeGreaterThan(0);
  });
});
