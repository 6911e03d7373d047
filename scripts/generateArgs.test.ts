import { describe, expect, it } from 'vitest';
import { parseGenerateArgs } from './generateArgs';

describe('parseGenerateArgs', () => {
  it('reads events, seed, out and --check', () => {
    expect(
      parseGenerateArgs(['--events', '100000', '--seed', '1', '--out', '/tmp/x.json']),
    ).toEqual({
      ok: true,
      args: { events: 100000, seed: 1, out: '/tmp/x.json', format: 'json', check: false },
    });
    expect(parseGenerateArgs(['--events=1_000', '--seed=0', '--out=a.json', '--check'])).toEqual({
      ok: true,
      args: { events: 1000, seed: 0, out: 'a.json', format: 'json', check: true },
    });
  });

  it('reads the ACLED-shaped CSV format, and refuses others', () => {
    const base = ['--events', '5', '--seed', '1', '--out', 'a.csv'];
    expect(parseGenerateArgs([...base, '--format', 'acled-csv'])).toMatchObject({
      ok: true,
      args: { format: 'acled-csv' },
    });
    expect(parseGenerateArgs([...base, '--format', 'xml'])).toEqual({
      ok: false,
      message: '--format must be json or acled-csv, got "xml"',
    });
  });

  it('says which argument is missing', () => {
    expect(parseGenerateArgs(['--seed', '1', '--out', 'x.json'])).toEqual({
      ok: false,
      message: '--events is required',
    });
    expect(parseGenerateArgs(['--events', '1', '--out', 'x.json'])).toEqual({
      ok: false,
      message: '--seed is required',
    });
    expect(parseGenerateArgs(['--events', '1', '--seed', '1'])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^--out is required/),
    });
  });

  it('rejects numbers that are not whole, negative or too large', () => {
    for (const bad of ['-5', '1.5', 'ten', '1e5', '']) {
      expect(parseGenerateArgs([`--events=${bad}`, '--seed', '1', '--out', 'x'])).toMatchObject({
        ok: false,
        message: expect.stringMatching(/^--events must be a whole number/),
      });
    }
    expect(parseGenerateArgs(['--events', '1', '--seed', '4294967296', '--out', 'x'])).toEqual({
      ok: false,
      message: '--seed must be at most 4,294,967,295, got 4294967296',
    });
  });

  it('rejects unknown options and stray words', () => {
    expect(parseGenerateArgs(['--event', '5'])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/--event/),
    });
    expect(parseGenerateArgs(['--events', '5', 'extra'])).toMatchObject({ ok: false });
  });
});
