// One writer at a time in a data directory. Two ingests (or an ingest and a data build) that read
// index.json, add their city and write it back would each lose the other's city; holding a lock
// file beside the data across the whole read-modify-write serializes them. A lock left by a
// process that died is taken over: it names its owner's pid.
import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = '.write.lock';

export class LockTimeout extends Error {
  constructor(path: string, waitedMs: number) {
    super(
      `${path}: another writer has held the data directory for ${Math.round(waitedMs / 1000)} s`,
    );
    this.name = 'LockTimeout';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock if it is free (or its owner is dead); false when a live process holds it. */
function tryLock(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  let owner: number;
  try {
    owner = Number(readFileSync(path, 'utf8').trim());
  } catch {
    return false; // It is being written or removed: try again.
  }
  if (Number.isInteger(owner) && owner > 0 && !alive(owner)) {
    rmSync(path, { force: true });
    return tryLock(path);
  }
  return false;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withDataLock<T>(
  dir: string,
  work: () => Promise<T> | T,
  timeoutMs = 120_000,
): Promise<T> {
  const path = join(dir, LOCK_FILE);
  const started = Date.now();
  while (!tryLock(path)) {
    if (Date.now() - started > timeoutMs) throw new LockTimeout(path, Date.now() - started);
    await sleep(25 + Math.random() * 50);
  }
  try {
    return await work();
  } finally {
    rmSync(path, { force: true });
  }
}

/** The same for synchronous callers (the data build): waits with Atomics.wait, no busy loop. */
export function withDataLockSync<T>(dir: string, work: () => T, timeoutMs = 120_000): T {
  const path = join(dir, LOCK_FILE);
  const started = Date.now();
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (!tryLock(path)) {
    if (Date.now() - started > timeoutMs) throw new LockTimeout(path, Date.now() - started);
    Atomics.wait(pause, 0, 0, 25 + Math.random() * 50);
  }
  try {
    return work();
  } finally {
    rmSync(path, { force: true });
  }
}
