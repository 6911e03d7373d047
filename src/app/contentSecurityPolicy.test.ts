/** The README documents the policy index.html ships, and the loading limits, as they are. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATASET_SIZE_LIMIT_BYTES, STALL_TIMEOUT_MS, byteSize } from '../model/loadLimits';
import { WORKER_POLICY } from '../model/loadInWorker';

// Path strings, not URL objects: under jsdom, `URL` is not the one node:fs accepts.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  read('index.html'),
)?.[1];

describe('the Content-Security-Policy', () => {
  it('is strict: only the site itself, no inline script, Trusted Types for the worker', () => {
    expect(policy).toBeDefined();
    const directives = new Map(
      (policy ?? '').split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('require-trusted-types-for')).toBe("'script'");
    expect(directives.get('trusted-types')).toBe(WORKER_POLICY);
    expect(policy).not.toMatch(/unsafe|frame-ancestors/);
  });

  it('is written in the README exactly as index.html ships it', () => {
    expect(read('README.md')).toContain(`\`\`\`text\n${policy ?? '(none)'}\n\`\`\``);
  });

  it('the README gives the loading limits as the loader applies them', () => {
    const readme = read('README.md');
    expect(readme).toContain(`over **${byteSize(DATASET_SIZE_LIMIT_BYTES)}**`);
    expect(readme).toContain(`for **${STALL_TIMEOUT_MS / 1000} seconds**`);
  });
});
