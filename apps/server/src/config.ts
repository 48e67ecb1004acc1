import path from 'node:path';
import { z } from 'zod';

const boolFlag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must start with postgres:// or postgresql://' })
    .optional(),
  TSUNAGU_DATA_DIR: z.string().min(1).default('./data'),
  TSUNAGU_DEMO: boolFlag.default(true),
  TSUNAGU_DEMO_PASSWORD: z
    .string()
    .min(12, { error: 'must be at least 12 characters' })
    .default('tsunagu-demo'),
  TSUNAGU_TENANT: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .default('okayama'),
  TSUNAGU_SECURE_COOKIES: boolFlag.default(false),
  TSUNAGU_WEB_DIST: z.string().optional(),
  TSUNAGU_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(100000).default(60),
  TSUNAGU_SWEEP_INTERVAL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  TSUNAGU_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  TSUNAGU_CHECK_ANSWERS: boolFlag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** The server's configuration, read from the environment once at start. */
export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  demoPassword: string;
  defaultTenant: string;
  secureCookies: boolean;
  webDist: string;
  /** Sign-in attempts per minute per client address (the account lock-out is the main guard). */
  loginRateLimit: number;
  /** How often the referral sweep runs (escalations, overdue notices); every server process runs it. */
  sweepIntervalMs: number;
  /**
   * HTTP worker processes sharing the port (PostgreSQL only): one Node process uses one core, so a
   * machine with more cores than the database needs serves more with several.
   */
  workers: number;
  /**
   * Also encode every answer with its zod schema and require the same values as the compiled
   * serializer wrote (platform/http/answers.ts): on in the test suites, off in service, where it would
   * cost several times the writing.
   */
  checkAnswers: boolean;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
};

/** Thrown with every problem of the environment listed, so one start shows them all. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the environment; throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  if (c.TSUNAGU_WORKERS > 1 && !c.DATABASE_URL)
    throw new ConfigError([
      'TSUNAGU_WORKERS: more than one worker needs PostgreSQL (DATABASE_URL); the embedded database belongs to one process',
    ]);
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: path.resolve(c.TSUNAGU_DATA_DIR),
    demo: c.TSUNAGU_DEMO,
    demoPassword: c.TSUNAGU_DEMO_PASSWORD,
    defaultTenant: c.TSUNAGU_TENANT,
    secureCookies: c.TSUNAGU_SECURE_COOKIES,
    webDist: path.resolve(c.TSUNAGU_WEB_DIST ?? path.join(import.meta.dirname, '../../web/dist')),
    logLevel: c.LOG_LEVEL,
    loginRateLimit: c.TSUNAGU_LOGIN_RATE_LIMIT,
    sweepIntervalMs: c.TSUNAGU_SWEEP_INTERVAL_MS,
    workers: c.TSUNAGU_WORKERS,
    checkAnswers: c.TSUNAGU_CHECK_ANSWERS,
  };
}
