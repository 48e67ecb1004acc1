import { formatWareki, toIsoDate } from '@tsunagu/japan';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordIntake } from './support/api';
import { expectNoAxeViolations, type Stack, screenshot, startStack } from './support/browser';
import { signIn, visit } from './support/session';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

const SELF = '森川 早苗';
const CHILD = '森川 健太';
const OWN_AGENCY = '岡山市北区中央地域包括支援センター';
const COORDINATOR_AGENCY = '岡山市保健福祉企画総務課 相談支援包括化推進員';
const PURPOSE = '支援のための関係機関との情報共有';
const OBTAINED = '2025-04-01';
const REASON = '本人が自宅で倒れていると民生委員から通報があり、至急状況を確認する必要があるため。';

/** A two-member household: 本人 with 介護 (主訴) and 収入・仕事, her son with ひきこもり and 収入・仕事. */
const INTAKE = {
  receivedOn: toIsoDate(new Date()),
  channel: 'visit',
  visitor: 'self',
  summary: '介護と家計の相談。',
  members: [
    {
      person: {
        familyName: '森川',
        givenName: '早苗',
        familyNameKana: 'モリカワ',
        givenNameKana: 'サナエ',
        birthDate: '1961-07-15',
        sex: 'female',
      },
      relationship: 'self',
      problems: ['long-term-care', 'income-work'],
    },
    {
      person: { familyName: '森川', givenName: '健太', familyNameKana: 'モリカワ', givenNameKana: 'ケンタ' },
      relationship: 'child',
      problems: ['hikikomori', 'income-work'],
    },
  ],
  mainProblem: { member: 0, code: 'long-term-care' },
};

const createHousehold = (page: Page) => recordIntake(page, INTAKE);

const cells = (page: Page, table: string, row: RegExp) =>
  page
    .getByRole('table', { name: table })
    .getByRole('row', { name: row })
    .getByRole('cell')
    .allTextContents();

