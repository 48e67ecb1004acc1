import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from '../../src/platform/db/data-dir-lock';

const dirs: string[] = [];
const children: ChildProcess[] = [];
function tmpDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagu-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Another live process that takes the lock file the way the server does (O_EXCL, its pid inside). */
async function holdInChild(lockPath: string): Promise<ChildProcess> {
  const script = `require('fs').writeFileSync(${JSON.stringify(lockPath)}, String(process.pid), { flag: 'wx' });
    process.stdout.write('locked\\n'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('locked') && resolve());
    child.on('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
  return child;
}

describe('lockDataDir', () => {
  it('creates the folder and a lock file holding this process id; release removes it', () => {
    const dir = path.join(tmpDir(), 'nested', 'data');
    const release = lockDataDir(dir);
    const lockPath = path.join(dir, 'tsunagu.lock');
    expect(fs.readFileSync(lockPath, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockPath)).toBe(false);
    expect(() => release()).not.toThrow();
  });

  it('refuses a folder held by another live process, naming its pid', async () => {
    const dir = tmpDir();
    const lockPath = path.join(dir, 'tsunagu.lock');
    const holder = await holdInChild(lockPath);
    let error: unknown;
    try {
      lockDataDir(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as DataDirLockedError).pid).toBe(holder.pid);
    expect((error as Error).message).toContain('in use by another process');
    expect((error as Error).message).toContain('使用中');
    expect(fs.readFileSync(lockPath, 'utf8')).toBe(String(holder.pid));

    // Once the holder is gone, its lock is stale and is taken over.
    const exited = new Promise((r) => holder.once('exit', r));
    holder.kill('SIGKILL');
    await exited;
    const release = lockDataDir(dir);
    expect(fs.readFileSync(lockPath, 'utf8')).toBe(String(process.pid));
    release();
  });

  it('takes over a stale lock left by a dead process or holding garbage', () => {
    for (const content of ['999999', 'not a pid', '']) {
      const dir = tmpDir();
      const lockPath = path.join(dir, 'tsunagu.lock');
      fs.writeFileSync(lockPath, content);
      const release = lockDataDir(dir);
      expect(fs.readFileSync(lockPath, 'utf8'), content).toBe(String(process.pid));
      release();
      expect(fs.existsSync(lockPath)).toBe(false);
    }
  });

  it('does not remove a lock that another process has taken since', () => {
    const dir = tmpDir();
    const lockPath = path.join(dir, 'tsunagu.lock');
    const release = lockDataDir(dir);
    fs.writeFileSync(lockPath, '424242');
    release();
    expect(fs.readFileSync(lockPath, 'utf8')).toBe('424242');
  });
});
