import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../apps/server/test/support/global-setup';
import { expectNoAxeViolations } from './browser';

/** Signs in through the sign-in page as a person would, checking the page with axe on the way. */
export async function signIn(page: Page, baseUrl: string, email: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByRole('heading', { level: 1, name: 'サインイン' }).waitFor();
  await expectNoAxeViolations(page, '/login');
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel(/^パスワード/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'サインインする' }).click();
  await page.getByRole('heading', { level: 1, name: '職員ホーム' }).waitFor();
  await expectNoAxeViolations(page, `/staff (${email})`);
}

/** Opens a path, waits for its page heading and checks the page with axe. */
export async function visit(page: Page, url: string, heading: string | RegExp) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await expectNoAxeViolations(page, url);
}
