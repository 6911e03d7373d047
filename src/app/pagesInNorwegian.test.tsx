import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadLanguage } from '../i18n/i18n';
import { makeTestDataset } from '../model/testDataset';
import type { ValidationProblem, ValidationWarning } from '../model/validationProblem';
import { createDatasetIndex } from '../state/datasetIndex';
import { storyWindow } from '../state/storyWindow';
import { DataConfirmPage } from './DataConfirmPage';
import { DatasetProblems } from './DatasetProblems';
import { DatasetWarnings } from './DatasetWarnings';
import { LoadFailedPage } from './LoadFailedPage';
import { LoadingPage } from './LoadingPage';
import { PageHeader } from './PageHeader';
import { PageNotices } from './PageNotices';
import { StoryGuide } from './StoryGuide';

const index = createDatasetIndex(makeTestDataset());
const story = storyWindow(index.events);
const hrefFor = (id: string) => `?event=${id}`;
const problems = (n: number): ValidationProblem[] =>
  Array.from({ length: n }, (_, i) => ({ path: `events[${i}].time`, message: 'is not a date' }));
const unsourced = (ids: readonly string[]): ValidationWarning[] =>
  ids.map((eventId) => ({ kind: 'no-source', eventId, path: 'events', message: 'no source' }));

afterEach(() => loadLanguage('en'));

