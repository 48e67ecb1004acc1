import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;

function problemsOf(vars: Record<string, string>): string[] {
  try {
    loadConfig(env(vars));
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('fills in safe defaults for an empty environment', () => {
    const c = loadConfig(env({}));
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: path.resolve('./data'),
      demo: true,
      demoPassword: 'tsunagu-demo',
      defaultTenant: 'okayama',
      secureCookies: false,
      loginRateLimit: 60,
      sweepIntervalMs: 60_000,
      workers: 1,
      checkAnswers: false,
      logLevel: 'info',
    });
    expect(path.isAbsolute(c.webDist)).toBe(true);
  });

  it('reads every variable it knows', () => {
    const c = loadConfig(
      env({
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgresql://u@db/tsunagu',
        TSUNAGU_DATA_DIR: '/var/lib/tsunagu',
        TSUNAGU_DEMO: '0',
        TSUNAGU_DEMO_PASSWORD: 'a-long-demo-password',
        TSUNAGU_TENANT: 'kurashiki',
        TSUNAGU_SECURE_COOKIES: 'true',
        TSUNAGU_WEB_DIST: '/srv/web',
        TSUNAGU_LOGIN_RATE_LIMIT: '5',
        TSUNAGU_SWEEP_INTERVAL_MS: '5000',
        TSUNAGU_WORKERS: '4',
        TSUNAGU_CHECK_ANSWERS: '1',
        LOG_LEVEL: 'warn',
      }),
    );
    expect(c).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgresql://u@db/tsunagu',
      dataDir: '/var/lib/tsunagu',
      demo: false,
      demoPassword: 'a-long-demo-password',
      defaultTenant: 'kurashiki',
      secureCookies: true,
      webDist: '/srv/web',
      loginRateLimit: 5,
      sweepIntervalMs: 5000,
      workers: 4,
      checkAnswers: true,
      logLevel: 'warn',
    });
  });

  it('lists every problem at once, each naming its variable', () => {
    const problems = problemsOf({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
    expect(problems).toHaveLength(2);
    expect(problems.some((p) => p.startsWith('PORT:'))).toBe(true);
    expect(problems.find((p) => p.startsWith('DATABASE_URL:'))).toMatch(/postgres/);
  });

  it('refuses out-of-range and malformed values', () => {
    const problems = problemsOf({
      PORT: '70000',
      TSUNAGU_DEMO: 'yes',
      TSUNAGU_DEMO_PASSWORD: 'short',
      TSUNAGU_TENANT: 'Okayama City',
      TSUNAGU_LOGIN_RATE_LIMIT: '0',
      TSUNAGU_SWEEP_INTERVAL_MS: '10',
      TSUNAGU_WORKERS: '0',
      LOG_LEVEL: 'verbose',
    });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'LOG_LEVEL',
      'PORT',
      'TSUNAGU_DEMO',
      'TSUNAGU_DEMO_PASSWORD',
      'TSUNAGU_LOGIN_RATE_LIMIT',
      'TSUNAGU_SWEEP_INTERVAL_MS',
      'TSUNAGU_TENANT',
      'TSUNAGU_WORKERS',
    ]);
  });

  it('refuses more than one worker on the embedded database, which belongs to one process', () => {
    const [problem, ...rest] = problemsOf({ TSUNAGU_WORKERS: '2' });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^TSUNAGU_WORKERS: .*PostgreSQL \(DATABASE_URL\)/);
    expect(loadConfig(env({ TSUNAGU_WORKERS: '2', DATABASE_URL: 'postgres://u@db/t' })).workers).toBe(2);
  });

  it('puts every problem in the message shown at start-up', () => {
    try {
      loadConfig(env({ PORT: 'abc', DATABASE_URL: 'mysql://x' }));
      expect.unreachable();
    } catch (e) {
      const lines = (e as Error).message.split('\n');
      expect(lines[0]).toBe('Invalid configuration:');
      expect(lines.filter((l) => l.startsWith('  - '))).toHaveLength(2);
    }
  });
});
