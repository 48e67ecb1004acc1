import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../apps/server/test/support/global-setup';
import { expectNoAxeViolations, type Stack, screenshot, startStack } from './support/browser';
import { signIn, visit } from './support/session';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

const SUMMARY = '夫の介護に疲れていると電話。\n長男とは連絡が取れていない。';
const ACCOMMODATION = '耳が遠いので筆談を希望。郵送不可（家族に知られたくない）。';

const member = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^世帯員 ${n}`) });
const offerOf = (page: Page) => page.getByRole('region', { name: '保存された下書きがあります' });
const statusWith = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

describe('相談受付の下書き (autosave, resume, discard)', () => {
  let page: Page;
  const intakeUrl = () => `${stack.baseUrl}/staff/intakes/new`;
  afterAll(() => page?.context().close());

  it('the form has 配慮希望, and what staff type is saved as a draft after a pause', async () => {
    page = await stack.newPage();
    await signIn(page, stack.baseUrl, 'staff@demo.example');
    await visit(page, intakeUrl(), '相談受付');
    await member(page, 1).waitFor();
    const accommodation = page.getByLabel('配慮希望');
    await accommodation.waitFor();
    await page.getByText(/連絡方法や面談時の配慮など、本人の希望（例：筆談、郵送不可、女性職員）/).waitFor();

    await page.getByLabel('相談経路').selectOption({ label: '電話' });
    await page.getByLabel('相談内容').fill(SUMMARY);
    await accommodation.fill(ACCOMMODATION);
    const self = member(page, 1);
    await self.getByLabel('氏名（姓）').fill('髙橋');
    await self.getByLabel('氏名（名）').fill('𠮷子');
    await self.getByRole('checkbox', { name: '介護', exact: true }).check();

    const saved = statusWith(page, '下書きを保存しました');
    await saved.waitFor();
    expect(await saved.textContent()).toMatch(/^下書きを保存しました（\d{2}:\d{2}）$/);
    await expectNoAxeViolations(page, '/staff/intakes/new (draft saved)');
  });

  it('on reopening, the draft is offered first; resuming by keyboard brings every value back', async () => {
    await page.reload();
    const offer = offerOf(page);
    await offer.waitFor();
    await offer.getByText('下書きの本人：髙橋 𠮷子').waitFor();
    // Nothing is overwritten before the choice: the form is not there yet.
    expect(await page.getByLabel('相談内容').count()).toBe(0);
    await expectNoAxeViolations(page, '/staff/intakes/new (draft offer)');
    await screenshot(page, 'intake-draft-offer');

    // The offer has focus; Tab reaches 「前回の下書きを再開」 and Enter resumes.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft-offer-title');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('前回の下書きを再開');
    await page.keyboard.press('Enter');

    await page.getByLabel('相談内容').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('intake-receivedOn');
    expect(await page.getByLabel('相談内容').inputValue()).toBe(SUMMARY);
    expect(await page.getByLabel('配慮希望').inputValue()).toBe(ACCOMMODATION);
    expect(await page.getByLabel('相談経路').inputValue()).toBe('phone');
    const self = member(page, 1);
    expect(await self.getByLabel('氏名（姓）').inputValue()).toBe('髙橋');
    expect(await self.getByLabel('氏名（名）').inputValue()).toBe('𠮷子');
    expect(await self.getByRole('checkbox', { name: '介護', exact: true }).isChecked()).toBe(true);
    await statusWith(page, /に保存した下書きから再開しました/).waitFor();
    await expectNoAxeViolations(page, '/staff/intakes/new (resumed)');
  });

  it('when the session ends, the form stays as typed and says which draft a new sign-in offers', async () => {
    await page.context().clearCookies();
    await page.getByLabel('相談内容').fill(`${SUMMARY}\n（未保存の追記）`);
    const ended = statusWith(page, 'セッションが終了しました');
    await ended.waitFor();
    expect(await ended.textContent()).toMatch(/最後に保存した下書きは \d{2}:\d{2} のものです/);
    expect(page.url()).toBe(intakeUrl());
    expect(await page.getByLabel('相談内容').inputValue()).toBe(`${SUMMARY}\n（未保存の追記）`);
    await expectNoAxeViolations(page, '/staff/intakes/new (session ended)');
    await screenshot(page, 'intake-draft-session-ended');

    // Signing in again comes back to the form, which offers the last saved draft.
    await ended.getByRole('link', { name: 'もう一度サインインする' }).click();
    await page.getByRole('heading', { level: 1, name: 'サインイン' }).waitFor();
    await page.getByLabel('メールアドレス').fill('staff@demo.example');
    await page.getByLabel(/^パスワード/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'サインインする' }).click();
    await offerOf(page).waitFor();
    expect(page.url()).toBe(intakeUrl());
  });

  it('discarding starts a blank form, and the draft is not offered again', async () => {
    await offerOf(page).getByRole('button', { name: '破棄して新規入力' }).click();
    await page.getByText('下書きを破棄しました。').first().waitFor();
    expect(await page.getByLabel('相談内容').inputValue()).toBe('');
    expect(await page.getByLabel('配慮希望').inputValue()).toBe('');
    expect(await member(page, 1).getByLabel('氏名（姓）').inputValue()).toBe('');
    // Opening a blank form saves nothing by itself.
    await page.waitForTimeout(2_500);
    await page.reload();
    await member(page, 1).waitFor();
    expect(await offerOf(page).count()).toBe(0);
    await expectNoAxeViolations(page, '/staff/intakes/new (after discard)');
  });
});
