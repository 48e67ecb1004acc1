import { fiscalYearLabel, fiscalYearOf } from '@tsunagu/japan';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, type Stack, screenshot, startStack } from './support/browser';
import { signIn, visit } from './support/session';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

const ITEM = /^施策4-項目1 支え合い推進員による支え合いの地域づくり/;
const inDays = (n: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + n * 86_400_000));

const heading = (page: Page) => page.getByRole('heading', { level: 1, name: ITEM });
const history = (page: Page) => page.getByRole('list', { name: '履歴' });
const toast = (page: Page, text: string) => page.getByRole('status').getByText(text).first().waitFor();

/** Opens the entry's page and waits for it; then axe. */
async function openEntry(page: Page, url: string, where: string) {
  await page.goto(url);
  await heading(page).waitFor();
  await expectNoAxeViolations(page, where);
}

/** Presses a move button, writes the comment in its dialog and confirms it there. */
async function move(page: Page, button: string, dialogTitle: string, comment: string) {
  await page.getByRole('region', { name: 'この報告への対応' }).getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: dialogTitle });
  await dialog.getByRole('textbox').fill(comment);
  await expectNoAxeViolations(page, `${dialogTitle} dialog`);
  await dialog.getByRole('button', { name: button }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('進捗報告: a division writes, the planner returns and approves; 連携アンケート', () => {
  let reporter: Page;
  let planner: Page;
  let entryUrl = '';
  afterAll(async () => {
    for (const page of [reporter, planner]) await page?.context().close();
  });

  it('the reporter starts an entry from 未作成の報告, writes it, saves and submits it', async () => {
    reporter = await stack.newPage();
    await signIn(reporter, stack.baseUrl, 'reporter@demo.example');
    await visit(reporter, `${stack.baseUrl}/staff/plan/entries?fiscalYear=2023`, '進捗報告');
    const missing = reporter.getByRole('region', { name: /^未作成の報告/ });
    expect(await missing.getByRole('button', { name: /^報告を作成/ }).count()).toBe(6);
    await screenshot(reporter, 'plan-entries');
    await missing.getByRole('button', { name: /^報告を作成：施策4-項目1 / }).click();
    await heading(reporter).waitFor();
    entryUrl = reporter.url();
    expect(entryUrl).toMatch(/\/staff\/plan\/entries\/[0-9a-f-]{36}$/);

    await reporter
      .getByRole('textbox', { name: '取組実績' })
      .fill('支え合い推進員を全福祉区に配置し、地域の集いを42回開いた。');
    await reporter.getByRole('textbox', { name: '今後の方針' }).focus();
    await reporter.keyboard.type('担い手の養成を続ける。');
    await expectNoAxeViolations(reporter, '/staff/plan/entries/:id (draft)');
    await reporter.getByRole('button', { name: '保存する' }).click();
    await toast(reporter, '報告を保存しました。');

    await move(reporter, '提出する', '報告を提出する', 'ご確認をお願いします。');
    await toast(reporter, '報告を提出しました。');
    await reporter.getByRole('heading', { level: 2, name: '報告の内容' }).waitFor();
    expect(await reporter.getByRole('button', { name: '保存する' }).count()).toBe(0);
    expect(await reporter.getByRole('textbox', { name: '取組実績' }).count()).toBe(0);
    expect(await reporter.locator('main').textContent()).toContain('提出済み（確認待ち）');
    await expectNoAxeViolations(reporter, '/staff/plan/entries/:id (submitted)');
  });

  it('the planner returns it with a comment; the reporter edits and resubmits; the planner approves', async () => {
    planner = await stack.newPage();
    await signIn(planner, stack.baseUrl, 'planner@demo.example');
    await visit(planner, `${stack.baseUrl}/staff/plan/entries?fiscalYear=2023`, '進捗報告');
    const row = planner.getByRole('row', { name: /支え合い推進員による支え合いの地域づくり/ });
    expect(await row.textContent()).toContain('確認待ち');
    expect(await planner.getByRole('list', { name: '状態ごとの件数' }).textContent()).toContain(
      '提出済み（確認待ち） 1件',
    );
    await screenshot(planner, 'plan-entries-planner');
    await row.getByRole('link').click();
    await heading(planner).waitFor();
    expect(planner.url()).toBe(entryUrl);
    await expectNoAxeViolations(planner, '/staff/plan/entries/:id (planner)');

    // Returning needs a comment: an empty one is refused in the dialog.
    await planner.getByRole('button', { name: '差し戻す' }).click();
    const dialog = planner.getByRole('dialog', { name: '報告を差し戻す' });
    await dialog.getByRole('button', { name: '差し戻す' }).click();
    await dialog.getByText('差し戻しの理由を書いてください').waitFor();
    await expectNoAxeViolations(planner, 'return dialog (error)');
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
    await move(planner, '差し戻す', '報告を差し戻す', '集いの参加者数も書いてください。');
    await toast(planner, '報告を差し戻しました。');

    await openEntry(reporter, entryUrl, '/staff/plan/entries/:id (returned)');
    expect(await history(reporter).textContent()).toContain('集いの参加者数も書いてください。');
    const achievements = reporter.getByRole('textbox', { name: '取組実績' });
    await achievements.fill('支え合い推進員を全福祉区に配置し、地域の集いを42回（延べ860人参加）開いた。');
    // Submitting with unsaved edits saves them first.
    await move(reporter, '提出する', '報告を提出する', '参加者数を追記しました。');
    await toast(reporter, '報告を提出しました。');
    expect(await reporter.locator('main').textContent()).toContain('延べ860人参加');

    await openEntry(planner, entryUrl, '/staff/plan/entries/:id (resubmitted)');
    await move(planner, '承認する', '報告を承認する', '');
    await toast(planner, '報告を承認しました。');
    await planner.getByRole('heading', { level: 2, name: '報告の内容' }).waitFor();
    expect(await planner.locator('main').textContent()).toContain('承認済み');
    const events = (await history(planner).getByRole('listitem').allTextContents()).map(
      (text) => /^(作成|編集|提出|差し戻し|承認|コメント)/.exec(text)?.[1],
    );
    expect(events).toEqual(['作成', '編集', '提出', '差し戻し', '編集', '提出', '承認']);
    expect(events.filter((e) => e !== '編集')).toEqual(['作成', '提出', '差し戻し', '提出', '承認']);
    await expectNoAxeViolations(planner, '/staff/plan/entries/:id (approved)');
    await screenshot(planner, 'plan-entry');
  });

  it("a reporter cannot edit another division's entry", async () => {
    await visit(
      reporter,
      `${stack.baseUrl}/staff/plan/entries?fiscalYear=2022&division=medical-policy`,
      '進捗報告',
    );
    await reporter.getByRole('link', { name: /在宅医療を支える基盤整備の推進/ }).click();
    await reporter.getByRole('heading', { level: 1, name: /^施策1-項目2 / }).waitFor();
    await reporter.getByRole('heading', { level: 2, name: '報告の内容' }).waitFor();
    expect(await reporter.locator('main').textContent()).toContain('承認済み');
    expect(await reporter.getByRole('button', { name: '保存する' }).count()).toBe(0);
    expect(await reporter.getByRole('textbox', { name: '取組実績' }).count()).toBe(0);
    expect(await reporter.getByRole('region', { name: 'この報告への対応' }).count()).toBe(0);
    await expectNoAxeViolations(reporter, "/staff/plan/entries/:id (another division's)");
  });

  const year = fiscalYearLabel(fiscalYearOf(new Date()));
  const surveyRow = (page: Page) => page.getByRole('row', { name: new RegExp(`^${year}`) });
  let recipients = 0;
  let agency = '';

  it('the planner sends this 年度 survey to every agency of the directory', async () => {
    await visit(planner, `${stack.baseUrl}/staff/surveys`, '連携アンケート');
    await planner.getByLabel(/^年度/).selectOption({ label: year });
    await planner.getByLabel(/^締切日/).fill(inDays(5));
    await expectNoAxeViolations(planner, '/staff/surveys (send form)');
    await planner.getByRole('button', { name: 'アンケートを送る' }).click();
    await toast(planner, `${year}のアンケートを`);
    const sent = /回答 0 \/ (\d+) 機関（0%）/.exec((await surveyRow(planner).textContent()) ?? '');
    expect(sent).not.toBeNull();
    recipients = Number(sent?.[1]);
    expect(recipients).toBeGreaterThan(10);
  });

  it("an agency's manager answers for the agency", async () => {
    const manager = await stack.newPage();
    await signIn(manager, stack.baseUrl, 'manager@demo.example');
    await visit(manager, `${stack.baseUrl}/staff/surveys`, '連携アンケート');
    const request = manager.getByRole('article', { name: `${year}の連携アンケート` });
    await request.getByRole('radio', { name: '連携がとれていると感じる' }).check();
    await request.getByRole('textbox', { name: 'コメント' }).fill('ケース検討会で顔の見える関係ができた。');
    await request.getByRole('button', { name: '回答する' }).click();
    await toast(manager, '回答を送りました。');
    await request.getByRole('button', { name: '回答を変更する' }).waitFor();
    expect(await request.textContent()).toContain('回答済みです');
    await expectNoAxeViolations(manager, '/staff/surveys (agency, answered)');
    await screenshot(manager, 'agency-survey');
    agency = (await request.getByRole('definition').first().textContent()) ?? '';
    await manager.context().close();
  });

  it('the planner sees the response rate and the 「連携がとれている」 rate (indicator No 5)', async () => {
    await visit(planner, `${stack.baseUrl}/staff/surveys`, '連携アンケート');
    const row = surveyRow(planner);
    const after = (await row.textContent()) ?? '';
    expect(after).toContain(`回答 1 / ${recipients} 機関`);
    expect(after).toContain('100%（1 / 1 機関）');
    await row.getByRole('button', { name: /回答状況を見る/ }).click();
    const answered = planner.getByRole('row', {
      name: new RegExp(agency.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    });
    expect(await answered.textContent()).toContain('回答済み');
    await expectNoAxeViolations(planner, '/staff/surveys (responses)');
    await screenshot(planner, 'agency-survey-results');
  });
});
