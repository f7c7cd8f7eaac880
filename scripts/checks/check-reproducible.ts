/**
 * Proves the build is reproducible and needs no network: builds the site
 * twice from clean (fresh output and cache folders) and compares every
 * file's SHA-256; builds once more with no network at all — in a network
 * namespace of its own (`unshare --net`, only a downed loopback), or, where
 * the machine allows no namespaces, with every socket refused inside Node.
 *
 * Usage: npm run check:reproducible
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../..');

/** SHA-256 of every file under a folder, by path relative to it, sorted by path. */
export async function fileHashes(dir: string): Promise<Map<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
  const hashes = new Map<string, string>();
  for (const file of files)
    hashes.set(
      file,
      createHash('sha256')
        .update(await readFile(join(dir, file)))
        .digest('hex'),
    );
  return hashes;
}

/** Paths that differ between two hash maps: missing on either side or with other content. */
export function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].sort().filter((file) => a.get(file) !== b.get(file));
}

/** How a command can be run with no network, on this machine. */
function offlineWrapper(): { command: string[]; method: string } {
  const probe = spawnSync('unshare', ['--net', '--map-root-user', 'true'], { stdio: 'ignore' });
  if (probe.status === 0) {
    return { command: ['unshare', '--net', '--map-root-user'], method: 'unshare --net (a network namespace with no interface up)' };
  }
  return { command: [], method: 'every socket refused inside Node (no network namespaces on this machine)' };
}

/** Runs the project's build into a fresh folder; resolves with its exit code and output. */
export async function cleanBuild(
  options: { offline?: boolean } = {},
): Promise<{ status: number; output: string; dist: string; method?: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'longread-build-'));
  const dist = join(root, 'dist');
  const wrapper = options.offline ? offlineWrapper() : { command: [], method: undefined };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LONGREAD_OUT_DIR: dist,
    LONGREAD_CACHE_DIR: join(root, 'cache'),
    NO_COLOR: '1',
  };
  if (options.offline && wrapper.command.length === 0) {
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import=${join(projectRoot, 'scripts/checks/refuse-network.mjs')}`.trim();
  }
  const [command, ...args] = [...wrapper.command, process.execPath, join(projectRoot, 'scripts/build/build.ts')];
  return new Promise((done, fail) => {
    const child = spawn(command!, args, { cwd: projectRoot, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', fail);
    child.on('close', (status) =>
      done({
        status: status ?? 1,
        output,
        dist,
        ...(wrapper.method ? { method: wrapper.method } : {}),
        remove: () => rm(root, { recursive: true, force: true }),
      }),
    );
  });
}

if (import.meta.main) {
  const [first, second] = [await cleanBuild(), await cleanBuild()];
  let failed = false;
  for (const build of [first, second]) {
    if (build.status !== 0) {
      console.error(build.output);
      failed = true;
    }
  }
  if (!failed) {
    const [a, b] = [await fileHashes(first.dist), await fileHashes(second.dist)];
    const changed = differences(a, b);
    console.log(`Two clean builds: ${a.size} files, ${changed.length} differ.`);
    for (const file of changed) console.log(`  differs: ${file}`);
    failed ||= changed.length > 0 || a.size === 0;
  }
  const offline = await cleanBuild({ offline: true });
  console.log(`Build with no network (${offline.method}): ${offline.status === 0 ? 'succeeded' : 'FAILED'}.`);
  if (offline.status !== 0) console.error(offline.output);
  failed ||= offline.status !== 0;
  await Promise.all([first.remove(), second.remove(), offline.remove()]);
  process.exit(failed ? 1 : 0);
}
