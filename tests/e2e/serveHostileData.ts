/**
 * A small server of awkward datasets for the loading tests, on another origin than the app (so
 * every dataset here is "from elsewhere"), all with CORS:
 *
 *   /foreign.json          the bundled story under another title
 *   /gate/<key>.json       holds the request open, sending nothing, until /release/<key>; then
 *                          serves /foreign.json (a stalled server that recovers, for Retry)
 *   /trickle/<key>.json    sends the headers and 25 bytes, then nothing
 *   /huge.json?mb=N        declares N MB (content-length) and streams that many bytes of spaces,
 *                          generated as it goes: nothing that large is ever written to disk
 *   /endless.json          streams spaces for ever, with no content-length
 */
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { FOREIGN_TITLE, HOSTILE_DATA_PORT } from './hostileData';

const bundled = JSON.parse(readFileSync('data/kazakhstan-2022-01.json', 'utf8')) as object;
const foreign = Buffer.from(JSON.stringify({ ...bundled, title: FOREIGN_TITLE }));
const released = new Set<string>();
const MB = 1_048_576;
const spaces = Buffer.alloc(MB, 0x20);

function streamSpaces(response: ServerResponse, megabytes: number): void {
  let sent = 0;
  const more = () => {
    while (sent < megabytes) {
      sent += 1;
      if (!response.write(spaces)) {
        response.once('drain', more);
        return;
      }
    }
    response.end();
  };
  response.on('close', () => {
    sent = megabytes;
  });
  more();
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const cors = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
  const json = { ...cors, 'content-type': 'application/json' };
  const [, kind, name = ''] = url.pathname.split('/');
  const key = name.replace(/\.json$/, '');
  if (url.pathname === '/foreign.json' || (kind === 'gate' && released.has(key))) {
    response.writeHead(200, { ...json, 'content-length': foreign.length });
    response.end(foreign);
  } else if (kind === 'gate') {
    // Stalled: the connection stays open and nothing is sent until the client gives up.
  } else if (kind === 'release') {
    released.add(key);
    response.writeHead(200, cors);
    response.end('released');
  } else if (kind === 'trickle') {
    response.writeHead(200, { ...json, 'content-length': foreign.length });
    response.write(foreign.subarray(0, 25));
  } else if (url.pathname === '/huge.json') {
    const megabytes = Number(url.searchParams.get('mb') ?? '300');
    response.writeHead(200, { ...json, 'content-length': megabytes * MB });
    streamSpaces(response, megabytes);
  } else if (url.pathname === '/endless.json') {
    response.writeHead(200, json);
    streamSpaces(response, Number.POSITIVE_INFINITY);
  } else if (url.pathname === '/') {
    response.writeHead(200, { ...cors, 'content-type': 'text/plain' });
    response.end('hostile test data');
  } else {
    response.writeHead(404, cors);
    response.end();
  }
}).listen(HOSTILE_DATA_PORT, '127.0.0.1');
