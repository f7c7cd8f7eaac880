import type { ChildProcess } from 'node:child_process';

/** Resolves with a child process's exit status (1 if it could not be started or was ended by a signal). */
export function exitStatus(child: ChildProcess): Promise<number> {
  return new Promise((done) => {
    child.on('error', () => done(1));
    child.on('close', (status) => done(status ?? 1));
  });
}