describe('同意, the problems matrix and 緊急時のアクセス', () => {
  let page: Page;
  let householdUrl = '';
  const nav = (p: Page) => p.getByRole('navigation', { name: 'メインメニュー' });
  afterAll(() => page?.context().close());

  it('the household page marks each member’s problems by field, with the 主訴 and totals', async () => {
    page = await stack.newPage();
    await signIn(page, stack.baseUrl, 'staff@demo.example');
    householdUrl = `${stack.baseUrl}/staff/households/${await createHousehold(page)}`;
    await visit(page, householdUrl, /つなぐシート/);

    const matrix = page.getByRole('table', { name: '世帯員と分野ごとのお困りごと' });
    expect(await matrix.getByRole('columnheader').allTextContents()).toEqual([
      '世帯員',
      '介護',
      '収入・仕事',
      'ひきこもり・不登校',
      '計',
    ]);
    // ● / ◎ are hidden from screen readers, which read the words beside them.
    expect(await cells(page, '世帯員と分野ごとのお困りごと', new RegExp(`^${SELF}（本人）`))).toEqual([
      '◎あり（主訴）',
      '●あり',
      '',
      '2',
    ]);
    expect(await cells(page, '世帯員と分野ごとのお困りごと', new RegExp(`^${CHILD}（子）`))).toEqual([
      '',
      '●あり',
      '●あり',
      '2',
    ]);
    expect(await cells(page, '世帯員と分野ごとのお困りごと', /^計/)).toEqual(['1', '2', '1', '4']);
    await matrix.getByRole('rowheader', { name: `${SELF}（本人）` }).waitFor();
    await screenshot(page, 'problem-matrix');

    // Each member links to their consents on screen; the links stay off paper.
    const consentLink = page.getByRole('link', { name: `同意の記録（${SELF}）` });
    await page.emulateMedia({ media: 'print' });
    expect(await consentLink.isVisible()).toBe(false);
    expect(await matrix.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await consentLink.click();
    await page.getByRole('heading', { level: 1, name: `${SELF} さんの同意` }).waitFor();
    expect(page.url()).toContain('household=');
    await page.getByText('有効な同意はありません').waitFor();
    await expectNoAxeViolations(page, '/staff/persons/:id/consents (none)');
  });

  it('staff record a consent with a scope; errors show by the fields', async () => {
    // An empty submit lists what is missing, linked to the fields.
    await page.getByRole('button', { name: '同意を記録する' }).click();
    await page.getByRole('link', { name: '同意の目的：選択してください' }).waitFor();
    await page.getByRole('link', { name: /^共有先：共有先の機関または機関の種別を1つ以上/ }).waitFor();
    await page.getByRole('link', { name: '取得方法：選択してください' }).waitFor();
    await expectNoAxeViolations(page, '/staff/persons/:id/consents (errors)');

    await page.getByRole('radio', { name: PURPOSE }).check();
    await page.getByRole('checkbox', { name: '福祉事務所', exact: true }).check();
    // The agency list narrows as the filter is typed; a choice survives clearing it.
    await page.getByLabel('機関名で絞り込む').fill('保健センター');
    expect(await page.getByRole('checkbox', { name: '岡山市東区地域こども相談センター' }).isVisible()).toBe(
      false,
    );
    await page.getByRole('checkbox', { name: '岡山市北区中央保健センター' }).check();
    await page.getByLabel('機関名で絞り込む').fill('');
    await page.getByText(/選択中：1件/).waitFor();
    expect(await page.getByRole('checkbox', { name: '岡山市北区中央保健センター' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: '書面' }).check();
    await page.getByLabel(/^取得日/).fill(OBTAINED);
    await page.getByText(`和暦：${formatWareki(OBTAINED)}`).waitFor();
    await page.getByLabel('備考').fill('説明書を渡して説明した。');

    // A refusal by the server lands next to its field and in the summary.
    const url = '**/api/persons/*/consents';
    await page.route(url, (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: JSON.stringify({
              error: {
                code: 'validation_failed',
                message: '入力内容に誤りがあります。',
                messageEn: 'The request is not valid.',
                issues: [
                  {
                    path: 'body.obtainedOn',
                    message: '未来の日付は指定できません / cannot be in the future',
                  },
                ],
              },
            }),
          })
        : route.fallback(),
    );
    await page.getByRole('button', { name: '同意を記録する' }).click();
    await page.getByRole('link', { name: '取得日：未来の日付は指定できません' }).waitFor();
    expect(await page.locator('#consent-obtainedOn-error').textContent()).toContain(
      '未来の日付は指定できません',
    );
    await expectNoAxeViolations(page, '/staff/persons/:id/consents (server 400)');
    await page.unroute(url);

    await page.getByRole('button', { name: '同意を記録する' }).click();
    await page.getByText('同意を記録しました。').first().waitFor();
    const active = page.getByRole('region', { name: '有効な同意' });
    const card = active.getByRole('article', { name: PURPOSE });
    await card.waitFor();
    const text = await card.textContent();
    for (const expected of [
      '有効',
      '岡山市北区中央保健センター',
      '福祉事務所',
      '書面',
      formatWareki(OBTAINED),
      OWN_AGENCY,
    ])
      expect(text).toContain(expected);
    await expectNoAxeViolations(page, '/staff/persons/:id/consents (recorded)');
    await screenshot(page, 'consents');
  });

  it('its receipt prints with the name, the scope in full, 和暦 and signature lines', async () => {
    await page.getByRole('link', { name: `控えを印刷（${formatWareki(OBTAINED)}・${PURPOSE}）` }).click();
    await page.getByRole('heading', { level: 1, name: /同意書 控え/ }).waitFor();
    await expectNoAxeViolations(page, '/staff/persons/:id/consents/:id/receipt');
    await page.emulateMedia({ media: 'print' });
    expect(await nav(page).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '印刷' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'パンくずリスト' }).isVisible()).toBe(false);
    const receipt = await page.getByRole('article').textContent();
    for (const expected of [
      SELF,
      'モリカワ サナエ',
      PURPOSE,
      '岡山市北区中央保健センター',
      '福祉事務所',
      '書面',
      formatWareki(OBTAINED),
      OWN_AGENCY,
      'ご本人署名',
      '説明した職員',
      '岡山市',
    ])
      expect(receipt).toContain(expected);
    // 180 mm (A4 less 15 mm margins) at 96 dpi is 680 px: the receipt as it lays out on paper.
    await page.setViewportSize({ width: 680, height: 1000 });
    await screenshot(page, 'consent-receipt-print');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: 'screen' });
  });

  it('withdrawing asks first, takes effect at once and keeps the record as 撤回', async () => {
    await page
      .getByRole('navigation', { name: 'パンくずリスト' })
      .getByRole('link', { name: '同意の記録' })
      .click();
    await page.getByRole('heading', { level: 1, name: `${SELF} さんの同意` }).waitFor();
    await page.getByRole('button', { name: `撤回する（${formatWareki(OBTAINED)}・${PURPOSE}）` }).click();
    const dialog = page.getByRole('alertdialog', { name: '同意を撤回しますか？' });
    await dialog.getByText(/撤回は直ちに有効になります/).waitFor();
    await expectNoAxeViolations(page, '/staff/persons/:id/consents (withdraw dialog)');
    await screenshot(page, 'consent-withdraw-dialog');
    await dialog.getByLabel('撤回の備考').fill('本人から電話で撤回の申し出。');
    await dialog.getByRole('button', { name: '撤回する' }).click();
    await page.getByText('同意を撤回しました。').first().waitFor();
    // The button that opened the dialog is gone: focus lands on the list the consent moved to.
    await page.waitForFunction(() => document.activeElement?.id === 'consents-withdrawn');
    const withdrawn = page
      .getByRole('region', { name: '撤回された同意' })
      .getByRole('article', { name: PURPOSE });
    await withdrawn.getByText('撤回', { exact: true }).waitFor();
    expect(await withdrawn.textContent()).toContain('本人から電話で撤回の申し出。');
    expect(await withdrawn.textContent()).toContain('撤回日時');
    await page.getByText('有効な同意はありません').waitFor();
    expect(await page.getByRole('button', { name: /^撤回する/ }).count()).toBe(0);
    await expectNoAxeViolations(page, '/staff/persons/:id/consents (withdrawn)');
    await screenshot(page, 'consents-withdrawn');
  });

  it('another agency finds the household only by exact kana and birth date, for 24 hours', async () => {
    // advisor@ has no front-line role, so the server refuses it emergency access: the page is not offered.
    const advisor = await stack.newPage();
    await signIn(advisor, stack.baseUrl, 'advisor@demo.example');
    await advisor.goto(`${stack.baseUrl}/staff/emergency-access`);
    await advisor.getByRole('heading', { level: 1, name: 'このページを表示する権限がありません' }).waitFor();
    await advisor.context().close();

    const other = await stack.newPage();
    await signIn(other, stack.baseUrl, 'coordinator@demo.example');
    await other.goto(householdUrl);
    await other.getByRole('heading', { level: 1, name: 'ページが見つかりません' }).waitFor();
    await nav(other).getByRole('link', { name: '相談者をさがす' }).click();
    await other.getByRole('link', { name: '緊急時のアクセス' }).click();
    await other.getByRole('heading', { level: 1, name: '緊急時のアクセス' }).waitFor();
    await other.getByText('アクセスは申請と同時に許可されます。承認を待つ必要はありません。').waitFor();
    await other.getByText(/管理者に表示されます/).waitFor();
    await expectNoAxeViolations(other, '/staff/emergency-access');

    await other.getByLabel('ふりがな（せい）').fill('もりかわ');
    await other.getByLabel('ふりがな（めい）').fill('さなえ');
    await other.getByLabel(/^生年月日/).fill('1961-07-16');
    await other.getByLabel('アクセスの理由').fill(REASON);
    await other.getByRole('button', { name: '記録してアクセスする' }).click();
    await other
      .getByRole('alert')
      .getByText('該当する方が見つかりません（ふりがなと生年月日が完全に一致する方のみ）')
      .waitFor();
    await expectNoAxeViolations(other, '/staff/emergency-access (not found)');

    // The right birth date, typed in 和暦.
    await other.getByLabel('和暦で入力').fill('S36.7.15');
    await other.getByLabel('和暦で入力').press('Enter');
    expect(await other.getByLabel(/^生年月日/).inputValue()).toBe('1961-07-15');
    await other.getByRole('button', { name: '記録してアクセスする' }).click();
    const granted = other.getByRole('region', { name: /アクセスを開始しました/ });
    await granted.waitFor();
    const until = toIsoDate(new Date(Date.now() + 24 * 3_600_000));
    expect(await granted.textContent()).toContain(`${formatWareki(until)}`);
    await expectNoAxeViolations(other, '/staff/emergency-access (granted)');
    await screenshot(other, 'emergency-access');
    await granted.getByRole('link', { name: `${SELF} さんの世帯（つなぐシート）` }).click();
    await other.getByRole('heading', { level: 1, name: new RegExp(`${SELF} さんの世帯`) }).waitFor();
    await expectNoAxeViolations(other, '/staff/households/:id (emergency)');
    await other.context().close();
  });

  it('admins see the grant in the list of emergency accesses; others cannot open it', async () => {
    await page.goto(`${stack.baseUrl}/admin/emergency-accesses`);
    await page.getByRole('heading', { level: 1, name: 'このページを表示する権限がありません' }).waitFor();

    const admin = await stack.newPage();
    await signIn(admin, stack.baseUrl, 'admin@demo.example');
    await nav(admin).getByRole('link', { name: '緊急時アクセス' }).click();
    await admin.getByRole('heading', { level: 1, name: '緊急時アクセスの記録' }).waitFor();
    const row = admin.getByRole('table', { name: /緊急時のアクセス（\d+件）/ }).getByRole('row', {
      name: new RegExp(COORDINATOR_AGENCY),
    });
    const text = await row.textContent();
    for (const expected of [COORDINATOR_AGENCY, '推進 一郎', REASON, '1世帯', '有効'])
      expect(text).toContain(expected);
    await expectNoAxeViolations(admin, '/admin/emergency-accesses');
    await screenshot(admin, 'emergency-accesses');
    await admin.context().close();
  });
});
