/**
 * A small static server for the browser tests at scale: it generates the 100,000-event dataset
 * once and serves it with CORS, like a dataset published on another site (`?data=` across origins).
 */
import { createServer } from 'node:http';
import { generateDataset } from '../../scripts/generateDataset';
import { SCALE_DATA_PORT, SCALE_EVENTS, SCALE_SEED } from './scaleData';

const body = Buffer.from(
  JSON.stringify(generateDataset({ events: SCALE_EVENTS, seed: SCALE_SEED })),
);

createServer((request, response) => {
  const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
  if (request.url === '/events.json') {
    response.writeHead(200, {
      ...headers,
      'content-type': 'application/json',
      'content-length': body.length,
    });
    response.end(body);
  } else if (request.url === '/') {
    response.writeHead(200, { ...headers, 'content-type': 'text/plain' });
    response.end('scale test data');
  } else {
    response.writeHead(404, headers);
    response.end();
  }
}).listen(SCALE_DATA_PORT, '127.0.0.1');
