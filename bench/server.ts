/**
 * The benchmark's own static server (node:http, 127.0.0.1, a free port): the production build at
 * /app/, the generated datasets at /data/, and the vis-timeline page at /vis/ with vis-timeline's
 * standalone build from node_modules. Nothing else is served; paths cannot climb out of a folder.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/** Where the server finds what it serves. */
export interface ServerFolders {
  dist: string;
  data: string;
  visPage: string;
  /** vis-timeline's standalone UMD script. */
  visScript: string;
}

/** A running server: its origin ("http://127.0.0.1:PORT") and how to stop it. */
export interface BenchServer {
  origin: string;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The file for a request path under `prefix` in `folder`, or null. */
function fileIn(folder: string, prefix: string, pathname: string): string | null {
  if (!pathname.startsWith(prefix)) return null;
  const root = resolve(folder);
  const rest = decodeURIComponent(pathname.slice(prefix.length)) || 'index.html';
  const file = resolve(join(root, rest));
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (!existsSync(file)) return null;
  return statSync(file).isDirectory() ? join(file, 'index.html') : file;
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startServer(folders: ServerFolders): Promise<BenchServer> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file =
      pathname === '/vis/vis-timeline-graph2d.min.js'
        ? folders.visScript
        : (fileIn(folders.dist, '/app/', pathname) ??
          fileIn(folders.data, '/data/', pathname) ??
          fileIn(folders.visPage, '/vis/', pathname));
    if (file === null || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`);
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
