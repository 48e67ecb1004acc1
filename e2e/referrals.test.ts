import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordIntake, soloIntake } from './support/api';
import { expectNoAxeViolations, type Stack, screenshot, startStack } from './support/browser';
import { signIn, visit } from './support/session';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

const SELF = '川村 千代子';
const KITA = '岡山市北区中央地域包括支援センター';
const NAKA = '岡山市中区地域包括支援センター';
const YORISOI = '岡山市寄り添いサポートセンター';
/** An agency outside the person's consent (its category is 保健センター). */
const UNCOVERED = '岡山市北区中央保健センター';
const REASON = '介護保険の申請を手伝ってほしいと本人の希望。中区へ転居予定のため。';
const HAND_ON_REASON = '家計の見直しと就労の相談が中心のため、寄り添いサポートセンターが適切。';

/** A one-person household whose 本人 consented to sharing with 地域包括 and 寄り添い centres. */
const INTAKE = {
  ...soloIntake({
    familyName: '川村',
    givenName: '千代子',
    familyNameKana: 'カワムラ',
    givenNameKana: 'チヨコ',
    birthDate: '1950-10-10',
    sex: 'female',
  }),
  consent: {
    members: [0],
    purpose: 'support_sharing',
    scopeAgencyIds: [],
    scopeAgencyCategories: ['community-care-centre', 'self-reliance-support'],
    method: 'written',
    obtainedOn: '2025-05-07',
    note: null,
  },
};

const nav = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });
const chain = (page: Page) =>
  page.getByRole('region', { name: 'つなぎの経過（全体）' }).getByRole('listitem');
const actions = (page: Page) => page.getByRole('region', { name: 'この紹介への対応' });

