import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lightColors } from './lightColors';

describe('the light colours of the tokens', () => {
  it('takes the light side of light-dark() and plain colours, nothing else', () => {
    const colors = lightColors(
      ':root { --paper: light-dark(#fbfaf7, #121316); --halo: light-dark(rgb(255 255 255 / 85%), rgb(0 0 0)); --plain: #abc; --space-1: 2px; --mark: var(--accent); }',
    );
    expect(Object.fromEntries(colors)).toEqual({
      '--paper': '#fbfaf7',
      '--halo': 'rgb(255 255 255 / 85%)',
      '--plain': '#abc',
    });
  });

  it('finds every colour a preview card uses in tokens.css', () => {
    const colors = lightColors(readFileSync('src/ui/tokens.css', 'utf8'));
    for (const name of [
      '--paper',
      '--ink',
      '--ink-soft',
      '--ink-muted',
      '--accent',
      '--rule',
      '--cat-protest',
    ]) {
      expect(colors.get(name), name).toMatch(/^#/);
    }
  });
});
