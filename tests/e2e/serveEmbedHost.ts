/** The news site of the embed tests; what it serves is described in embedHost.ts. */
import { createServer } from 'node:http';
import { E2E_APP_PORT, EMBED_HOST_PORT, LIAR_HEIGHT } from './embedHost';

const app = `http://127.0.0.1:${E2E_APP_PORT}/`;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

const recorder = `<script>
  window.heard = [];
  window.addEventListener('message', (e) => window.heard.push({ origin: e.origin, data: e.data }));
</script>`;

function frame(id: string, query: string, lazy: boolean): string {
  return `<iframe id="${id}" src="${escapeAttribute(`${app}?${query}`)}" title="Unrest in Kazakhstan, January 2022: interactive timeline" width="100%" height="575" style="width: 100%; border: 0;"${lazy ? ' loading="lazy"' : ''} allow="clipboard-write; web-share"></iframe>`;
}

function page(title: string, body: string, width = 680): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body { margin: 0; font: 18px/1.6 Georgia, serif; background: #fff; color: #222; } main { max-width: ${width}px; margin: 0 auto; padding: 16px; }</style>
<script src="${app}embed.js" async></script>
${recorder}
</head>
<body><main>${body}</main></body>
</html>`;
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const query = url.searchParams.get('frame') ?? 'embed=1';
  const html = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
  if (url.pathname === '/article.html') {
    response.writeHead(200, html);
    response.end(
      page(
        'An article with a timeline',
        `<h1>What happened in Kazakhstan</h1>
<p>The protests began on Sunday 2 January 2022.</p>
${frame('visible', query, false)}
<p>Read on below.</p>
<details id="more"><summary>The whole timeline</summary>${frame('hidden', 'embed=1', false)}</details>
<p>The end of the article.</p>`,
      ),
    );
  } else if (url.pathname === '/plain.html') {
    const width = Number(url.searchParams.get('width') ?? 640);
    response.writeHead(200, html);
    response.end(page('An embed', frame('visible', query, false), width));
  } else if (url.pathname === '/liar.html') {
    response.writeHead(200, html);
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Liar</title></head><body>
<script>parent.postMessage({ type: 'chronicle:embed-size', version: 1, height: ${LIAR_HEIGHT} }, '*');</script>
</body></html>`);
  } else if (url.pathname === '/') {
    response.writeHead(200, html);
    response.end('embed host');
  } else {
    response.writeHead(404, html);
    response.end('not found');
  }
}).listen(EMBED_HOST_PORT, '127.0.0.1');
