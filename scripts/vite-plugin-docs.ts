/**
 * A Vite plugin that serves the format's documentation as pages of the site: `docs/*.md` rendered
 * to HTML with marked at build time (and on request by the dev server), at `docs/<name>.html`,
 * with a small style sheet and the same strict Content-Security-Policy as the app (no scripts at
 * all). Links between the documents point at their pages; the opener links to them, so a reader
 * never needs the repository. The markdown is the project's own, not data.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { marked } from 'marked';
import type { Plugin } from 'vite';

/** The documents published as pages, by file name without `.md`. */
export const DOC_PAGES = ['data-format', 'import-export'] as const;

/** The templates the opener links to, served as they are from `docs/templates/`. */
export const TEMPLATES = {
  'chronicle-template.json': 'application/json',
  'chronicle-template.csv': 'text/csv',
} as const;

type TemplateName = keyof typeof TEMPLATES;
const isTemplate = (name: string): name is TemplateName => Object.hasOwn(TEMPLATES, name);

const CSP =
  "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

const STYLE = `body{max-width:48rem;margin:2rem auto;padding:0 1rem;font:16px/1.55 system-ui,sans-serif;color:#1f1f1f;background:#fbfaf7}
a{color:#a4161a}code,pre{font-family:ui-monospace,monospace;font-size:.9em}pre{overflow:auto;padding:.75rem;background:#f2f0ea;border-radius:4px}
table{border-collapse:collapse;display:block;overflow-x:auto}th,td{border-bottom:1px solid #dedad0;padding:.3rem .5rem;text-align:left;vertical-align:top}
@media (prefers-color-scheme:dark){body{color:#e8e6e1;background:#121316}a{color:#ff6b6b}pre{background:#23262b}th,td{border-color:#33363c}}
`;

/** One document as a standalone page. */
export function renderDocPage(markdown: string, name: string): string {
  const body = marked.parse(markdown, { async: false });
  // Links to the other documents go to their pages.
  const linked = body.replace(
    /href="(?:\.\/)?(?:docs\/)?([a-z-]+)\.md(#[^"]*)?"/g,
    'href="$1.html$2"',
  );
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1] ?? name;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title.replace(/[<&]/g, '')} — Chronicle</title>
<link rel="stylesheet" href="docs.css">
</head>
<body>
<p><a href="../">← Back to Chronicle</a></p>
<main>
${linked}
</main>
</body>
</html>
`;
}

function page(root: string, name: string): string {
  return renderDocPage(readFileSync(resolve(root, 'docs', `${name}.md`), 'utf8'), name);
}

/** Publishes `docs/*.md` as `docs/*.html` in the built site and on the dev server. */
export function docsPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'chronicle:docs',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? '';
        const template = /\/docs\/templates\/([a-z.-]+)$/.exec(path)?.[1] ?? '';
        if (isTemplate(template)) {
          response.setHeader('Content-Type', TEMPLATES[template]);
          response.end(readFileSync(resolve(root, 'docs', 'templates', template)));
          return;
        }
        const match = /\/docs\/([a-z-]+)\.(html|css)$/.exec(path);
        const name = DOC_PAGES.find((doc) => doc === match?.[1]);
        if (match?.[2] === 'css' && match[1] === 'docs') {
          response.setHeader('Content-Type', 'text/css');
          response.end(STYLE);
        } else if (name !== undefined) {
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(page(root, name));
        } else {
          next();
        }
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'docs/docs.css', source: STYLE });
      for (const name of Object.keys(TEMPLATES)) {
        this.emitFile({
          type: 'asset',
          fileName: `docs/templates/${name}`,
          source: readFileSync(resolve(root, 'docs', 'templates', name)),
        });
      }
      for (const name of DOC_PAGES) {
        this.emitFile({ type: 'asset', fileName: `docs/${name}.html`, source: page(root, name) });
      }
    },
  };
}
