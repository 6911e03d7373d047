/** Reads a build folder's first load from disk (see scripts/firstLoadSize.ts for the rules). */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { firstLoad, type FirstLoad } from '../scripts/firstLoadSize';

/** The first load of the build in `distDir`; throws with a hint when there is no build. */
export function readFirstLoad(distDir: string): FirstLoad {
  const root = resolve(distDir);
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) {
    throw new Error(`${indexPath} does not exist: run \`npm run build\` first`);
  }
  return firstLoad(readFileSync(indexPath, 'utf8'), (path) => {
    const file = resolve(root, path);
    if (!file.startsWith(root + sep) || !existsSync(file)) return undefined;
    return readFileSync(file);
  });
}
