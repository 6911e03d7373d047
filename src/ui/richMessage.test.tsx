import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../i18n/i18n';
import { richMessage } from './richMessage';

afterEach(() => loadLanguage('en'));

describe('richMessage, a translated sentence with elements in it', () => {
  it('puts each element where the English sentence has its placeholder', () => {
    render(<p>{richMessage('notices.didYouMean', { event: <a href="#x">The square</a> })}</p>);
    expect(screen.getByRole('paragraph')).toHaveTextContent('Did you mean The square?');
    expect(screen.getByRole('link', { name: 'The square' })).toHaveAttribute('href', '#x');
  });

  it('puts it where the translation has it, and fills the other placeholders too', async () => {
    await loadLanguage('nb');
    render(
      <p>
        {richMessage('problems.intro', { source: <strong>events.json</strong> }, { count: 1234 })}
      </p>,
    );
    const sentence = screen.getByRole('paragraph');
    expect(sentence).toHaveTextContent(
      'events.json kunne ikke lastes inn som en Chronicle-tidslinje, så ingenting av det vises. 1 234 problemer må rettes:',
    );
    expect(sentence.querySelector('strong')).toHaveTextContent('events.json');
  });

  it('places several elements in order', () => {
    render(
      <p>
        {richMessage('opener.templates', {
          json: <a href="#json">JSON</a>,
          csv: <a href="#csv">CSV</a>,
          format: <a href="#format">the data format</a>,
          importExport: <a href="#io">importing and exporting</a>,
        })}
      </p>,
    );
    expect(screen.getByRole('paragraph')).toHaveTextContent(
      'Start from a template: JSON or CSV. Read about the data format and importing and exporting.',
    );
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '#json',
      '#csv',
      '#format',
      '#io',
    ]);
  });
});
