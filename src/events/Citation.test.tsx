import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestDataset } from '../model/testDataset';
import type { Citation as CitationData } from '../model/schema';
import { createDatasetIndex, type DatasetIndex } from '../state/datasetIndex';
import { Citation } from './Citation';

const index = createDatasetIndex(makeTestDataset());

function renderCitation(citation: CitationData, on: DatasetIndex = index) {
  return render(
    <ul>
      <Citation citation={citation} index={on} />
    </ul>,
  );
}

describe('Citation', () => {
  it('links the source name to the cited article, in a new tab', () => {
    renderCitation({ source: 'daily-paper', url: 'https://example.com/2022/01/06/unrest#update' });
    // jsdom's name computation drops the space before the visually hidden note; browsers keep it.
    const link = screen.getByRole('link', { name: /^Daily Paper ?\(opens in a new tab\)$/ });
    expect(link).toHaveAttribute('href', 'https://example.com/2022/01/06/unrest#update');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
  });

  it("links to the source's own address when the citation has none", () => {
    renderCitation({ source: 'ministry' });
    expect(screen.getByRole('link', { name: /Ministry of Health/ })).toHaveAttribute(
      'href',
      'http://example.org/',
    );
  });

  it('names a source without an address, without a link', () => {
    renderCitation({ source: 'wire' });
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('Wire Agency')).toBeInTheDocument();
  });

  it('says what kind of source it is', () => {
    renderCitation({ source: 'wire' });
    expect(screen.getByText('news agency')).toBeInTheDocument();
  });

  it('quotes the original in its own language, with the translation in English', () => {
    renderCitation({
      source: 'daily-paper',
      quote: {
        original: 'Tusenvis demonstrerte på plassen.',
        language: 'nb',
        translation: 'Thousands demonstrated in the square.',
      },
    });
    const original = screen.getByText('Tusenvis demonstrerte på plassen.');
    expect(original.closest('blockquote')).toHaveAttribute('lang', 'nb');
    const translation = screen.getByText('Thousands demonstrated in the square.');
    expect(translation).toHaveAttribute('lang', 'en');
    expect(translation).toHaveTextContent('Translation: Thousands demonstrated in the square.');
  });

  it('shows a quote without a translation on its own', () => {
    renderCitation({ source: 'wire', quote: { original: 'Шал, кет!', language: 'ru' } });
    expect(screen.getByText('Шал, кет!').closest('blockquote')).toHaveAttribute('lang', 'ru');
    expect(screen.queryByText(/Translation/)).not.toBeInTheDocument();
  });

  it('shows no quote when there is none', () => {
    const { container } = renderCitation({ source: 'wire' });
    expect(container.querySelector('blockquote')).toBeNull();
  });

  it('shows the chain of reporting, from the origin to the cited source', () => {
    renderCitation({ source: 'daily-paper', via: ['ministry', 'wire'] });
    const chain = screen.getByText('Reported via').closest('p');
    expect(chain).toHaveTextContent(
      /^Reported via Ministry of Health\s*→.*Wire Agency\s*→.*Daily Paper$/,
    );
  });

  it('names channels that carried a claim in parallel together, as one step', () => {
    renderCitation({ source: 'daily-paper', via: ['ministry', ['wire', 'daily-paper']] });
    expect(screen.getByText('Reported via').closest('p')).toHaveTextContent(
      /^Reported via Ministry of Health\s*→.*Wire Agency and Daily Paper\s*→.*Daily Paper$/,
    );
  });

  it('shows no chain for a direct report', () => {
    renderCitation({ source: 'daily-paper' });
    expect(screen.queryByText('Reported via')).not.toBeInTheDocument();
  });

  it('never links a script or data url, from the citation or from the source', () => {
    renderCitation({ source: 'wire', url: 'javascript:alert(1)' });
    expect(screen.queryByRole('link')).not.toBeInTheDocument();

    const dataset = makeTestDataset();
    const ministry = dataset.sources.find((s) => s.id === 'ministry');
    if (!ministry) throw new Error('fixture: no ministry source');
    ministry.url = 'javascript:alert(1)';
    renderCitation({ source: 'ministry' }, createDatasetIndex(dataset));
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('Ministry of Health')).toBeInTheDocument();
  });

  it('shows quotes as text, never as markup', () => {
    const { container } = renderCitation({
      source: 'wire',
      quote: { original: '<img src=x onerror=alert(1)>', language: 'en' },
    });
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('names an unknown source by its id', () => {
    renderCitation({ source: 'gone-paper', via: ['gone-wire'] });
    expect(screen.getAllByText('gone-paper').length).toBeGreaterThan(0);
    expect(screen.getByText('Reported via').closest('p')).toHaveTextContent(
      /gone-wire.*gone-paper/,
    );
  });
});
