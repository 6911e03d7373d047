import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeTestDataset } from '../model/testDataset';
import { createDatasetIndex } from '../state/datasetIndex';
import { EventText } from './EventText';

const index = createDatasetIndex(makeTestDataset());
const cleared = index.byId.get('square-cleared');

describe('EventText, an event as a plain document', () => {
  it('says when, where, who, the figures with who claims them, and every source with its address', () => {
    if (!cleared) throw new Error('fixture event missing');
    render(<EventText event={cleared.event} index={index} headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Police clear the square');
    const article = screen.getByRole('article');
    expect(article).toHaveTextContent(/Wednesday 5 January 2022/);
    expect(article).toHaveTextContent('Republic Square; Almaty (Алматы)');
    expect(article).toHaveTextContent('Police; Protesters');
    expect(article).toHaveTextContent('Violence, Security operation, Casualties');
    const figures = screen.getByRole('table');
    expect(within(figures).getByText('The government')).toBeInTheDocument();
    expect(within(figures).getByText('Not attributed')).toBeInTheDocument();
    const address = screen.getByRole('link', {
      name: 'https://example.com/2022/01/06/unrest#update',
    });
    expect(address).toHaveAttribute('href', 'https://example.com/2022/01/06/unrest#update');
    expect(article).toHaveTextContent(
      'Reported via Ministry of Health → Wire Agency → Daily Paper',
    );
    expect(
      screen
        .getByText('Åtte mennesker ble drept, ifølge helsedepartementet.')
        .closest('blockquote'),
    ).toHaveAttribute('lang', 'nb');
  });

  it('has no controls', () => {
    if (!cleared) throw new Error('fixture event missing');
    render(<EventText event={cleared.event} index={index} headingLevel={1} />);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });

  it('gives the source’s own address when the citation has none', () => {
    const protest = index.byId.get('square-protest');
    if (!protest) throw new Error('fixture event missing');
    render(<EventText event={protest.event} index={index} headingLevel={2} />);
    expect(
      screen.getByRole('link', { name: 'https://example.com/2022/01/06/unrest' }),
    ).toBeInTheDocument();
  });
});
