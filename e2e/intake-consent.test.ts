import { formatWareki, toIsoDate } from '@tsunagu/japan';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, type Stack, screenshot, startStack } from './support/browser';
import { signIn, visit } from './support/session';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

const SELF = '小野 静香';
const CHILD = '小野 大輔';
const PURPOSE = '支援のための関係機関との情報共有';
const NOTE = '受付時に口頭で説明し、同意を得た。';

const member = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^世帯員 ${n}`) });
const consentRegion = (page: Page) => page.getByRole('region', { name: '同意（情報共有）' });

describe('相談受付 with 同意（情報共有）', () => {
  let page: Page;
  const today = toIsoDate(new Date());
  afterAll(() => page?.context().close());

  it('ticking 「この受付で同意を得た」 by keyboard shows the consent fields; missing ones are listed', async () => {
    page = await stack.newPage();
    await signIn(page, stack.baseUrl, 'staff@demo.example');
    await visit(page, `${stack.baseUrl}/staff/intakes/new`, '相談受付');
    await member(page, 1).waitFor();
    await page.getByLabel('相談経路').selectOption({ label: '来所' });
    await page.getByLabel('来談者').selectOption({ label: '本人' });
    await page.getByLabel('相談内容').fill('家計と子の就労の相談。');
    const self = member(page, 1);
    await self.getByLabel('氏名（姓）').fill('小野');
    await self.getByLabel('氏名（名）').fill('静香');
    await self.getByLabel('ふりがな（せい）').fill('おの');
    await self.getByLabel('ふりがな（めい）').fill('しずか');
    await self.getByRole('checkbox', { name: '収入・仕事', exact: true }).check();
    await page.getByRole('button', { name: '世帯員を追加' }).click();
    const child = member(page, 2);
    await child.getByLabel('氏名（姓）').fill('小野');
    await child.getByLabel('氏名（名）').fill('大輔');
    await child.getByLabel('ふりがな（せい）').fill('おの');
    await child.getByLabel('ふりがな（めい）').fill('だいすけ');
    await child.getByLabel('続柄').selectOption({ label: '子' });
    await child.getByRole('checkbox', { name: 'ひきこもり・不登校', exact: true }).check();
    await page.getByLabel(/^主訴（いちばん困っていること）/).selectOption({ label: `${SELF} — 収入・仕事` });

    const consent = consentRegion(page);
    const given = consent.getByRole('checkbox', { name: 'この受付で同意を得た' });
    expect(await consent.getByRole('group', { name: /^同意した方/ }).count()).toBe(0);
    await given.focus();
    await page.keyboard.press('Space');
    expect(await given.isChecked()).toBe(true);
    // Who consented: the members by name. 取得日 starts as the 受付日.
    await consent.getByRole('checkbox', { name: SELF }).waitFor();
    await consent.getByRole('checkbox', { name: CHILD }).waitFor();
    expect(await consent.getByLabel(/^取得日/).inputValue()).toBe(today);

    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByRole('link', { name: /^同意（情報共有） 同意した方：/ }).waitFor();
    await page.getByRole('link', { name: '同意（情報共有） 同意の目的：選択してください' }).waitFor();
    await page
      .getByRole('link', { name: /^同意（情報共有） 共有先：共有先の機関または機関の種別を1つ以上/ })
      .waitFor();
    await page.getByRole('link', { name: '同意（情報共有） 取得方法：選択してください' }).waitFor();
    await expectNoAxeViolations(page, '/staff/intakes/new (consent errors)');
  });

  it('a server refusal of the consent lands by its field; registering records it for each member', async () => {
    const consent = consentRegion(page);
    await consent.getByRole('checkbox', { name: SELF }).check();
    await consent.getByRole('checkbox', { name: CHILD }).check();
    await consent.getByRole('radio', { name: PURPOSE }).check();
    await consent.getByRole('checkbox', { name: '福祉事務所', exact: true }).check();
    await consent.getByRole('radio', { name: '口頭' }).check();
    await consent.getByLabel('備考').fill(NOTE);
    await page.getByRole('heading', { name: /入力内容を確認してください/ }).waitFor({ state: 'detached' });
    await expectNoAxeViolations(page, '/staff/intakes/new (consent filled)');
    await screenshot(page, 'intake-consent');

    await page.route(
      '**/api/intakes',
      (route) =>
        route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({
            error: {
              code: 'validation_failed',
              message: '入力内容に誤りがあります。',
              messageEn: 'The request is not valid.',
              issues: [
                {
                  path: 'body.consent.scopeAgencyIds',
                  message: '共有先の機関が見つかりません / unknown agency',
                },
              ],
            },
          }),
        }),
      { times: 1 },
    );
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByRole('link', { name: '同意（情報共有） 共有先：共有先の機関が見つかりません' }).click();
    // The link moves focus into the 共有先 group (its first box).
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^intake-consent-scope/);

    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByRole('heading', { level: 1, name: /つなぐシート/ }).waitFor();
    for (const name of [SELF, CHILD]) {
      await page.getByRole('link', { name: `同意の記録（${name}）` }).click();
      await page.getByRole('heading', { level: 1, name: `${name} さんの同意` }).waitFor();
      const card = page.getByRole('region', { name: '有効な同意' }).getByRole('article', { name: PURPOSE });
      await card.waitFor();
      const text = await card.textContent();
      for (const expected of ['有効', '福祉事務所', '口頭', formatWareki(today), NOTE])
        expect(text, name).toContain(expected);
      await expectNoAxeViolations(page, `/staff/persons/:id/consents (${name})`);
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: /つなぐシート/ }).waitFor();
    }
  });
});
