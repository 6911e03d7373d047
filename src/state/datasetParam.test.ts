import { describe, expect, it } from 'vitest';
import { readDatasetParam, resolveDatasetUrl, withDatasetParam } from './datasetParam';

describe('the data parameter', () => {
  it('is read from a query string, and blank means none', () => {
    expect(readDatasetParam('?data=/data/x.json&event=a')).toBe('/data/x.json');
    expect(readDatasetParam('data=https%3A%2F%2Fexample.org%2Fx.json')).toBe(
      'https://example.org/x.json',
    );
    expect(readDatasetParam('?data=&event=a')).toBeNull();
    expect(readDatasetParam('?event=a')).toBeNull();
  });

  it('is carried over in front of the view, readable, and round-trips', () => {
    expect(withDatasetParam('event=a', '?data=/d/x.json&event=b')).toBe('data=/d/x.json&event=a');
    expect(withDatasetParam('', '?data=/d/x.json')).toBe('data=/d/x.json');
    expect(withDatasetParam('event=a', '?event=b')).toBe('event=a');
    const odd = 'https://example.org/a b&c=d.json';
    expect(readDatasetParam(withDatasetParam('q=x', `?data=${encodeURIComponent(odd)}`))).toBe(odd);
  });

  it('resolves relative addresses against the page and refuses other schemes', () => {
    expect(resolveDatasetUrl('/data/x.json', 'http://host/app/?q=1')).toEqual({
      ok: true,
      url: 'http://host/data/x.json',
    });
    expect(resolveDatasetUrl('x.json', 'https://host/app/')).toEqual({
      ok: true,
      url: 'https://host/app/x.json',
    });
    expect(resolveDatasetUrl('javascript:alert(1)', 'https://host/')).toMatchObject({ ok: false });
    expect(resolveDatasetUrl('file:///etc/passwd', 'https://host/')).toMatchObject({ ok: false });
    expect(resolveDatasetUrl('http://[bad', 'https://host/')).toMatchObject({ ok: false });
  });
});
