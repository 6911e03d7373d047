import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../i18n/i18n';
import { makeTestDataset } from '../model/testDataset';
import { localizeDataset } from '../state/localize';
import { DataText } from './DataText';

describe('DataText', () => {
  it('is plain text for text that was not localised', () => {
    const { container } = render(
      <p>
        <DataText text="Plain" of={{}} field="title" />
      </p>,
    );
    expect(container.innerHTML).toBe('<p>Plain</p>');
  });

  it('marks the quoted phrases of the dataset’s own text', () => {
    const dataset = makeTestDataset();
    dataset.quotedPhrases = { nb: ['på søndag'] };
    const shown = localizeDataset(dataset, 'en-GB');
    const { container } = render(
      <p>
        <DataText text={'began "på søndag" (on Sunday)'} of={shown} field="summary" />
      </p>,
    );
    expect(container.innerHTML).toBe('<p>began "<span lang="nb">på søndag</span>" (on Sunday)</p>');
  });

  it('marks text in another language than the page’s, isolating its direction', async () => {
    await loadLanguage('nb');
    try {
      const shown = localizeDataset(makeTestDataset(), 'nb');
      const { container } = render(
        <p>
          <DataText text="Made up." of={shown} field="summary" />
        </p>,
      );
      expect(container.innerHTML).toBe('<p><span lang="en" dir="auto">Made up.</span></p>');
    } finally {
      await loadLanguage('en');
    }
  });
});
