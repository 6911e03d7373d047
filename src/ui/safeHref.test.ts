import { describe, expect, it } from 'vitest';
import { safeHref } from './safeHref';

describe('safeHref', () => {
  it('keeps absolute http and https links', () => {
    expect(safeHref('https://example.com/2022/01/06/unrest#update')).toBe(
      'https://example.com/2022/01/06/unrest#update',
    );
    expect(safeHref('http://example.org/')).toBe('http://example.org/');
  });

  it('gives the link in its normal form', () => {
    expect(safeHref('HTTPS://Example.COM')).toBe('https://example.com/');
    expect(safeHref('  https://example.com/a b  ')).toBe('https://example.com/a%20b');
  });

  it('drops script and data links, however they are spelled', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('JavaScript:alert(1)')).toBeUndefined();
    expect(safeHref(' javascript:alert(1)')).toBeUndefined();
    expect(safeHref('java\tscript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeHref('vbscript:msgbox(1)')).toBeUndefined();
  });

  it('drops other schemes', () => {
    expect(safeHref('ftp://example.com/file')).toBeUndefined();
    expect(safeHref('mailto:editor@example.com')).toBeUndefined();
    expect(safeHref('file:///etc/passwd')).toBeUndefined();
  });

  it('drops relative links and garbage', () => {
    expect(safeHref('/2022/01/06/unrest')).toBeUndefined();
    expect(safeHref('example.com/unrest')).toBeUndefined();
    expect(safeHref('//example.com/unrest')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
    expect(safeHref('')).toBeUndefined();
    expect(safeHref('https://')).toBeUndefined();
  });

  it('gives nothing for no link', () => {
    expect(safeHref(undefined)).toBeUndefined();
  });
});