describe('紹介（つなぐ）: one household through three agencies, seen whole by its sender', () => {
  let staff: Page;
  let naka: Page;
  let yorisoi: Page;
  let firstUrl = '';
  afterAll(async () => {
    for (const page of [staff, naka, yorisoi]) await page?.context().close();
  });

  it('staff send from the household page; an agency outside the consent is refused by name', async () => {
    staff = await stack.newPage();
    await signIn(staff, stack.baseUrl, 'staff@demo.example');
    const householdId = await recordIntake(staff, INTAKE);
    await visit(staff, `${stack.baseUrl}/staff/households/${householdId}`, /川村 千代子 さんの世帯/);

    await staff.getByRole('button', { name: '紹介する（つなぐ）' }).click();
    const dialog = staff.getByRole('dialog', { name: '他の機関へ紹介する（つなぐ）' });
    await dialog.getByRole('checkbox', { name: NAKA }).waitFor();
    // The 本人 is chosen; the user's own agency cannot be.
    expect(
      await dialog
        .getByLabel(/^紹介する方/)
        .locator('option:checked')
        .textContent(),
    ).toBe(`${SELF}（本人）`);
    expect(await dialog.getByRole('checkbox', { name: KITA }).count()).toBe(0);
    await expectNoAxeViolations(staff, 'send dialog');

    // An empty submit lists what is missing, linked to the fields.
    await dialog.getByRole('button', { name: '紹介を送る' }).click();
    await dialog.getByRole('link', { name: /^紹介先：紹介先を1つ以上選んでください/ }).waitFor();
    await dialog.getByRole('link', { name: /^紹介の理由：/ }).waitFor();
    await expectNoAxeViolations(staff, 'send dialog (errors)');

    await dialog.getByLabel('機関名で絞り込む').fill('中区地域包括');
    await dialog.getByRole('checkbox', { name: NAKA }).check();
    await dialog.getByLabel('機関名で絞り込む').fill('保健センター');
    await dialog.getByRole('checkbox', { name: UNCOVERED }).check();
    await dialog.getByLabel('機関名で絞り込む').fill('');
    await dialog.getByText(/選択中：2件/).waitFor();
    // The 保健センター has no account that can accept a referral: its box says so, and choosing it
    // brings a warning naming it (not 中区, whose staff can accept).
    const description = async (name: string) => {
      const id = await dialog.getByRole('checkbox', { name }).getAttribute('aria-describedby');
      return dialog.locator(`[id="${id}"]`).textContent();
    };
    // The marks come with the answer of /api/referrals/receivers: wait for it, then compare.
    await expect.poll(() => description(UNCOVERED)).toContain('受け付ける担当者が未登録');
    expect(await description(NAKA)).not.toContain('受け付ける担当者が未登録');
    const unstaffed = dialog
      .getByRole('status')
      .filter({ hasText: '紹介を受け付ける担当者がいない機関を選んでいます' });
    await unstaffed.waitFor();
    expect(await unstaffed.textContent()).toContain(`${UNCOVERED} には`);
    expect(await unstaffed.textContent()).not.toContain(NAKA);
    await expectNoAxeViolations(staff, 'send dialog (agency without a receiver)');
    await unstaffed.scrollIntoViewIfNeeded();
    await screenshot(staff, 'referral-send-unstaffed');
    await dialog.getByLabel(/^紹介の理由/).fill(REASON);
    await dialog.getByRole('button', { name: '紹介を送る' }).click();

    const refusal = dialog.getByRole('alert').filter({ hasText: '本人の同意がない紹介先があります' });
    await refusal.waitFor();
    expect(await refusal.getByRole('listitem').allTextContents()).toEqual([UNCOVERED]);
    expect(await refusal.getByRole('link', { name: '同意の記録を開く' }).getAttribute('href')).toContain(
      `household=${householdId}`,
    );
    await expectNoAxeViolations(staff, 'send dialog (consent required)');
    await screenshot(staff, 'referral-send-consent-required');

    await dialog.getByRole('checkbox', { name: UNCOVERED }).uncheck();
    await unstaffed.waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: '紹介を送る' }).click();
    // One agency: the new referral opens.
    await staff.getByRole('heading', { level: 1, name: `${SELF} さんの紹介` }).waitFor();
    await staff.getByText('1件の紹介を送りました。').first().waitFor();
    firstUrl = staff.url();
    // The sender follows it but cannot act on it.
    expect(await actions(staff).count()).toBe(0);
    expect(await chain(staff).count()).toBe(1);
    await expectNoAxeViolations(staff, '/staff/referrals/:id (sender, sent)');
  });

  it('the receiving agency sees the count, opens it from the inbox and hands it on', async () => {
    naka = await stack.newPage();
    await signIn(naka, stack.baseUrl, 'staff-naka@demo.example');
    await nav(naka)
      .getByRole('link', { name: /^紹介\s*新着1件$/ })
      .click();
    await naka.getByRole('heading', { level: 1, name: '紹介（つなぐ）' }).waitFor();
    const row = naka
      .getByRole('table', { name: /受信の紹介（1件）/ })
      .getByRole('row', { name: new RegExp(SELF) });
    expect(await row.textContent()).toContain(`${KITA} から ${NAKA} へ`);
    await row.getByText('送付済み').waitFor();
    await expectNoAxeViolations(naka, '/staff/referrals (incoming)');
    await screenshot(naka, 'referral-inbox');

    await row.getByRole('link', { name: SELF }).click();
    await naka.getByRole('heading', { level: 1, name: `${SELF} さんの紹介` }).waitFor();
    // Opening it marks it received; accept, hand on and escalate are offered, never "refuse".
    await naka.getByRole('region', { name: '紹介の内容' }).getByText('受領').waitFor();
    expect(await actions(naka).getByRole('button').allTextContents()).toEqual([
      '受け入れる',
      '他の機関へつなぐ',
      '推進員へエスカレーション',
    ]);
    await expectNoAxeViolations(naka, '/staff/referrals/:id (receiver)');

    await actions(naka).getByRole('button', { name: '推進員へエスカレーション' }).click();
    const escalate = naka.getByRole('dialog', { name: '推進員へエスカレーション' });
    await escalate.getByRole('radio', { name: '連携先が確定しない' }).waitFor();
    await expectNoAxeViolations(naka, 'escalate dialog');
    await escalate.getByRole('button', { name: 'キャンセル' }).click();

    await actions(naka).getByRole('button', { name: '他の機関へつなぐ' }).click();
    const handOn = naka.getByRole('dialog', { name: '他の機関へつなぐ' });
    const next = handOn.getByLabel(/^つなぐ先の機関/);
    await next.locator('option', { hasText: YORISOI }).waitFor({ state: 'attached' });
    // Neither the receiver itself nor the sender (already in the chain) is offered.
    expect(await next.locator('option', { hasText: NAKA }).count()).toBe(0);
    expect(await next.locator('option', { hasText: KITA }).count()).toBe(0);
    await handOn.getByRole('button', { name: 'つなぐ' }).click();
    await handOn.getByRole('link', { name: 'つなぐ先の機関：紹介先を選んでください' }).waitFor();
    await expectNoAxeViolations(naka, 'hand-on dialog (errors)');
    await screenshot(naka, 'referral-hand-on-errors');
    // An agency with no account to accept it is marked in the list and warned about when chosen.
    const marked = `${UNCOVERED}（受付担当者 未登録）`;
    await next.locator('option', { hasText: marked }).waitFor({ state: 'attached' });
    await next.selectOption({ label: marked });
    const unstaffed = handOn.getByRole('status').filter({ hasText: `${UNCOVERED} には` });
    await unstaffed.waitFor();
    await expectNoAxeViolations(naka, 'hand-on dialog (agency without a receiver)');
    await next.selectOption({ label: YORISOI });
    await unstaffed.waitFor({ state: 'detached' });
    await handOn.getByLabel(/^つなぐ理由/).fill(HAND_ON_REASON);
    await handOn.getByRole('button', { name: 'つなぐ' }).click();

    await naka.getByText(`${YORISOI} へつなぎました。`).first().waitFor();
    await naka.getByRole('region', { name: '紹介の内容' }).getByText('他機関へつないだ').waitFor();
    expect(await actions(naka).count()).toBe(0);
    expect(await chain(naka).count()).toBe(2);
    const history = naka.getByRole('table', { name: /対応の記録/ });
    expect(await history.getByRole('row', { name: /他機関へつないだ/ }).textContent()).toContain(
      HAND_ON_REASON,
    );
    await expectNoAxeViolations(naka, '/staff/referrals/:id (handed on)');
  });

  it('the next agency is told, accepts, starts and completes it', async () => {
    yorisoi = await stack.newPage();
    await signIn(yorisoi, stack.baseUrl, 'staff-yorisoi@demo.example');
    // Told once: of the referral it received (not again of the hand-on that made it).
    await yorisoi.getByRole('link', { name: /^お知らせ\s*未読1件$/ }).click();
    await yorisoi.getByRole('heading', { level: 1, name: 'お知らせ' }).waitFor();
    const notice = yorisoi.getByRole('row', { name: /新しい紹介が届きました/ });
    await notice.getByText('未読').waitFor();
    expect(await yorisoi.getByRole('row', { name: /紹介が他の機関へつながれました/ }).count()).toBe(0);
    await expectNoAxeViolations(yorisoi, '/staff/notifications');
    await screenshot(yorisoi, 'notifications');
    await notice.getByRole('link', { name: /^紹介を開く/ }).click();
    await yorisoi.getByRole('heading', { level: 1, name: `${SELF} さんの紹介` }).waitFor();
    expect(await yorisoi.getByRole('region', { name: '紹介の内容' }).textContent()).toContain(HAND_ON_REASON);

    await actions(yorisoi).getByRole('button', { name: '受け入れる' }).click();
    await yorisoi.getByText('紹介を受け入れました。').first().waitFor();
    // The pressed button is gone: focus continues at what can be done next.
    await yorisoi.waitForFunction(() => document.activeElement?.id === 'referral-actions');
    await actions(yorisoi).getByRole('button', { name: '支援を始める' }).click();
    await yorisoi.getByText('支援を始めました。').first().waitFor();
    await expectNoAxeViolations(yorisoi, '/staff/referrals/:id (in progress)');

    await actions(yorisoi).getByRole('button', { name: '完了にする' }).click();
    const complete = yorisoi.getByRole('dialog', { name: '紹介を完了にする' });
    await complete.getByRole('radio', { name: '支援につながった' }).waitFor();
    await expectNoAxeViolations(yorisoi, 'complete dialog');
    await complete.getByRole('radio', { name: '支援につながった' }).check();
    await complete.getByLabel(/^メモ/).fill('家計相談の初回面談を実施。');
    await complete.getByRole('button', { name: '完了にする' }).click();
    await yorisoi.getByText('紹介を完了にしました。').first().waitFor();
    // Nothing more can be done: focus moves to the referral's summary.
    await yorisoi.waitForFunction(() => document.activeElement?.id === 'referral-summary');
    await yorisoi.getByRole('region', { name: '紹介の内容' }).getByText('支援につながった').waitFor();
    expect(await actions(yorisoi).count()).toBe(0);
  });

  it('the sender sees the whole loop: handed on, then completed', async () => {
    await visit(staff, `${stack.baseUrl}/staff/referrals`, '紹介（つなぐ）');
    await staff.getByRole('tab', { name: '送信' }).click();
    await staff.getByLabel('表示する紹介').selectOption({ label: 'すべて' });
    const row = staff
      .getByRole('table', { name: /送信の紹介（1件）/ })
      .getByRole('row', { name: new RegExp(SELF) });
    await row.getByText('他機関へつないだ').waitFor();
    await expectNoAxeViolations(staff, '/staff/referrals (outgoing, all)');
    await row.getByRole('link', { name: SELF }).click();
    await staff.waitForURL(firstUrl);
    await staff.getByRole('heading', { level: 1, name: `${SELF} さんの紹介` }).waitFor();

    const hops = chain(staff);
    await hops.nth(1).getByText('完了').waitFor();
    expect(await hops.count()).toBe(2);
    const [first, second] = [await hops.nth(0).textContent(), await hops.nth(1).textContent()];
    expect(first).toContain(`${KITA} から ${NAKA} へ`);
    expect(first).toContain('他機関へつないだ');
    expect(first).toContain('この紹介');
    expect(second).toContain(`${NAKA} から ${YORISOI} へ`);
    expect(second).toContain('完了');
    expect(second).toContain('支援につながった');
    await expectNoAxeViolations(staff, '/staff/referrals/:id (sender, loop closed)');
    await screenshot(staff, 'referral-loop');

    // The sender was told of the hand-on and of the completion.
    await visit(staff, `${stack.baseUrl}/staff/notifications`, 'お知らせ');
    await staff.getByRole('row', { name: /紹介が他の機関へつながれました/ }).waitFor();
    await staff.getByRole('row', { name: /紹介が完了しました/ }).waitFor();
    await staff.getByRole('button', { name: 'すべて既読にする' }).click();
    await staff.getByText('未読 0件').waitFor();
    await expectNoAxeViolations(staff, '/staff/notifications (all read)');
  });

  it('the figures of the 年度 count the loop, as a table and as charts with names', async () => {
    await visit(staff, `${stack.baseUrl}/staff/referrals/metrics`, '紹介の実績');
    const table = staff.getByRole('table', { name: /年度の機関別の紹介の実績/ });
    const own = await table
      .getByRole('row', { name: new RegExp(`^${KITA}`) })
      .getByRole('cell')
      .allTextContents();
    expect(own.slice(0, 2)).toEqual(['1件', '0件']);
    const total = await table
      .getByRole('row', { name: /^合計（市全体）/ })
      .getByRole('cell')
      .allTextContents();
    expect(total.slice(0, 2)).toEqual(['2件', '2件']);
    await staff.getByRole('img', { name: /送付件数と受付件数の横棒グラフ/ }).waitFor();
    await staff.getByRole('img', { name: /期限内の受け入れ率の横棒グラフ/ }).waitFor();
    await expectNoAxeViolations(staff, '/staff/referrals/metrics');
    await screenshot(staff, 'referral-metrics');
  });

  it('coordinators also have the escalation queue and the city-wide overdue list', async () => {
    const coordinator = await stack.newPage();
    await signIn(coordinator, stack.baseUrl, 'coordinator@demo.example');
    await nav(coordinator).getByRole('link', { name: /^紹介/ }).click();
    await coordinator.getByRole('tab', { name: 'エスカレーション' }).click();
    await coordinator.getByText('エスカレーションされた紹介はありません').waitFor();
    await expectNoAxeViolations(coordinator, '/staff/referrals (escalated, empty)');
    await coordinator.getByRole('tab', { name: '期限超過' }).click();
    await coordinator.getByText('受け入れ期限を過ぎた紹介はありません').waitFor();
    await coordinator.context().close();
  });
});
