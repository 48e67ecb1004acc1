import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

// The real entry point, in one node process (no npx/tsx wrapper), so signals reach the server itself.
const MAIN = path.resolve(import.meta.dirname, '../../src/main.ts');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagu-data-'));
const started: ChildProcess[] = [];

function startServer() {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: path.resolve(import.meta.dirname, '../../../..'),
    env: { ...inherited, PORT: '0', TSUNAGU_DATA_DIR: dataDir, TSUNAGU_DEMO: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const out = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d: Buffer) => {
    out.stdout += d.toString();
  });
  child.stderr!.on('data', (d: Buffer) => {
    out.stderr += d.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out, exit };
}

async function until(cond: () => boolean, what: string, ms: number) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// A fresh PGlite folder costs the server an initdb of ten seconds and more on this machine. When the
// suite runs on PGlite, the migrated template is unpacked into the folder first; the lock is the same.
beforeAll(async () => {
  const template = inject('dbTemplate');
  if (template.kind !== 'pglite') return;
  const pglite = new PGlite({
    dataDir: path.join(dataDir, 'pglite'),
    loadDataDir: new Blob([fs.readFileSync(template.file)]),
  });
  await pglite.waitReady;
  await pglite.close();
});

afterAll(() => {
  for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('one data folder, one server', () => {
  it('refuses a second server on the same PGlite folder, then stops the first cleanly', async () => {
    const first = startServer();
    let firstExit: number | null | undefined;
    void first.exit.then((c) => {
      firstExit = c;
    });
    await until(
      () => first.out.stdout.includes('is running') || firstExit !== undefined,
      'first start',
      60_000,
    );
    expect(first.out.stderr).toBe('');
    expect(first.out.stdout).toContain('is running');
    expect(fs.readFileSync(path.join(dataDir, 'tsunagu.lock'), 'utf8')).toBe(String(first.child.pid));

    const second = startServer();
    expect(await second.exit).toBe(1);
    expect(second.out.stderr).toContain('in use by another process');
    expect(second.out.stderr).toContain(`pid ${first.child.pid}`);
    expect(second.out.stdout).not.toContain('is running');

    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);
    // A clean stop gives the folder back.
    expect(fs.existsSync(path.join(dataDir, 'tsunagu.lock'))).toBe(false);
  }, 90_000);
});
