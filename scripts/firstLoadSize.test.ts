import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  firstLoad,
  firstLoadReferences,
  formatFirstLoad,
  formatKilobytes,
  resolveAssetPath,
  staticImports,
} from './firstLoadSize';

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <link rel="icon" href="data:image/svg+xml,%3Csvg%3E" />
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/react-def.js">
    <link rel="stylesheet" crossorigin href="./assets/index-ghi.css">
    <link rel="preconnect" href="https://example.org">
  </head>
  <body><div id="root"></div><script>console.log('inline')</script></body>
</html>`;

const encode = (text: string) => new TextEncoder().encode(text);

const FILES: Record<string, string> = {
  'assets/index-abc.js':
    'import{j as a}from"./react-def.js";import"./shared-jkl.js";const d=()=>import("./kazakhstan-mno.js");a(d);',
  'assets/react-def.js': 'export const j=1;'.repeat(20),
  'assets/shared-jkl.js': 'export*from"./deep-pqr.js";',
  'assets/deep-pqr.js': 'export const deep=2;',
  'assets/kazakhstan-mno.js': 'export default {"events":[]};'.repeat(1000),
  'assets/index-ghi.css': 'body{margin:0}',
};

const read = (path: string) => (path in FILES ? encode(FILES[path] ?? '') : undefined);

describe('firstLoadReferences', () => {
  it('lists script sources, stylesheets and module preloads, not icons, links or inline code', () => {
    expect(firstLoadReferences(INDEX_HTML)).toEqual([
      './assets/index-abc.js',
      './assets/react-def.js',
      './assets/index-ghi.css',
    ]);
  });

  it('reads attributes in any order and quoting, and preloads of scripts and styles', () => {
    const html = `<LINK HREF=/a.css REL="stylesheet"><link href='b.js' rel='preload' as='script'><link rel="preload" as="font" href="c.woff2">`;
    expect(firstLoadReferences(html)).toEqual(['/a.css', 'b.js']);
  });
});

describe('staticImports', () => {
  it('finds static imports and re-exports, not dynamic import()', () => {
    expect(staticImports(FILES['assets/index-abc.js'] ?? '')).toEqual([
      './react-def.js',
      './shared-jkl.js',
    ]);
    expect(staticImports('export*from"./a.js";export{b}from"./b.js"')).toEqual([
      './a.js',
      './b.js',
    ]);
    expect(staticImports('import x from "./x.js"\nimport * as y from \'./y.js\'')).toEqual([
      './x.js',
      './y.js',
    ]);
  });
});

describe('resolveAssetPath', () => {
  it('resolves relative and root-relative paths inside the build, and skips other origins', () => {
    expect(resolveAssetPath('./assets/a.js', 'index.html')).toBe('assets/a.js');
    expect(resolveAssetPath('/assets/a.js?v=1', 'index.html')).toBe('assets/a.js');
    expect(resolveAssetPath('./b.js', 'assets/a.js')).toBe('assets/b.js');
    expect(resolveAssetPath('https://cdn.example.org/x.js', 'index.html')).toBeNull();
    expect(resolveAssetPath('data:text/css,', 'index.html')).toBeNull();
    expect(resolveAssetPath('../../etc/passwd', 'index.html')).toBeNull();
  });
});

describe('firstLoad', () => {
  const load = firstLoad(INDEX_HTML, read);

  it('follows the entry and its static imports, and leaves lazy chunks out', () => {
    expect(load.assets.map((asset) => asset.path)).toEqual([
      'assets/index-abc.js',
      'assets/react-def.js',
      'assets/index-ghi.css',
      'assets/shared-jkl.js',
      'assets/deep-pqr.js',
    ]);
  });

  it('sums gzip sizes (level 9) by kind', () => {
    const gzip = (path: string) => gzipSync(encode(FILES[path] ?? ''), { level: 9 }).length;
    expect(load.cssGzip).toBe(gzip('assets/index-ghi.css'));
    expect(load.jsGzip).toBe(
      ['index-abc', 'react-def', 'shared-jkl', 'deep-pqr']
        .map((name) => gzip(`assets/${name}.js`))
        .reduce((a, b) => a + b, 0),
    );
    expect(load.totalGzip).toBe(load.jsGzip + load.cssGzip);
    expect(load.assets[1]?.bytes).toBe(340);
  });

  it('refuses to guess when index.html names a file that is not there', () => {
    expect(() => firstLoad('<script type="module" src="./assets/gone.js"></script>', read)).toThrow(
      /assets\/gone\.js, which is not in the build/,
    );
  });

  it('formats sizes in kilobytes of 1,000 bytes, with a total row', () => {
    expect(formatKilobytes(146_230)).toBe('146.2 kB');
    expect(formatFirstLoad(load)).toMatch(/total \(JS \+ CSS\)\s+\d+\.\d kB$/);
  });
});
