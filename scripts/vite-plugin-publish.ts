/**
 * A Vite plugin that publishes the bundled story for link previews, embedding and oEmbed
 * (scripts/publish/publication.ts): at build time it writes a share page, a preview image and an
 * oEmbed document per event, the story's image and oEmbed document, the share pages' stylesheet
 * and script, and embed.js; it writes the story's preview tags into index.html (build and dev).
 * The dev server makes the same files on request, so share links and embed code work there too.
 *
 * Absolute addresses in previews come from CHRONICLE_SITE_URL (see publish/publishLinks.ts).
 * The publication's code (the app's model and its React components) runs through Vite's own
 * module runner, not as part of this config.
 */
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type * as PublicationModule from './publish/publication.ts';
import type { Publication } from './publish/publication.ts';

/** Which dataset to publish, relative to the root, and where the site is (else CHRONICLE_SITE_URL). */
export interface PublishPluginOptions {
  dataset: string;
  siteUrl?: string | null;
}

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  png: 'image/png',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};

/**
 * The publication renders components to HTML on the server; the style sheets they import are the
 * app's business (the share pages have their own), so inside the runner each is an empty module.
 */
const EMPTY_STYLESHEET = '\0chronicle:empty-stylesheet';
const styleSheetsAsEmpty: Plugin = {
  name: 'chronicle:publication-without-css',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? EMPTY_STYLESHEET : null),
  load: (id) => (id === EMPTY_STYLESHEET ? 'export {};' : null),
};

async function loadPublication(root: string, options: PublishPluginOptions): Promise<Publication> {
  const { module } = await runnerImport<typeof PublicationModule>(
    resolve(root, 'scripts/publish/publication.ts'),
    { root, configFile: false, logLevel: 'warn', plugins: [styleSheetsAsEmpty] },
  );
  return module.createPublication(
    options.dataset,
    options.siteUrl ?? process.env.CHRONICLE_SITE_URL,
    root,
  );
}

export function publishPlugin(options: PublishPluginOptions): Plugin {
  let root = process.cwd();
  let loaded: Promise<Publication> | null = null;
  const publication = () => (loaded ??= loadPublication(root, options));

  return {
    name: 'chronicle:publish',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: async (html) => (await publication()).indexHtml(html),
    },
    async generateBundle() {
      const started = performance.now();
      const { index, files, links } = await publication();
      for (const [fileName, make] of files) {
        this.emitFile({ type: 'asset', fileName, source: await make() });
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      this.info(
        `published ${index.events.length} share pages with preview images, oEmbed and embed.js in ${seconds} s` +
          (links.site
            ? ` for ${links.site}`
            : ' (relative addresses: set CHRONICLE_SITE_URL for absolute ones)'),
      );
    },
    configureServer(server) {
      const dataset = resolve(root, options.dataset);
      server.watcher.add(dataset);
      const made = new Map<string, Promise<string | Uint8Array>>();
      server.watcher.on('change', (file) => {
        if (resolve(file) !== dataset) return;
        loaded = null;
        made.clear();
      });
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname).slice(
          1,
        );
        publication()
          .then(({ files }) => {
            const make = files.get(path);
            if (!make) return next();
            if (!made.has(path)) made.set(path, make());
            return made.get(path)?.then((content) => {
              const type = CONTENT_TYPES[path.split('.').pop() ?? ''];
              response.setHeader('Content-Type', type ?? 'application/octet-stream');
              response.end(content);
            });
          })
          .catch(next);
      });
    },
  };
}
