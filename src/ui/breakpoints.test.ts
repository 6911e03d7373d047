import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WIDE_MIN_WIDTH } from './breakpoints';

const src = join(dirname(fileURLToPath(import.meta.url)), '..');

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return cssFiles(path);
    return name.endsWith('.css') ? [path] : [];
  });
}

describe('the breakpoint', () => {
  it('is the only width any stylesheet switches layout at', () => {
    const widths = cssFiles(src).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\((min|max)-width:\s*(\d+)px\)/g)].map(
        ([, side, px]) => `${file.slice(src.length)} ${side} ${px}`,
      ),
    );
    expect(widths.length).toBeGreaterThan(0);
    const wrong = widths.filter((entry) => {
      const [, side, px] = entry.split(' ');
      return side === 'min' ? Number(px) !== WIDE_MIN_WIDTH : Number(px) !== WIDE_MIN_WIDTH - 1;
    });
    expect(wrong).toEqual([]);
  });
});
