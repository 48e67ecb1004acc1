import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, type Stack, screenshot, startStack } from './support/browser';
import { signIn, visit } from './support/session';

let stack: Stack;
let planner: Page;
beforeAll(async () => {
  stack = await startStack();
  planner = await stack.newPage();
  await signIn(planner, stack.baseUrl, 'planner@demo.example');
});
afterAll(async () => {
  await planner?.context().close();
  await stack?.close();
});

const RATE = '「関係機関との密な連携がとれている」と感じる相談機関の割合';
const HOME_CARE = '在宅医療提供体制の整備数';

const indicatorTable = (page: Page) => page.getByRole('table', { name: /^成果指標（\d+件）/ });
const indicatorRow = (page: Page, name: string) =>
  indicatorTable(page).getByRole('row', { name: new RegExp(name) });

/** The text of a row's cell under the column header `header`. */
async function cellUnder(page: Page, row: Locator, header: string): Promise<string> {
  const headers = await indicatorTable(page).getByRole('columnheader').allTextContents();
  const index = headers.indexOf(header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return (await row.locator('th, td').nth(index).textContent()) ?? '';
}

describe('計画の進捗: the plan, its indicators, the report and the public page', () => {
  it('the plan page shows 施策1–5, each with a roadmap status bar and its indicators as charts', async () => {
    await visit(planner, `${stack.baseUrl}/staff/plan`, '計画の進捗');
    for (const no of [1, 2, 3, 4, 5])
      await planner.getByRole('heading', { level: 2, name: new RegExp(`^施策${no} `) }).waitFor();
    const bars = planner.getByRole('img', { name: /令和4年度の工程表 \d+件の状況/ });
    expect(await bars.count()).toBe(5);
    expect(await bars.first().getAttribute('aria-label')).toMatch(/承認済み \d+件、確認待ち \d+件/);
    const chart = planner.getByRole('img', { name: new RegExp(`^${RATE}の推移`) });
    expect(await chart.getAttribute('aria-label')).toContain('令和4年度末 30.6%');
  });

  it('the indicator table shows the figures and their origin; the planner sets a target and it shows in the chart', async () => {
    await visit(planner, `${stack.baseUrl}/staff/plan/indicators`, '成果指標');
    const solved = indicatorRow(planner, '複合課題が円滑に解決できたケース件数');
    expect(await cellUnder(planner, solved, '令和4年度末')).toContain('277');
    expect(await cellUnder(planner, solved, '令和4年度末')).toContain('記録値');
    // The records hold no case of R4: from R3末's recorded 240 they add nothing, and the page says so.
    expect(await cellUnder(planner, solved, '令和4年度末')).toContain('記録からの算出値: 240');
    expect(
      await cellUnder(planner, indicatorRow(planner, '生活・介護支援サポーター養成数'), '令和4年度末'),
    ).toContain('1,589');
    await planner.getByRole('table', { name: /^算出方法（\d+件）/ }).waitFor();

    await indicatorRow(planner, RATE)
      .getByRole('button', { name: /^設定を変更/ })
      .click();
    const dialog = planner.getByRole('dialog', { name: new RegExp(`設定を変更：${RATE}`) });
    await dialog.getByLabel(/^目標値/).fill('50');
    await dialog.getByRole('button', { name: '変更を保存する' }).click();
    await dialog.getByText('目標値と目標年度は両方入力してください').first().waitFor();
    await expectNoAxeViolations(planner, 'indicator settings dialog with an error');
    await dialog.getByLabel(/^目標年度/).selectOption({ label: '令和5年度' });
    await dialog.getByRole('button', { name: '変更を保存する' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await cellUnder(planner, indicatorRow(planner, RATE), '目標')).toContain('50%');

    await visit(planner, `${stack.baseUrl}/staff/plan`, '計画の進捗');
    const chart = planner.getByRole('img', { name: new RegExp(`^${RATE}の推移`) });
    expect(await chart.getAttribute('aria-label')).toContain('目標は令和5年度に50%');
    await chart.getByTestId('target-line').waitFor();
    await screenshot(planner, 'plan-dashboard');
  });

  it('a figure is recorded by keyboard and shows as recorded', async () => {
    await visit(planner, `${stack.baseUrl}/staff/plan/indicators`, '成果指標');
    const button = indicatorRow(planner, HOME_CARE).getByRole('button', { name: /^実績値を記録/ });
    await button.focus();
    await planner.keyboard.press('Enter');
    const dialog = planner.getByRole('dialog', { name: new RegExp(`実績値を記録：${HOME_CARE}`) });
    await dialog.waitFor();
    // Focus starts on the 年度 (the latest of the plan); Tab goes to the figure, Enter saves.
    expect(await dialog.getByLabel(/^年度/).inputValue()).toBe('2023');
    await planner.keyboard.press('Tab');
    await planner.keyboard.type('5');
    await expectNoAxeViolations(planner, 'record dialog');
    await planner.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await planner.getByText('実績値を記録しました。').waitFor();
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    const cell = await cellUnder(planner, indicatorRow(planner, HOME_CARE), '令和5年度末');
    expect(cell).toContain('5');
    expect(cell).toContain('記録値');
    await screenshot(planner, 'plan-indicators');
  });

  it('the report lists 令和4年度, includes drafts on request and downloads as Excel', async () => {
    await visit(planner, `${stack.baseUrl}/staff/plan/report`, '進捗状況報告（令和4年度）');
    await planner.getByRole('table', { name: '工程表 取組状況と今後の方針（令和4年度）' }).waitFor();
    await planner.getByRole('columnheader', { name: '取組実績（令和4年度）' }).first().waitFor();
    await planner.getByRole('columnheader', { name: '実績（累計）令和4年度末' }).waitFor();
    await planner.getByRole('table', { name: /^総合相談支援体制 事業実績/ }).waitFor();
    await planner.getByRole('checkbox', { name: '未承認の報告も含める' }).check();
    await planner.waitForURL(/drafts=/);
    await planner.getByText('未承認の報告を含めて表示しています').waitFor();
    const href = await planner.getByRole('link', { name: /Excelで出力/ }).getAttribute('href');
    expect(href).toContain('drafts=1');
    const xlsx = await planner.request.get(`${stack.baseUrl}${href}`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    await expectNoAxeViolations(planner, '/staff/plan/report?drafts=1');
    await screenshot(planner, 'progress-report');
  });

  it('the public page works without signing in and shows the approved progress', async () => {
    const visitor = await stack.newPage();
    try {
      await visit(visitor, `${stack.baseUrl}/progress`, /の進み具合$/);
      await visitor.getByText('個人に関する情報は含みません').waitFor();
      const chart = visitor.getByRole('img', { name: new RegExp(`^${RATE}の推移`) });
      expect(await chart.getAttribute('aria-label')).toContain('30.6%');
      await visitor.getByRole('cell', { name: '30.6%' }).first().waitFor();
      await visitor.getByRole('heading', { level: 2, name: '工程表 取組状況と今後の方針' }).waitFor();
      await visitor.getByRole('table', { name: /^総合相談支援体制 事業実績/ }).waitFor();
      await screenshot(visitor, 'public-progress');
    } finally {
      await visitor.context().close();
    }
  });
});
