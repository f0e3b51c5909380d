// Writes a set of files all or nothing. Every file is first written to a temporary file beside
// its target; then each target is moved aside to a backup and the temporary renamed over it. If
// any step fails, what was already renamed is put back from its backups (a new file is removed),
// so the data directory holds exactly what it held before; temporaries and backups are removed on
// every path out. A rename within one directory is atomic, so a reader sees each file whole.
import {
  existsSync,
  mkdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname } from 'node:path';

/** The file-system steps a transaction takes; tests pass a version whose renames fail. */
export interface FsSteps {
  writeFile(path: string, content: string): void;
  rename(from: string, to: string): void;
  remove(path: string): void;
  /** Removes an empty directory (and throws when it is not empty). */
  removeDir(path: string): void;
  /** 'file', 'dir', or null when nothing is there. */
  kind(path: string): 'file' | 'dir' | null;
  mkdir(path: string): void;
}

export const nodeFs: FsSteps = {
  writeFile: (path, content) => writeFileSync(path, content),
  rename: (from, to) => renameSync(from, to),
  remove: (path) => rmSync(path, { force: true }),
  removeDir: (path) => rmdirSync(path),
  kind: (path) => {
    if (!existsSync(path)) return null;
    return statSync(path).isDirectory() ? 'dir' : 'file';
  },
  mkdir: (path) => mkdirSync(path),
};

export class TransactionError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(message);
    this.name = 'TransactionError';
    this.path = path;
  }
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/**
 * Commits `files` (absolute path → content). Directories under `root` that a target needs are
 * made one level at a time (never a recursive mkdir outside the data directory); a target that
 * is a directory, or a parent that is a file, fails before anything is written.
 */
export function commitFiles(
  root: string,
  files: ReadonlyMap<string, string>,
  fs: FsSteps = nodeFs,
): void {
  const tag = `${process.pid}.${Date.now().toString(36)}`;
  const made: string[] = [];
  const staged: { target: string; tmp: string; backup: string | null }[] = [];
  const renamed: { target: string; tmp: string; backup: string | null }[] = [];
  try {
    for (const target of files.keys()) {
      if (fs.kind(target) === 'dir') throw new TransactionError(target, `${target} is a directory`);
      const dir = dirname(target);
      const chain: string[] = [];
      for (let d = dir; d.length > root.length && d.startsWith(root); d = dirname(d))
        chain.unshift(d);
      for (const d of chain) {
        const kind = fs.kind(d);
        if (kind === 'file') throw new TransactionError(d, `${d} is a file, not a directory`);
        if (kind === null) {
          fs.mkdir(d);
          made.push(d);
        }
      }
    }
    for (const [target, content] of files) {
      const tmp = `${dirname(target)}/.${basename(target)}.${tag}.tmp`;
      staged.push({
        target,
        tmp,
        backup:
          fs.kind(target) === 'file' ? `${dirname(target)}/.${basename(target)}.${tag}.bak` : null,
      });
      fs.writeFile(tmp, content);
    }
    for (const step of staged) {
      if (step.backup) fs.rename(step.target, step.backup);
      try {
        fs.rename(step.tmp, step.target);
      } catch (error) {
        if (step.backup) fs.rename(step.backup, step.target);
        throw error;
      }
      renamed.push(step);
    }
  } catch (error) {
    // Put back what was replaced, newest first; remove what was new.
    for (const step of [...renamed].reverse()) {
      try {
        if (step.backup) fs.rename(step.backup, step.target);
        else fs.remove(step.target);
      } catch {
        // Keep undoing the others; the error below says what failed first.
      }
    }
    for (const step of staged) fs.remove(step.tmp);
    for (const d of [...made].reverse()) {
      try {
        fs.removeDir(d);
      } catch {
        // A directory another writer filled stays.
      }
    }
    if (error instanceof TransactionError) throw error;
    throw new TransactionError(root, `cannot write (${errorCode(error)})`);
  }
  for (const step of staged) if (step.backup) fs.remove(step.backup);
}
