import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import data from '../../data/kazakhstan-2022-01.json';
import { EventDetail } from './EventDetail';
import { loadLanguage } from '../i18n/i18n';
import type { Dataset } from '../model/schema';
import { makeTestDataset } from '../model/testDataset';
import { validateDataset } from '../model/validate';
import { createDatasetIndex } from '../state/datasetIndex';
import { localizeDataset } from '../state/localize';

function bundled(): Dataset {
  const result = validateDataset(data);
  if (!result.ok) throw new Error('the bundled dataset does not validate');
  return result.dataset;
}

function renderDetail(dataset: Dataset, eventId: string) {
  const index = createDatasetIndex(dataset);
  const entry = index.byId.get(eventId);
  if (!entry) throw new Error(`no event ${eventId}`);
  return render(
    <EventDetail
      entry={entry}
      index={index}
      position={{ current: 1, total: 1 }}
      previousId={null}
      nextId={null}
      shareUrl="https://chronicle.example/"
      onSelect={vi.fn()}
      onClose={vi.fn()}
      onFilterActor={vi.fn()}
      onFilterLocation={vi.fn()}
    />,
  );
}

afterEach(async () => {
  await loadLanguage('en');
});

describe('the bundled story in Norwegian', () => {
  it('has a Norwegian title and summary for the dataset and every event', () => {
    const dataset = bundled();
    expect(dataset.translations?.['nb']?.title).toBeDefined();
    const untranslated = dataset.events.filter((event) => {
      const nb = event.translations?.['nb'];
      return (
        nb?.title === undefined ||
        (event.summary !== undefined && nb.summary === undefined) ||
        (event.time.basis !== undefined && nb.basis === undefined)
      );
    });
    expect(untranslated.map((event) => event.id)).toEqual([]);
  });

  it('shows the detail in Norwegian, unmarked, on a Norwegian page', async () => {
    await loadLanguage('nb');
    const { container } = renderDetail(
      localizeDataset(bundled(), 'nb-NO'),
      'independence-from-soviet-union',
    );
    const heading = screen.getByRole('heading', {
      level: 2,
      name: 'Kasakhstan erklærer uavhengighet fra Sovjetunionen',
    });
    expect(heading.querySelector('[lang]')).toBeNull();
    expect(screen.getByText(/artikkelen oppgir bare året/)).not.toHaveAttribute('lang');
    expect(screen.getByRole('button', { name: 'Sovjetunionen' })).toBeInTheDocument();
    expect(container.querySelector('.detail__role')?.textContent).toBe(' — erklærte uavhengighet');
  });

  it('marks the quoted Norwegian words of the English text on an English page', () => {
    const { container } = renderDetail(
      localizeDataset(bundled(), 'en-GB'),
      'independence-from-soviet-union',
    );
    const basis = container.querySelector('.detail__basis');
    const marked = [...(basis?.querySelectorAll('[lang]') ?? [])];
    expect(marked.map((element) => [element.getAttribute('lang'), element.textContent])).toEqual([
      ['nb', 'i 1991'],
    ]);
    expect(basis?.textContent).toContain('"i 1991" ("in 1991"): the article gives the year only.');
  });

  it('marks English text that has no Norwegian on a Norwegian page', async () => {
    await loadLanguage('nb');
    const dataset = makeTestDataset();
    const [event] = dataset.events;
    if (!event) throw new Error('no event');
    event.translations = { nb: { title: 'Protest på Republikkplassen' } };
    const { container } = renderDetail(localizeDataset(dataset, 'nb-NO'), event.id);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Protest på Republikkplassen' }),
    ).not.toHaveAttribute('lang');
    expect(container.querySelector('.detail__summary')).toHaveAttribute('lang', 'en');
  });
});
