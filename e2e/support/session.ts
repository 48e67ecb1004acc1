import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../apps/server/test/support/global-setup';
import { expectNoAxeViolations } from './browser';

/**
 * The sign-in page and each user's home, once checked with axe, are not checked again on every later
 * sign-in: they are the same pages, and each check takes about a second.
 */
const checkedOnSignIn = new Set<string>();
async function checkOnce(page: Page, where: string) {
  if (checkedOnSignIn.has(where)) return;
  await expectNoAxeViolations(page, where);
  checkedOnSignIn.add(where);
}

/** Signs in through the sign-in page as a person would, checking the page with axe on the way. */
export async function signIn(page: Page, baseUrl: string, email: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByRole('heading', { level: 1, name: 'サインイン' }).waitFor();
  await checkOnce(page, '/login');
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel(/^パスワード/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'サインインする' }).click();
  await page.getByRole('heading', { level: 1, name: '職員ホーム' }).waitFor();
  await checkOnce(page, `/staff (${email})`);
}

/** Opens a path, waits for its page heading and checks the page with axe. */
export async function visit(page: Page, url: string, heading: string | RegExp) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await expectNoAxeViolations(page, url);
}
