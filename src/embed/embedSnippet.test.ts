import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embedSnippet';

const base = {
  src: 'https://chronicle.example/?event=protests-begin&embed=1',
  scriptSrc: 'https://chronicle.example/embed.js',
  title: 'Unrest in "Kazakhstan" <2022>',
};

describe('the embed code', () => {
  it('for a height that follows the content: the frame at its first height, and the script', () => {
    expect(embedSnippet({ ...base, height: { kind: 'auto', initial: 575 } })).toBe(
      '<iframe src="https://chronicle.example/?event=protests-begin&amp;embed=1" ' +
        'title="Unrest in &quot;Kazakhstan&quot; &lt;2022&gt;: interactive timeline" width="100%" height="575" ' +
        'style="width: 100%; border: 0;" loading="lazy" allow="clipboard-write; web-share"></iframe>\n' +
        '<script src="https://chronicle.example/embed.js" async></script>',
    );
  });

  it('for a fixed height: the frame alone, which scrolls inside', () => {
    const code = embedSnippet({ ...base, height: { kind: 'fixed', pixels: 400 } });
    expect(code).toContain('height="400"');
    expect(code).not.toContain('<script');
  });

  it('reads back as one iframe with the address as given', () => {
    const document = new DOMParser().parseFromString(
      embedSnippet({ ...base, height: { kind: 'auto', initial: 575 } }),
      'text/html',
    );
    const frames = document.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    expect(frames[0]?.getAttribute('src')).toBe(base.src);
    expect(frames[0]?.title).toBe('Unrest in "Kazakhstan" <2022>: interactive timeline');
    expect(document.querySelector('script')?.getAttribute('src')).toBe(base.scriptSrc);
  });
});

describe('the README', () => {
  it('shows the code exactly as the Embed dialog writes it', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync('README.md', 'utf8');
    const code = embedSnippet({
      src: 'https://example.org/chronicle/?event=nazarbayev-removed&embed=1',
      scriptSrc: 'https://example.org/chronicle/embed.js',
      title: 'Unrest in Kazakhstan, January 2022',
      height: { kind: 'auto', initial: 575 },
    });
    expect(readme).toContain(`\`\`\`html\n${code}\n\`\`\``);
  });
});
