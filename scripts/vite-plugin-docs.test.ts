import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderDocPage } from './vite-plugin-docs';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs');
const read = (path: string) => readFileSync(join(docs, path), 'utf8');

describe('the documentation pages', () => {
  it('renders a document as a page without scripts, linking to the other pages', () => {
    const page = renderDocPage(read('import-export.md'), 'import-export');
    expect(page).toContain('<title>Importing and exporting — Chronicle</title>');
    expect(page).toContain('href="data-format.html"');
    expect(page).toContain('Content-Security-Policy');
    expect(page).not.toMatch(/<script/i);
  });
});
