import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp } from '../../apps/server/src/app';
import { loadConfig } from '../../apps/server/src/config';
import { tenantIdBySlug } from '../../apps/server/src/platform/tenancy';
import { createTestDatabase } from '../../apps/server/test/support/test-db';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_DIST = path.resolve(import.meta.dirname, '../../apps/web/dist');

/**
 * The real server on a fresh copy of the demo database, listening on a free port, serving the built
 * web app; and a headless Debian Chromium. Browser tests never skip: a missing browser or build fails.
 */
export async function startStack() {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html')))
    throw new Error('apps/web/dist is missing: run npm run build:web');
  const database = await createTestDatabase();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    TSUNAGU_WEB_DIST: WEB_DIST,
    TSUNAGU_LOGIN_RATE_LIMIT: '10000',
    TSUNAGU_CHECK_ANSWERS: '1',
  } as NodeJS.ProcessEnv);
  const publicTenantId = (await tenantIdBySlug(database.db, 'okayama'))!;
  const app = await buildApp({ db: database.db, config, publicTenantId, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    baseUrl,
    browser,
    db: database.db,
    async newPage(): Promise<Page> {
      const context = await browser.newContext({
        locale: 'ja-JP',
        timezoneId: 'Asia/Tokyo',
        viewport: { width: 1280, height: 900 },
      });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await app.close();
      await database.drop();
    },
  };
}
export type Stack = Awaited<ReturnType<typeof startStack>>;

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
type AxeViolation = { id: string; impact: string | null; targets: string[] };

/**
 * Runs axe-core (WCAG 2.0–2.2 A/AA rules) on the page and fails the test on any violation. axe-core is
 * put into the page once per document and run there directly: @axe-core/playwright's analyze() opens a
 * second page for every check to merge frames' results, which our pages (no frames) do not need and
 * which tripled the time of each check.
 */
export async function expectNoAxeViolations(page: Page, where: string) {
  // A page still loading its data (the Loading line's spinner) is not the page people read: wait
  // for it to finish, and fail if it never does.
  await page
    .locator('[role="status"] .animate-spin')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => {
      throw new Error(`${where} was still loading after 15 s; nothing to check`);
    });
  // The settled page is checked: a colour caught half-way through a transition (a button fading to its
  // hover colour) is not what anyone reads. Endless animations (spinners) are not waited for.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY)
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 2_000)),
    ]),
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags): Promise<AxeViolation[]> => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, AXE_TAGS);
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.targets.slice(0, 3).join(', ')}`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** Saves a screenshot under test-results/screenshots for people to look at. */
export async function screenshot(page: Page, name: string) {
  const dir = path.resolve('test-results/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
