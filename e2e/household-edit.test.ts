import { formatWareki, toIsoDate } from '@tsunagu/japan';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, soloIntake } from './support/api';
import { expectNoAxeViolations, type Stack, screenshot, startStack } from './support/browser';
import { signIn, visit } from './support/session';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

const SELF = '岡野 春香';
const FIXED = '岡野 春佳';
const ADDRESS = '岡山市北区鹿田町2丁目5-1';
const PARENT = '岡野 正';
const NOTE = 'うつ病の診断あり（2023年から通院中）。';
const NOTE_FIXED = 'うつ病の診断あり（2022年から通院中、月1回）。';
const OWN_AGENCY = '岡山市北区中央地域包括支援センター';
const PRINT_HEADING = '要配慮個人情報（出力権限のある職員が印刷）';

const intake = soloIntake;

/** Replaces window.print with a counter: headless Chromium has no print dialog to wait on. */
const stubPrint = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed++;
    };
  });
const printed = (page: Page) => page.evaluate(() => (window as unknown as { printed: number }).printed);

describe('correcting a household: persons, members, 変更履歴, 要配慮個人情報 and printing', () => {
  let page: Page;
  let householdUrl = '';
  let householdId = '';
  const records = () => page.getByRole('region', { name: '記録の修正' });
  const card = (name: string) =>
    records()
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name }) });
  const requests: string[] = [];
  afterAll(() => page?.context().close());

  it('staff correct the client’s given name and address; the school district is proposed', async () => {
    page = await stack.newPage();
    page.on('request', (r) => requests.push(`${r.method()} ${new URL(r.url()).pathname}`));
    await signIn(page, stack.baseUrl, 'staff@demo.example');
    const created = await callApi(
      page,
      'POST',
      '/api/intakes',
      intake({
        familyName: '岡野',
        givenName: '春香',
        familyNameKana: 'オカノ',
        givenNameKana: 'ハルカ',
        birthDate: '1980-05-10',
        sex: 'female',
      }),
    );
    expect(created.status).toBe(201);
    householdId = created.body.householdId;
    householdUrl = `${stack.baseUrl}/staff/households/${householdId}`;
    await visit(page, householdUrl, /つなぐシート/);
    // Nothing audited is read unasked: no history, no 要配慮個人情報.
    expect(requests.filter((r) => /history|sensitive/.test(r))).toEqual([]);
    // The corrections are under the sheet; a link at the top leads there.
    await page.getByRole('link', { name: '氏名・住所・世帯員を修正する' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('household-records-heading');
    const top = await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? -1);
    expect(top).toBeGreaterThan(-2);
    expect(top).toBeLessThan(900);

    await card(SELF)
      .getByRole('button', { name: `修正 （${SELF} さん）` })
      .click();
    const dialog = page.getByRole('dialog', { name: `${SELF} さんの記録を修正` });
    await dialog.waitFor();
    expect(await dialog.getByLabel('氏名（姓）').inputValue()).toBe('岡野');
    expect(await dialog.getByLabel('生年月日', { exact: true }).inputValue()).toBe('1980-05-10');
    await dialog.getByText('和暦：昭和55年5月10日').waitFor();
    await expectNoAxeViolations(page, '/staff/households/:id (edit person)');

    await dialog.getByLabel('氏名（名）').fill('春佳');
    await dialog.getByLabel('住所', { exact: true }).fill(ADDRESS);
    await dialog.getByLabel('住所', { exact: true }).blur();
    await dialog.getByText('住所から推定：鹿田学区（変更できます）').waitFor();
    expect(await dialog.getByLabel('小学校区').inputValue()).toBe('shikata');
    await dialog.getByRole('button', { name: '電話番号を追加' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('person-edit-person-phones-1');
    await dialog.getByLabel('電話番号 2').fill('086-000-1111');
    await expectNoAxeViolations(page, '/staff/households/:id (edit person, proposed district)');
    await screenshot(page, 'household-person-edit');

    await dialog.getByRole('button', { name: '保存する' }).click();
    await page.getByText(`${FIXED} さんの記録を修正しました。`).first().waitFor();
    await page.getByRole('heading', { level: 1, name: new RegExp(`${FIXED} さんの世帯`) }).waitFor();
    expect(await dialog.isVisible()).toBe(false);
    // Focus is back on the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`修正（${FIXED} さん）`);
  });

  it('a change saved by someone else in between is a conflict, with the latest values one click away', async () => {
    await card(FIXED).getByRole('button', { name: '修正' }).click();
    const dialog = page.getByRole('dialog', { name: `${FIXED} さんの記録を修正` });
    await dialog.waitFor();

    // The server's field issues land next to their fields.
    await page.route(
      '**/api/persons/*',
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
                  path: 'body.familyNameKana',
                  message: 'ふりがなはひらがな・カタカナで入力してください / kana only',
                },
              ],
            },
          }),
        }),
      { times: 1 },
    );
    await dialog.getByRole('button', { name: '保存する' }).click();
    await dialog
      .getByRole('link', { name: 'ふりがな（せい）：ふりがなはひらがな・カタカナで入力してください' })
      .waitFor();
    expect(await page.locator('#person-edit-person-familyNameKana-error').textContent()).toContain(
      'ひらがな・カタカナ',
    );
    await expectNoAxeViolations(page, '/staff/households/:id (edit person, server 400)');

    // Someone else saves first (through the API, in between).
    const household = await callApi(page, 'GET', `/api/households/${householdId}`);
    const { id, version, ...person } = household.body.members[0].person;
    const other = await callApi(page, 'PUT', `/api/persons/${id}`, {
      ...person,
      phones: ['086-222-3333'],
      version,
    });
    expect(other.status).toBe(200);

    await dialog.getByLabel('氏名（姓）').fill('岡埜');
    await dialog.getByRole('button', { name: '保存する' }).click();
    const conflict = dialog.getByRole('status').filter({ hasText: 'ほかの職員が先に修正しました' });
    await conflict.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'ほかの職員が先に修正しました',
    );
    await expectNoAxeViolations(page, '/staff/households/:id (edit person, conflict)');
    await screenshot(page, 'household-person-conflict');

    await dialog.getByRole('button', { name: '最新の内容を読み込む' }).click();
    await dialog.getByText('最新の内容を読み込みました。').waitFor();
    expect(await dialog.getByLabel('氏名（姓）').inputValue()).toBe('岡野');
    expect(await dialog.getByLabel('電話番号 1').inputValue()).toBe('086-222-3333');
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`${FIXED} さんの世帯`) }).waitFor();
  });

  it('変更履歴 opens on demand and shows who changed what, before → after, newest first', async () => {
    expect(requests.filter((r) => r.endsWith('/history'))).toEqual([]);
    await records().locator('summary', { hasText: '変更履歴' }).click();
    const table = page.getByRole('table', { name: /^変更履歴（\d+件・新しい順）/ });
    await table.waitFor();
    expect(requests.filter((r) => r.endsWith('/history'))).toHaveLength(1);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      '日時',
      '変更者',
      '対象',
      '内容',
    ]);

    const rows = table.getByRole('row');
    // Newest first: the other save (phones), then the correction, then the intake's registration.
    const first = await rows.nth(1).textContent();
    expect(first).toContain('電話番号：086-000-1111 → 086-222-3333');
    const fix = await rows.nth(2).textContent();
    for (const expected of [
      formatWareki(toIsoDate(new Date())),
      '相談 三郎',
      OWN_AGENCY,
      FIXED,
      '修正',
      '氏名（名）：春香 → 春佳',
      `住所：（なし） → ${ADDRESS}`,
      '小学校区：（なし） → 鹿田学区',
    ])
      expect(fix).toContain(expected);
    expect(await rows.last().textContent()).toContain('登録');
    await expectNoAxeViolations(page, '/staff/households/:id (history)');
    await screenshot(page, 'household-history');
  });

  it('the household address is corrected the same way; a district chosen by hand is not overwritten', async () => {
    await records().getByRole('button', { name: '世帯の住所を修正' }).click();
    const dialog = page.getByRole('dialog', { name: '世帯の住所・小学校区を修正' });
    await dialog.getByLabel('世帯の住所').fill('岡山市中区平井1-1');
    await dialog.getByLabel('世帯の住所').blur();
    await dialog.getByText('住所から推定：平井学区（変更できます）').waitFor();
    expect(await dialog.getByLabel('小学校区').inputValue()).toBe('hirai');
    await expectNoAxeViolations(page, '/staff/households/:id (household address)');
    await dialog.getByRole('button', { name: '保存する' }).click();
    await page.getByText('世帯の住所・小学校区を修正しました。').first().waitFor();
    expect(await page.getByRole('article').textContent()).toContain('岡山市中区平井1-1');
    // The open history was refreshed with the change.
    await page
      .getByRole('table', { name: /^変更履歴/ })
      .getByText('住所：（なし） → 岡山市中区平井1-1')
      .waitFor();

    // Now the district is the clerk's: another address only suggests its district.
    await records().getByRole('button', { name: '世帯の住所を修正' }).click();
    await dialog.getByLabel('小学校区').selectOption({ label: '平井学区' });
    await dialog.getByLabel('世帯の住所').fill(ADDRESS);
    await dialog.getByLabel('世帯の住所').blur();
    await dialog.getByText('住所からは 鹿田学区 と推定されます（小学校区は変更していません）。').waitFor();
    expect(await dialog.getByLabel('小学校区').inputValue()).toBe('hirai');
    await expectNoAxeViolations(page, '/staff/households/:id (household address, other district)');
    await dialog.getByRole('button', { name: '推定した学区にする' }).click();
    expect(await dialog.getByLabel('小学校区').inputValue()).toBe('shikata');
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('members are added, changed and removed; the 本人 stays', async () => {
    expect(
      await card(FIXED)
        .getByRole('button', { name: /世帯から外す/ })
        .count(),
    ).toBe(0);
    await records().getByRole('button', { name: '世帯員を追加' }).click();
    const dialog = page.getByRole('dialog', { name: '世帯員を追加' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '追加する' }).click();
    await dialog.getByRole('link', { name: '氏名（姓）：入力してください' }).waitFor();
    await dialog.getByRole('link', { name: '続柄：選択してください' }).waitFor();
    await expectNoAxeViolations(page, '/staff/households/:id (add member, errors)');

    await dialog.getByLabel('氏名（姓）').fill('岡野');
    await dialog.getByLabel('氏名（名）').fill('正');
    await dialog.getByLabel('ふりがな（せい）').fill('おかの');
    await dialog.getByLabel('ふりがな（めい）').fill('ﾀﾀﾞｼ');
    await dialog.getByLabel('和暦で入力').fill('S25.1.3');
    await dialog.getByLabel('和暦で入力').press('Enter');
    await dialog.getByRole('radio', { name: '男性' }).check();
    await dialog.getByLabel('続柄').selectOption({ label: '父母' });
    await dialog.getByRole('checkbox', { name: '本人と同居している' }).uncheck();
    await dialog.getByRole('button', { name: '追加する' }).click();
    await page.getByText(`${PARENT} さんを世帯に追加しました。`).first().waitFor();
    await card(PARENT).getByText('父母・別居').waitFor();
    const members = page.getByRole('table', { name: /世帯構成（2人）/ });
    expect(await members.getByRole('row', { name: new RegExp(`^${PARENT}`) }).textContent()).toContain(
      'タダシ',
    );

    await card(PARENT)
      .getByRole('button', { name: `続柄・同居 （${PARENT} さん）` })
      .click();
    const change = page.getByRole('dialog', { name: `${PARENT} さんの続柄・同居` });
    await change.getByLabel('続柄').selectOption({ label: '祖父母' });
    await change.getByRole('checkbox', { name: '本人と同居している' }).check();
    await expectNoAxeViolations(page, '/staff/households/:id (member relationship)');
    await change.getByRole('button', { name: '保存する' }).click();
    await page.getByText(`${PARENT} さんの続柄・同居を変更しました。`).first().waitFor();
    await card(PARENT).getByText('祖父母・同居').waitFor();

    await card(PARENT)
      .getByRole('button', { name: `世帯から外す （${PARENT} さん）` })
      .click();
    const confirm = page.getByRole('alertdialog', { name: `${PARENT} さんを世帯から外しますか？` });
    await confirm.getByText('世帯から外します（転出・死亡など）。記録は残ります。').waitFor();
    await expectNoAxeViolations(page, '/staff/households/:id (remove member)');
    await confirm.getByRole('button', { name: '世帯から外す' }).click();
    await page.getByText(`${PARENT} さんを世帯から外しました。`).first().waitFor();
    await page.getByRole('table', { name: /世帯構成（1人）/ }).waitFor();
    expect(await card(PARENT).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('records-members');

    // The history (refreshed while open) names the steps; the former member is no longer named.
    const table = page.getByRole('table', { name: /^変更履歴/ });
    await table.getByText('世帯員の削除').waitFor();
    const text = await table.textContent();
    for (const expected of [
      '世帯員の追加',
      '続柄：父母',
      '続柄等の変更',
      '続柄：父母 → 祖父母',
      '同居：別居 → 同居',
      '世帯から外れた方',
    ])
      expect(text).toContain(expected);
  });

  it('要配慮個人情報 stays hidden until asked for; each opening is a logged read; entries are corrected', async () => {
    const self = card(FIXED);
    await self.getByRole('button', { name: `記録する （${FIXED} さん）` }).click();
    const dialog = page.getByRole('dialog', { name: `要配慮個人情報を記録する（${FIXED} さん）` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '記録する' }).click();
    await dialog.getByText('選択してください').waitFor();
    await expectNoAxeViolations(page, '/staff/households/:id (record sensitive, errors)');
    await dialog.getByRole('radio', { name: '病歴・診断' }).check();
    await dialog.getByLabel('内容').fill(NOTE);
    await dialog.getByRole('button', { name: '記録する' }).click();
    await page.getByText('要配慮個人情報を記録しました。').first().waitFor();

    // Only the marker shows: the content is not in the page and was not fetched.
    await self.getByText('要配慮情報あり（病歴・診断）').waitFor();
    expect(await page.getByText(NOTE).count()).toBe(0);
    expect(requests.filter((r) => r.startsWith('GET') && r.endsWith('/sensitive'))).toEqual([]);
    const toggle = self.getByRole('button', {
      name: `${FIXED} さんの要配慮個人情報を 表示する（閲覧は記録されます）`,
    });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await expectNoAxeViolations(page, '/staff/households/:id (sensitive marker)');

    await toggle.click();
    const list = page.getByRole('region', { name: `${FIXED} さんの要配慮個人情報` });
    await list.getByText(NOTE).waitFor();
    expect(requests.filter((r) => r.startsWith('GET') && r.endsWith('/sensitive'))).toHaveLength(1);
    const close = self.getByRole('button', { name: /^閉じる/ });
    expect(await close.getAttribute('aria-expanded')).toBe('true');
    await expectNoAxeViolations(page, '/staff/households/:id (sensitive open)');

    await list.getByRole('button', { name: /^訂正 （病歴・診断・/ }).click();
    const fix = page.getByRole('dialog', { name: `要配慮個人情報を訂正する（${FIXED} さん）` });
    expect(await fix.getByLabel('内容').inputValue()).toBe(NOTE);
    expect(await fix.getByRole('radio', { name: '病歴・診断' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, '/staff/households/:id (correct sensitive)');
    await fix.getByLabel('内容').fill(NOTE_FIXED);
    await fix.getByRole('button', { name: '訂正を記録する' }).click();
    await page.getByText('要配慮個人情報を訂正しました。').first().waitFor();
    await list.getByText(NOTE_FIXED).waitFor();
    await list.getByText('訂正済みの記録（1件）').click();
    const old = list.getByRole('listitem').filter({ hasText: '訂正済み' });
    expect(await old.textContent()).toContain(NOTE);
    expect(await old.locator('s').textContent()).toBe(NOTE);
    await expectNoAxeViolations(page, '/staff/households/:id (sensitive corrected)');
    await screenshot(page, 'household-sensitive');

    await close.click();
    expect(await page.getByText(NOTE_FIXED).count()).toBe(0);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('staff print: the print is recorded first, and no 要配慮個人情報 goes on paper', async () => {
    await stubPrint(page);
    const call = page.waitForRequest(
      (r) => r.method() === 'POST' && r.url().endsWith(`/households/${householdId}/print`),
    );
    await page.getByRole('button', { name: '印刷' }).click();
    await call;
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByText(PRINT_HEADING).count()).toBe(0);
    expect(await page.getByRole('article').textContent()).not.toContain('うつ病');
    expect(await records().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Printing from the browser's menu (Ctrl+P) is recorded too, without 要配慮個人情報.
    const menuPrint = page.waitForRequest(
      (r) =>
        r.method() === 'POST' &&
        r.url().endsWith(`/households/${householdId}/print`) &&
        (r.postData() ?? '').includes('"withSensitive":false'),
    );
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect((await (await menuPrint).response())?.status()).toBe(200);

    // A refused print call shows why and prints nothing.
    await page.route(
      '**/api/households/*/print',
      (route) =>
        route.fulfill({
          status: 404,
          contentType: 'application/json',
          body: JSON.stringify({
            error: { code: 'not_found', message: '見つかりません。', messageEn: 'Not found.' },
          }),
        }),
      { times: 1 },
    );
    await page.getByRole('button', { name: '印刷' }).click();
    await page.getByRole('alert').filter({ hasText: '印刷を始められませんでした' }).waitFor();
    expect(await printed(page)).toBe(1);
    await expectNoAxeViolations(page, '/staff/households/:id (print refused)');
  });

  it('a manager of the same agency prints with the 要配慮個人情報, on paper only', async () => {
    const manager = await stack.newPage();
    await signIn(manager, stack.baseUrl, 'manager@demo.example');
    await visit(manager, householdUrl, /つなぐシート/);
    await stubPrint(manager);
    await manager.getByRole('button', { name: '印刷' }).click();
    await manager.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
    // In the page but not on screen.
    const section = manager.getByRole('region', { name: PRINT_HEADING });
    expect(await manager.locator('#sheet-sensitive').count()).toBe(1);
    expect(await section.isVisible()).toBe(false);
    await manager.emulateMedia({ media: 'print' });
    expect(await section.isVisible()).toBe(true);
    const text = await section.textContent();
    for (const expected of [FIXED, '病歴・診断', NOTE_FIXED, OWN_AGENCY]) expect(text).toContain(expected);
    expect(text).not.toContain(NOTE);
    await manager.setViewportSize({ width: 680, height: 1000 });
    await screenshot(manager, 'household-sensitive-print');
    await manager.setViewportSize({ width: 1280, height: 900 });
    // Once the print dialog closes the section leaves the page.
    await manager.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await section.waitFor({ state: 'detached' });
    expect(await manager.locator('#sheet-sensitive').count()).toBe(0);
    await manager.emulateMedia({ media: 'screen' });
    await expectNoAxeViolations(manager, '/staff/households/:id (manager, after print)');
    await manager.context().close();
  });
});