describe('the pages in English', () => {
  it('count problems and unsourced events with the right plural', () => {
    const { unmount } = render(
      <DatasetProblems problems={problems(1)} sourceName="a.json" onFile={vi.fn()} />,
    );
    expect(screen.getByText(/could not be loaded/)).toHaveTextContent(
      'a.json could not be loaded as a Chronicle timeline, so nothing of it is shown. One problem to fix:',
    );
    unmount();
    render(<DatasetProblems problems={problems(1203)} sourceName="a.json" onFile={vi.fn()} />);
    expect(screen.getByText(/could not be loaded/)).toHaveTextContent('1,203 problems to fix:');
    expect(screen.getByText('…and 1,003 more.')).toBeInTheDocument();
  });

  it('name a problem of the whole file in words, in either language', async () => {
    const whole = [{ path: '(document)', message: 'is not JSON' }];
    const { unmount } = render(
      <DatasetProblems problems={whole} sourceName="a.json" onFile={vi.fn()} />,
    );
    expect(screen.getByRole('listitem')).toHaveTextContent('The file as a whole: is not JSON');
    expect(screen.getByRole('listitem').querySelector('code')).toBeNull();
    unmount();
    await loadLanguage('nb');
    render(<DatasetProblems problems={whole} sourceName="a.json" onFile={vi.fn()} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('Filen som helhet: is not JSON');
  });

  it('say which link could not be followed, and suggest the nearest event', () => {
    const suggestion = index.byId.get('square-cleared') ?? null;
    render(
      <PageNotices notices={[]} missingEvent={{ id: 'square', suggestion }} hrefFor={hrefFor} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'This event is not in this timeline: “square”. Did you mean Police clear the square?',
    );
    expect(screen.getByRole('link', { name: 'Police clear the square' })).toHaveAttribute(
      'href',
      '?event=square-cleared',
    );
  });
});

describe('the pages in Norwegian', () => {
  beforeEach(() => loadLanguage('nb'));

  it('give the masthead’s facts in Norwegian', () => {
    if (!story) throw new Error('fixture has no story window');
    render(<PageHeader index={index} story={story} sourceLabel={null} onFile={vi.fn()} />);
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Periode',
      'Hendelser',
      'Bygger på',
    ]);
    expect(screen.getByRole('link', { name: /\(åpnes i ny fane\)$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mer om saken' })).toBeInTheDocument();
    expect(screen.getByText('Slik ble datoen fastslått')).toBeInTheDocument();
  });

  it('count problems with Norwegian plurals and numbers', () => {
    const { unmount } = render(
      <DatasetProblems problems={problems(1)} sourceName="a.json" onFile={vi.fn()} />,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Datasettet kan ikke vises',
    );
    expect(screen.getByText(/kunne ikke lastes inn/)).toHaveTextContent('Ett problem må rettes:');
    unmount();
    render(<DatasetProblems problems={problems(1203)} sourceName="a.json" onFile={vi.fn()} />);
    expect(screen.getByText(/kunne ikke lastes inn/)).toHaveTextContent(
      '1 203 problemer må rettes:',
    );
    expect(screen.getByText('…og 1 003 til.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Åpne saken som følger med i stedet' })).toBeVisible();
  });

  it('say how many events have no source, one or many', () => {
    const { unmount } = render(
      <DatasetWarnings warnings={unsourced(['square-cleared'])} index={index} hrefFor={hrefFor} />,
    );
    expect(screen.getByRole('note')).toHaveTextContent('Én hendelse har ingen oppgitt kilde.');
    unmount();
    render(
      <DatasetWarnings
        warnings={unsourced(['square-cleared', 'square-protest'])}
        index={index}
        hrefFor={hrefFor}
      />,
    );
    expect(screen.getByRole('note')).toHaveTextContent('2 hendelser har ingen oppgitt kilde.');
    expect(screen.getByText('Hvilke')).toBeInTheDocument();
  });

  it('name the loading stage and count what has arrived', () => {
    const { unmount } = render(
      <LoadingPage
        progress={{ phase: 'receiving', loaded: 1500, total: 2500 }}
        sourceName="https://example.org/events.json"
        onCancel={vi.fn()}
        onFile={vi.fn()}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Trinn 4 av 4: gjør klar tidslinjen');
    expect(screen.getByText('1 500 av 2 500 hendelser')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Avbryt' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Åpne et annet datasett' })).toBeInTheDocument();
    unmount();
    render(
      <LoadingPage progress={null} sourceName="tidslinjen" onCancel={null} onFile={vi.fn()} />,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Åpner tidslinjen');
    expect(screen.getByRole('status')).toHaveTextContent('Laster inn tidslinjen…');
  });

  it('say why loading failed, and offer the ways on', () => {
    render(
      <LoadFailedPage
        failure={{ kind: 'timeout', message: 'Serveren svarte ikke.' }}
        sourceName="https://example.org/events.json"
        onRetry={vi.fn()}
        onLoadAnyway={vi.fn()}
        onFile={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Serveren svarer ikke');
    expect(screen.getByRole('button', { name: 'Prøv igjen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Åpne saken som følger med' })).toBeInTheDocument();
  });

  it('ask before loading another site’s timeline, naming the site', () => {
    render(
      <DataConfirmPage
        host="example.org"
        address="https://example.org/events.json"
        onConfirm={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Denne lenken henter en tidslinje fra example.org. Vil du laste den inn?',
    );
    expect(screen.getByText('example.org', { selector: 'strong' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Last inn tidslinjen fra example.org' }),
    ).toBeInTheDocument();
  });

  it('suggest the nearest event in a Norwegian sentence, with the link inside it', () => {
    const suggestion = index.byId.get('square-cleared') ?? null;
    render(
      <PageNotices notices={[]} missingEvent={{ id: 'square', suggestion }} hrefFor={hrefFor} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Denne hendelsen finnes ikke i tidslinjen: «square». Mente du Police clear the square?',
    );
    expect(screen.getByRole('link', { name: 'Police clear the square' })).toBeInTheDocument();
  });

  it('explain the marks, with the dataset’s counts in Norwegian', () => {
    render(<StoryGuide index={index} />);
    expect(screen.getByRole('heading', { name: 'Slik leser du tidslinjen' })).toBeInTheDocument();
    expect(screen.getByText('Dagen er kjent', { selector: 'strong' })).toBeInTheDocument();
    const counts = [...document.querySelectorAll('.guide__count')].map((c) => c.textContent);
    expect(counts.length).toBe(4);
    for (const count of counts) expect(count).toMatch(/^\d+ hendelser?$/);
  });
});
