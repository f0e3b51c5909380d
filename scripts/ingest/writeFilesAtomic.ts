// Writes a set of files so that a reader sees either all old or all new content, never half a
// file: everything is first written to temporary files beside the targets, and only when every
// one of them is complete are they renamed over the targets (a rename within a directory is
// atomic). If anything fails before the renames, the temporaries are removed and no target changed.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeFilesAtomic(files: ReadonlyMap<string, string>): void {
  const staged: { tmp: string; target: string }[] = [];
  try {
    for (const [target, content] of files) {
      mkdirSync(dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.tmp`;
      staged.push({ tmp, target });
      writeFileSync(tmp, content);
    }
  } catch (error) {
    for (const { tmp } of staged) rmSync(tmp, { force: true });
    throw error;
  }
  for (const { tmp, target } of staged) renameSync(tmp, target);
}
