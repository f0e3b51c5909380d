// How every build script writes into a data directory: under its lock, all files or none.
import { withDataLockSync } from './dataLock';
import { commitFiles } from './commitFiles';

/** Writes `files` (absolute path → content) inside `dataDir`, holding the directory's lock. */
export function writeDataFiles(dataDir: string, files: ReadonlyMap<string, string>): void {
  withDataLockSync(dataDir, () => commitFiles(dataDir, files));
}
