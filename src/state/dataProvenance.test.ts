import { describe, expect, it } from 'vitest';
import { addressProvenance, provenanceLine } from './dataProvenance';

const page = 'https://chronicle.example/app/?event=x';

describe('dataProvenance', () => {
  it('says nothing for the bundled story', () => {
    expect(provenanceLine({ kind: 'bundled' })).toBeNull();
  });

  it('names the host of data from an address, elsewhere or on this site', () => {
    const elsewhere = addressProvenance('https://elsewhere.example:8443/fake.json', page);
    expect(elsewhere).toEqual({
      kind: 'address',
      url: 'https://elsewhere.example:8443/fake.json',
      host: 'elsewhere.example:8443',
      sameOrigin: false,
    });
    expect(provenanceLine(elsewhere)).toBe('Data from elsewhere.example:8443');
    const here = addressProvenance('/data/own.json', page);
    expect(here).toMatchObject({ host: 'chronicle.example', sameOrigin: true });
    expect(provenanceLine(here)).toBe('Data from chronicle.example');
  });

  it('treats a protocol-relative address as the other site it names', () => {
    expect(addressProvenance('//other.example/x.json', page)).toMatchObject({
      host: 'other.example',
      sameOrigin: false,
    });
  });

  it('names a file from the reader’s computer', () => {
    expect(provenanceLine({ kind: 'file', name: 'events.json' })).toBe(
      'Opened from events.json (from your computer)',
    );
  });
});
