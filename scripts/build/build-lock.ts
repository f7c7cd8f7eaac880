/**
 * One build at a time per output folder (and per cache folder): two builds
 * started together (two pushes on a self-hosted runner, a build started
 * while another runs) would write one staging folder and publish a
 * mixture. A build holds a lock file beside the folder while it works; a
 * second build waits for it, saying so, then builds on what the first one
 * left. A lock whose holder is no longer running (a killed build) is
 * taken over (docs/decisions/0023-one-build-at-a-time.md).
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';

/** Who holds a lock: a process, told apart from a later one given the same number. */
export interface LockHolder {
  pid: number;
  /** When the process started, as the system counts it; empty where the system does not say. */
  started: string;
  /** When it took the lock, for messages. */
  since: string;
}

/** This process's start as Linux counts it (clock ticks since boot); empty elsewhere. */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name in brackets may hold spaces; the start time is the 20th field after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return undefined;
  }
}

/** Whether the process that wrote `holder` still runs. */
export function isRunning(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const started = processStart(holder.pid);
  // Another process given the same number since is not the holder.
  return holder.started === '' || started === undefined || started === holder.started;
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(text) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock at `lockFile` if it is free; answers with whoever holds it
 * otherwise (`pid` -1 for a file that names no one). The lock is written
 * whole beside it and linked into place, which fails if it exists: no
 * build ever reads a lock half written.
 */
async function tryLock(lockFile: string, me: LockHolder): Promise<LockHolder | undefined> {
  const written = `${lockFile}.${process.pid}`;
  await writeFile(written, JSON.stringify(me));
  try {
    await link(written, lockFile);
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(written);
  }
  const text = await readFile(lockFile, 'utf8').catch(() => undefined);
  // Released between the two calls: free, look again.
  if (text === undefined) return { pid: 0, started: '', since: '' };
  return parseHolder(text) ?? { pid: -1, started: '', since: '' };
}

/** Moves a stale lock aside; restores it if, between reading and moving, a live build took it. */
async function clearStale(lockFile: string, stale: LockHolder): Promise<void> {
  const aside = `${lockFile}.stale-${process.pid}-${Date.now()}`;
  try {
    await rename(lockFile, aside);
  } catch {
    return;
  }
  const moved = parseHolder(await readFile(aside, 'utf8').catch(() => ''));
  if (moved && (moved.pid !== stale.pid || moved.started !== stale.started) && isRunning(moved)) {
    await rename(aside, lockFile);
    return;
  }
  await unlink(aside).catch(() => undefined);
}

/** A lock held by this process. */
export interface HeldLock {
  /** Whether the lock file still names this process: checked before publishing. */
  stillHeld(): boolean;
  release(): void;
}

/**
 * Waits until the lock at `lockFile` is free, then holds it until released
 * or this process ends. `waiting` is called once, with the holder, if the
 * lock is busy. `pollMs` is how often a waiting build looks again.
 */
export async function acquireLock(
  lockFile: string,
  { waiting, pollMs = 500 }: { waiting?: (holder: LockHolder) => void; pollMs?: number } = {},
): Promise<HeldLock> {
  const me: LockHolder = { pid: process.pid, started: processStart(process.pid) ?? '', since: new Date().toISOString() };
  let told = false;
  for (;;) {
    const holder = await tryLock(lockFile, me);
    if (holder === undefined) break;
    if (holder.pid === 0) continue;
    if (holder.pid === -1 || (holder.pid > 0 && !isRunning(holder))) {
      await clearStale(lockFile, holder);
      continue;
    }
    if (!told) waiting?.(holder);
    told = true;
    await new Promise((resume) => setTimeout(resume, pollMs));
  }
  const mine = () => parseHolder(readFileOr(lockFile))?.pid === me.pid;
  const release = () => {
    process.off('exit', release);
    if (mine()) unlinkSync(lockFile);
  };
  process.on('exit', release);
  return { stillHeld: mine, release };
}

function readFileOr(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
