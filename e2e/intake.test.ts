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

// 髙 (U+9AD9) and 𠮷 (U+20BB7, outside the BMP) must survive entry, storage and display unchanged.
const SELF = '髙橋 𠮷子';
const CHILD = '髙橋 一郎';
const GRANDCHILD = '山本 さくら';
const SUMMARY = '本人の介護の負担が大きいと来所。\n同居の長男が仕事を辞めて家にこもっている。';

const member = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^世帯員 ${n}`) });
const isDuplicateCheck = (url: string) => new URL(url).pathname === '/api/persons/duplicates';
/** What 相談者をさがす is asked for 本人: her ふりがな, her name as registered, her birth date in 和暦. */
const SEARCHES = ['タカハシ ヨシコ', SELF, '昭和23年2月29日'];

describe('相談受付 and the つなぐシート', () => {
  // One staff member's session runs through the steps in order: form, sheet, print, search.
  let page: Page;
  let householdUrl = '';
  const today = toIsoDate(new Date());
  const nav = () => page.getByRole('navigation', { name: 'メインメニュー' });
  afterAll(() => page?.context().close());

  it('agency staff open 相談受付; an empty submit lists every problem accessibly', async () => {
    page = await stack.newPage();
    await signIn(page, stack.baseUrl, 'staff@demo.example');
    await nav().getByRole('link', { name: '相談受付' }).click();
    await page.getByRole('heading', { level: 1, name: '相談受付' }).waitFor();
    await member(page, 1).waitFor();

    // 受付日 defaults to today in Asia/Tokyo, with its 和暦 beside it.
    expect(await page.getByLabel('受付日').inputValue()).toBe(today);
    await page.getByText(`和暦：${formatWareki(today)}`).waitFor();
    await expectNoAxeViolations(page, '/staff/intakes/new (empty)');

    // An empty submit lists every problem, linked to its field, and stays accessible.
    await page.getByRole('button', { name: '登録する' }).click();
    const summary = page.getByRole('heading', { name: /入力内容を確認してください（\d+件）/ });
    await summary.waitFor();
    await page.getByRole('link', { name: '相談経路：選択してください' }).waitFor();
    await page.getByRole('link', { name: '世帯員 1 氏名（姓）：入力してください' }).waitFor();
    await page.getByRole('link', { name: /^主訴：お困りごとを1つ以上選んでから/ }).waitFor();
    await expectNoAxeViolations(page, '/staff/intakes/new (errors)');
    await screenshot(page, 'intake-form-errors');
    // The summary's link moves focus to the field.
    await page.getByRole('link', { name: '相談経路：選択してください' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('intake-channel');
  });

  it('they fill a three-member household (髙橋 𠮷子, her son, her granddaughter) and choose the 主訴', async () => {
    await page.getByLabel('相談経路').selectOption({ label: '来所' });
    await page.getByLabel('来談者').selectOption({ label: '本人' });
    await page.getByRole('radio', { name: '高', exact: true }).check();
    await page.getByLabel('相談内容').fill(SUMMARY);
    await page.getByLabel('配慮希望').fill('耳が遠いので筆談で');

    const self = member(page, 1);
    await self.getByLabel('氏名（姓）').fill('髙橋');
    await self.getByLabel('氏名（名）').fill('𠮷子');
    await self.getByLabel('ふりがな（せい）').fill('タカハシ');
    // Half-width katakana is widened when the box is left.
    await self.getByLabel('ふりがな（めい）').fill('ﾖｼｺ');
    await self.getByLabel('ふりがな（めい）').blur();
    expect(await self.getByLabel('ふりがな（めい）').inputValue()).toBe('ヨシコ');
    // With ふりがな and birth date typed, the server is asked for duplicates: nobody, so nothing shows.
    const checked = page.waitForResponse((r) => isDuplicateCheck(r.url()));
    await self.getByLabel('生年月日', { exact: true }).fill('1948-02-29');
    const check = await checked;
    expect(check.status()).toBe(200);
    expect(await check.json()).toEqual({ items: [] });
    expect(await page.getByRole('heading', { name: 'すでに登録されている可能性がある方' }).count()).toBe(0);
    await self.getByText('和暦：昭和23年2月29日').waitFor();
    await self.getByText(/\d+歳（受付日時点）/).waitFor();
    await self.getByRole('radio', { name: '女性' }).check();
    // Leaving the address box proposes the 小学校区 from it.
    await self.getByLabel('住所').fill('岡山市北区鹿田町一丁目1番1号');
    await self.getByLabel('住所').blur();
    await self.getByText('住所から推定：鹿田学区（変更できます）').waitFor();
    expect(await self.getByLabel('小学校区').inputValue()).toBe('shikata');
    await self.getByLabel('電話番号').fill('086-000-0000');
    await self.getByRole('checkbox', { name: '介護', exact: true }).check();
    await self.getByRole('checkbox', { name: '収入・仕事', exact: true }).check();
    // The 本人 cannot be removed.
    expect(await self.getByRole('button', { name: /を削除$/ }).count()).toBe(0);

    await page.getByRole('button', { name: '世帯員を追加' }).click();
    const child = member(page, 2);
    await child.waitFor();
    // Focus goes to the new member's first box.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('intake-members-1-person-familyName');
    await child.getByLabel('氏名（姓）').fill('髙橋');
    await child.getByLabel('氏名（名）').fill('一郎');
    await child.getByLabel('ふりがな（せい）').fill('たかはし');
    await child.getByLabel('ふりがな（めい）').fill('いちろう');
    // A birth date typed in 和暦 fills the date box.
    await child.getByLabel('和暦で入力').fill('S50.4.1');
    await child.getByLabel('和暦で入力').press('Enter');
    expect(await child.getByLabel('生年月日', { exact: true }).inputValue()).toBe('1975-04-01');
    await child.getByText('和暦：昭和50年4月1日').waitFor();
    await child.getByRole('radio', { name: '男性' }).check();
    await child.getByLabel('続柄').selectOption({ label: '子' });
    await child.getByRole('checkbox', { name: 'ひきこもり・不登校', exact: true }).check();
    await page.getByRole('group', { name: '世帯員 2（子）' }).waitFor();

    // Her granddaughter, with a problem in a third field.
    await page.getByRole('button', { name: '世帯員を追加' }).click();
    const grandchild = member(page, 3);
    await grandchild.waitFor();
    await grandchild.getByLabel('氏名（姓）').fill('山本');
    await grandchild.getByLabel('氏名（名）').fill('さくら');
    await grandchild.getByLabel('ふりがな（せい）').fill('やまもと');
    await grandchild.getByLabel('ふりがな（めい）').fill('さくら');
    await grandchild.getByLabel('生年月日', { exact: true }).fill('2009-05-05');
    await grandchild.getByText('和暦：平成21年5月5日').waitFor();
    await grandchild.getByRole('radio', { name: '女性' }).check();
    await grandchild.getByLabel('続柄').selectOption({ label: '孫' });
    await grandchild.getByRole('checkbox', { name: '障害', exact: true }).check();
    await page.getByRole('group', { name: '世帯員 3（孫）' }).waitFor();

    // 主訴 offers every ticked problem by member.
    const main = page.getByLabel(/^主訴（いちばん困っていること）/);
    const options = await main.locator('option').allInnerTexts();
    expect(options.slice(1)).toEqual([
      `${SELF} — 介護`,
      `${SELF} — 収入・仕事`,
      `${CHILD} — ひきこもり・不登校`,
      `${GRANDCHILD} — 障害`,
    ]);
    await main.selectOption({ label: `${SELF} — 介護` });
    await page.getByRole('heading', { name: /入力内容を確認してください/ }).waitFor({ state: 'detached' });
    await expectNoAxeViolations(page, '/staff/intakes/new (filled)');
    await screenshot(page, 'intake-form');
  });

  it('a refusal by the server is shown next to the fields (400) or as a clear message (403)', async () => {
    const refuse = (status: number, error: object) =>
      page.route(
        '**/api/intakes',
        (route) =>
          route.fulfill({ status, contentType: 'application/json', body: JSON.stringify({ error }) }),
        { times: 1 },
      );
    await refuse(400, {
      code: 'validation_failed',
      message: '入力内容に誤りがあります。',
      messageEn: 'The request is not valid.',
      issues: [
        {
          path: 'body.members.1.person.givenNameKana',
          message: 'ふりがなはひらがな・カタカナで入力してください / kana only',
        },
      ],
    });
    await page.getByRole('button', { name: '登録する' }).click();
    const issue = page.getByRole('link', {
      name: '世帯員 2 ふりがな（めい）：ふりがなはひらがな・カタカナで入力してください',
    });
    await issue.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    await expectNoAxeViolations(page, '/staff/intakes/new (server 400)');
    await issue.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      'intake-members-1-person-givenNameKana',
    );

    await refuse(403, {
      code: 'forbidden',
      message: 'この操作を行う権限がありません。',
      messageEn: 'You are not allowed to do this.',
    });
    await page.getByRole('button', { name: '登録する' }).click();
    await page
      .getByRole('alert')
      .getByText(/相談受付を登録する権限がありません。/)
      .waitFor();
    expect(await issue.count()).toBe(0);
  });

  it('registering lands on the つなぐシート with names, 和暦 dates and the 主訴 exactly', async () => {
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByRole('heading', { level: 1, name: /つなぐシート/ }).waitFor();
    expect(page.url()).toMatch(/\/staff\/households\/[0-9a-f-]{36}$/);
    householdUrl = page.url();
    // The 小学校区 proposed from 本人's address was registered with the household.
    const saved = await page.evaluate(
      async (path) => (await (await fetch(`/api${path}`)).json()) as { schoolDistrictCode: string | null },
      new URL(householdUrl).pathname.replace(/^\/staff/, ''),
    );
    expect(saved.schoolDistrictCode).toBe('shikata');
    await page.getByText('相談受付を登録しました。').first().waitFor();

    // Both names exactly as typed, 𠮷 included, in the 世帯構成 table.
    await page
      .getByRole('heading', { level: 1, name: new RegExp(`^つなぐシート\\s*${SELF} さんの世帯$`) })
      .waitFor();
    const members = page.getByRole('table', { name: /世帯構成/ });
    await members.getByRole('rowheader', { name: SELF, exact: true }).waitFor();
    await members.getByRole('rowheader', { name: CHILD, exact: true }).waitFor();
    await members.getByRole('rowheader', { name: GRANDCHILD, exact: true }).waitFor();
    const selfRow = members.getByRole('row', { name: new RegExp(`^${SELF}`) });
    expect(await selfRow.textContent()).toContain('昭和23年2月29日');
    expect(await selfRow.textContent()).toContain('タカハシ ヨシコ');
    const childRow = members.getByRole('row', { name: new RegExp(`^${CHILD}`) });
    expect(await childRow.textContent()).toContain('昭和50年4月1日');
    expect(await childRow.textContent()).toContain('同居');
    const grandchildRow = members.getByRole('row', { name: new RegExp(`^${GRANDCHILD}`) });
    expect(await grandchildRow.textContent()).toContain('平成21年5月5日');
    expect(await grandchildRow.textContent()).toContain('孫');
    // 受付日 in 和暦.
    expect(await page.getByRole('article').textContent()).toContain(formatWareki(today));

    // お困りごと per member, the 主訴 marked on 本人's 介護 only.
    const problems = page.getByRole('table', { name: '世帯員ごとのお困りごと' });
    const selfProblems = problems.getByRole('row', { name: new RegExp(`^${SELF}（本人）`) });
    await selfProblems.getByText('主訴', { exact: true }).waitFor();
    expect(await selfProblems.getByRole('listitem').allTextContents()).toEqual(['介護主訴', '収入・仕事']);
    const childProblems = problems.getByRole('row', { name: new RegExp(`^${CHILD}（子）`) });
    expect(await childProblems.textContent()).toContain('ひきこもり・不登校');
    expect(await childProblems.getByText('主訴', { exact: true }).count()).toBe(0);
    const grandchildProblems = problems.getByRole('row', { name: new RegExp(`^${GRANDCHILD}（孫）`) });
    expect(await grandchildProblems.textContent()).toContain('障害');

    // 受付の記録 keeps the summary's line breaks.
    const record = page.getByRole('heading', { level: 2, name: /受付の記録/ });
    await record.waitFor();
    await page.getByRole('article').getByText('岡山市北区中央地域包括支援センター').first().waitFor();
    const summaryText = await page.getByText(/本人の介護の負担が大きいと来所。/).textContent();
    expect(summaryText).toBe(SUMMARY);
    // 配慮希望 in the summary grid and in the intake's record; 紹介先 waits for a referral.
    const grid = page.getByRole('article').locator('dl').first();
    expect(await grid.textContent()).toContain('配慮希望耳が遠いので筆談で');
    expect(await grid.textContent()).toContain('小学校区鹿田学区');
    await page.getByRole('heading', { level: 2, name: /紹介先・紹介理由/ }).waitFor();
    await expectNoAxeViolations(page, '/staff/households/:id');
    await screenshot(page, 'tsunagu-sheet');
  });

  it('prints without the site chrome', async () => {
    // On paper: no header, navigation, footer or buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'メインメニュー' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '印刷' }).isVisible()).toBe(false);
    expect(await page.getByRole('contentinfo').isVisible()).toBe(false);
    // 180 mm (A4 less 15 mm margins) at 96 dpi is 680 px: the sheet as it lays out on paper.
    await page.setViewportSize({ width: 680, height: 1000 });
    await screenshot(page, 'tsunagu-sheet-print');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: 'screen' });
    // The print button opens the browser's print dialog.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    // It first records the print with the server (an audited export), then opens the dialog.
    await page.getByRole('button', { name: '印刷' }).click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
  });

  it('相談者をさがす finds her by half-width katakana, and suggests 相談受付 when nobody matches', async () => {
    await nav().getByRole('link', { name: '相談者をさがす' }).click();
    await page.getByRole('heading', { level: 1, name: '相談者をさがす' }).waitFor();
    await page.getByLabel('ふりがな').fill('ﾀｶﾊｼ');
    await page.getByRole('button', { name: 'さがす', exact: true }).click();
    await page.waitForURL(/q=/);
    const results = page.getByRole('table', { name: /検索結果/ });
    const found = results.getByRole('row', { name: new RegExp(`^${SELF}`) });
    await found.waitFor();
    expect(await found.textContent()).toContain('タカハシ ヨシコ');
    // Her name links to the household's sheet.
    expect(await found.getByRole('link').first().getAttribute('href')).toBe(new URL(householdUrl).pathname);
    expect(await found.textContent()).toContain('昭和23年2月29日');
    await results.getByRole('row', { name: new RegExp(`^${CHILD}`) }).waitFor();
    await page.getByText('2人が見つかりました').waitFor();
    await expectNoAxeViolations(page, '/staff/persons?q=ﾀｶﾊｼ');
    await screenshot(page, 'person-search');

    // Her full ふりがな, her name and her birth date find her too (another agency's staff will not).
    for (const q of SEARCHES) {
      await visit(page, `${stack.baseUrl}/staff/persons?q=${encodeURIComponent(q)}`, '相談者をさがす');
      await results.getByRole('row', { name: new RegExp(`^${SELF}`) }).waitFor();
    }

    // Nobody found: the empty state points to 相談受付.
    await visit(page, `${stack.baseUrl}/staff/persons?q=${encodeURIComponent('ぬぬぬぬ')}`, '相談者をさがす');
    await page.getByText('「ぬぬぬぬ」に当てはまる相談者は見つかりませんでした').waitFor();
    await page.getByRole('link', { name: '相談受付をする' }).waitFor();
    await expectNoAxeViolations(page, '/staff/persons (no results)');
  });

  it('staff of agency B (中区) find her by nothing, and her household is not found for them', async () => {
    expect(householdUrl).not.toBe('');
    const page = await stack.newPage();
    await signIn(page, stack.baseUrl, 'staff-naka@demo.example');
    await page
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: '相談者をさがす' })
      .click();
    await page.getByRole('heading', { level: 1, name: '相談者をさがす' }).waitFor();
    for (const q of SEARCHES) {
      await page.getByLabel('ふりがな').fill(q);
      await page.getByRole('button', { name: 'さがす', exact: true }).click();
      await page.getByText(`「${q}」に当てはまる相談者は見つかりませんでした`).waitFor();
      expect(await page.getByRole('table', { name: /検索結果/ }).count()).toBe(0);
      await page.getByRole('status').getByText('0人が見つかりました').waitFor();
      expect(await page.locator(`a[href="${new URL(householdUrl).pathname}"]`).count()).toBe(0);
      await expectNoAxeViolations(page, `/staff/persons?q=${q} (agency B)`);
    }
    await page.goto(householdUrl);
    await page.getByRole('heading', { level: 1, name: 'ページが見つかりません' }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('髙橋');
    await expectNoAxeViolations(page, '/staff/households/:id (agency B)');
    await page.context().close();
  });

  it('another agency sees the not-found page for the same household, and no intake form', async () => {
    expect(householdUrl).not.toBe('');
    const page = await stack.newPage();
    await signIn(page, stack.baseUrl, 'advisor@demo.example');
    await page.goto(householdUrl);
    await page.getByRole('heading', { level: 1, name: 'ページが見つかりません' }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('髙橋');
    await expectNoAxeViolations(page, '/staff/households/:id (other agency)');
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    expect(await nav.getByRole('link', { name: '相談受付' }).count()).toBe(0);
    await page.goto(`${stack.baseUrl}/staff/intakes/new`);
    await page.getByRole('heading', { level: 1, name: 'このページを表示する権限がありません' }).waitFor();
    // A made-up household id looks exactly the same as one that exists elsewhere.
    await page.goto(`${stack.baseUrl}/staff/households/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'ページが見つかりません' }).waitFor();
    await page.context().close();
  });
});
