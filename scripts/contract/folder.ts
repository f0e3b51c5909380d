// A data directory on disk, as checkData reads it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DataDir } from './checkData';

export function folder(root: string): DataDir {
  return {
    read: (rel) => {
      const path = join(root, rel);
      return existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
    },
    list: (dir) => {
      const path = join(root, dir);
      return existsSync(path) && statSync(path).isDirectory() ? readdirSync(path) : [];
    },
  };
}
