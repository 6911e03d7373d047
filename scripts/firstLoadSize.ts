/**
 * What a first visit downloads: the scripts, stylesheets and module preloads that the built
 * `index.html` names, plus the modules those scripts import statically, each gzipped at level 9.
 * Lazy chunks (reached only through `import()`) are not part of the first load and are left out.
 */
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The first-load budget, in kB (1,000 bytes) of gzip: `npm run size` fails past it, in `npm test`,
 * and the benchmark's targets check it. 165 since the two languages (it was 160).
 */
export const FIRST_LOAD_BUDGET_KB = 165;

/** One file of the first load, with its size as built and as gzipped. */
export interface FirstLoadAsset {
  /** The path inside the build folder, e.g. "assets/index-p6Ksyoi2.js". */
  path: string;
  kind: 'js' | 'css';
  bytes: number;
  gzipBytes: number;
}

/** The first load's files and their gzipped totals. */
export interface FirstLoad {
  assets: FirstLoadAsset[];
  jsGzip: number;
  cssGzip: number;
  totalGzip: number;
}

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
/** `import … from "x"`, `import "x"`, `export … from "x"`; not `import("x")`, which is lazy. */
const STATIC_IMPORT =
  /(?:^|[;\n}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = match[1];
    if (name) found.set(name.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return found;
}

/** The addresses of the files `index.html` loads at once, in document order. */
export function firstLoadReferences(html: string): string[] {
  const references: string[] = [];
  for (const match of html.matchAll(TAG)) {
    const attrs = attributes(match[2] ?? '');
    if (match[1]?.toLowerCase() === 'script') {
      const src = attrs.get('src');
      if (src) references.push(src);
      continue;
    }
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const as = attrs.get('as');
    const loads =
      rel.includes('stylesheet') ||
      rel.includes('modulepreload') ||
      (rel.includes('preload') && (as === 'script' || as === 'style'));
    const href = attrs.get('href');
    if (loads && href) references.push(href);
  }
  return references;
}

/** The specifiers a JS module imports statically (dynamic `import()` excluded). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].flatMap((match) => (match[1] ? [match[1]] : []));
}

/** A reference resolved to a path inside the build folder, or null for other origins and data. */
export function resolveAssetPath(reference: string, fromFile: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith('//')) return null;
  const clean = reference.split(/[?#]/)[0] ?? '';
  const joined = clean.startsWith('/')
    ? posix.normalize(clean)
    : posix.join(posix.dirname(fromFile), clean);
  const path = joined.replace(/^\/+/, '');
  return path === '' || path.startsWith('..') ? null : path;
}

/**
 * The JS and CSS of the first load, found from `indexHtml` (at the build folder's root) and
 * read through `read` (a path inside the build folder → its bytes, or undefined if missing).
 * Throws when a referenced file is missing, since the sizes would then be wrong.
 */
export function firstLoad(
  indexHtml: string,
  read: (path: string) => Uint8Array | undefined,
): FirstLoad {
  const assets: FirstLoadAsset[] = [];
  const seen = new Set<string>();
  const queue = firstLoadReferences(indexHtml).flatMap((reference) => {
    const path = resolveAssetPath(reference, 'index.html');
    return path === null ? [] : [path];
  });
  while (queue.length > 0) {
    const path = queue.shift();
    if (path === undefined || seen.has(path)) continue;
    seen.add(path);
    const kind = path.endsWith('.css') ? 'css' : /\.m?js$/.test(path) ? 'js' : null;
    if (kind === null) continue;
    const bytes = read(path);
    if (bytes === undefined) throw new Error(`index.html loads ${path}, which is not in the build`);
    assets.push({
      path,
      kind,
      bytes: bytes.length,
      gzipBytes: gzipSync(bytes, { level: 9 }).length,
    });
    if (kind === 'js') {
      for (const specifier of staticImports(new TextDecoder().decode(bytes))) {
        const imported = resolveAssetPath(specifier, path);
        if (imported !== null && (specifier.startsWith('.') || specifier.startsWith('/'))) {
          queue.push(imported);
        }
      }
    }
  }
  const sum = (kind: 'js' | 'css') =>
    assets
      .filter((asset) => asset.kind === kind)
      .reduce((total, asset) => total + asset.gzipBytes, 0);
  const jsGzip = sum('js');
  const cssGzip = sum('css');
  return { assets, jsGzip, cssGzip, totalGzip: jsGzip + cssGzip };
}

/** Bytes as kilobytes of 1,000 bytes (as Vite reports them), with one decimal: "146.2 kB". */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** A plain-text table of the first load: each file, then the JS, CSS and total gzip sizes. */
export function formatFirstLoad(load: FirstLoad): string {
  const width = Math.max(4, ...load.assets.map((asset) => asset.path.length));
  const row = (name: string, raw: string, gzip: string) =>
    `  ${name.padEnd(width)}  ${raw.padStart(10)}  ${gzip.padStart(10)}`;
  return [
    row('file', 'raw', 'gzip'),
    ...load.assets.map((asset) =>
      row(asset.path, formatKilobytes(asset.bytes), formatKilobytes(asset.gzipBytes)),
    ),
    row('JS', '', formatKilobytes(load.jsGzip)),
    row('CSS', '', formatKilobytes(load.cssGzip)),
    row('total (JS + CSS)', '', formatKilobytes(load.totalGzip)),
  ].join('\n');
}
