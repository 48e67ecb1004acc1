import { fiscalYearLabel, fiscalYearOf } from '@tsunagu/japan';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, type Stack, screenshot, startStack } from './support/browser';
import { signIn, visit } from './support/session';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

// 地域づくり: 公民館振興室 records a 防災 course (partly by keyboard) and corrects it; 地域包括ケア推進課
// records a district's 支え合い推進会議; the figures show §6 and §7; a reader sees no record buttons.

const PROGRAMME = '公民館 主催講座';
const COURSE = '親子で学ぶ防災まち歩き';
const YEAR = fiscalYearOf(new Date());
const YEAR_LABEL = fiscalYearLabel(YEAR);

const toast = (page: Page, text: string) => page.getByRole('status').getByText(text).first().waitFor();
const number = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, '') || 0);

/** Presses Tab until `target` has focus (keyboard only), failing after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 20) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  expect(await target.evaluate((el) => el === document.activeElement), 'focus reached the target').toBe(true);
}

/** The number of events the list says it holds (its caption), 0 while it is empty. */
async function listedEvents(page: Page): Promise<number> {
  const table = page.getByRole('table', { name: new RegExp(`^${PROGRAMME}の記録`) });
  await table.or(page.getByText('まだ記録がありません')).waitFor();
  if ((await table.count()) === 0) return 0;
  const caption = (await table.locator('caption').textContent()) ?? '';
  return number(/（([\d,]+)件）/.exec(caption)?.[1] ?? null);
}

/** One cell of a table: the row named `row`, the column headed `column`. */
async function cell(table: Locator, row: string | RegExp, column: string): Promise<string> {
  const headers = await table.getByRole('columnheader').allTextContents();
  const index = headers.indexOf(column);
  expect(index, `column ${column}`).toBeGreaterThanOrEqual(0);
  const cells = table.getByRole('row', { name: row }).first().locator('th, td');
  return (await cells.nth(index).textContent()) ?? '';
}

describe('地域づくり: programme records, councils and figures', () => {
  let page: Page;
  afterAll(async () => {
    await page?.context().close();
  });

  it('公民館振興室 records a 防災 course through the dialog; the list and the totals show it', async () => {
    page = await stack.newPage();
    await signIn(page, stack.baseUrl, 'kominkan@demo.example');
    await page
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: '地域づくり' })
      .click();
    await page.getByRole('heading', { level: 1, name: '地域づくり' }).waitFor();
    await page
      .getByText(new RegExp(`^${YEAR_LABEL}の記録 \\d+件$`))
      .first()
      .waitFor();
    await expectNoAxeViolations(page, '/staff/community');
    await screenshot(page, 'community-hub');
    await page
      .getByRole('region', { name: '地域の支え合い' })
      .getByRole('link', { name: '支え合い推進会議' })
      .waitFor();
    const support = page.getByRole('region', { name: '活動の支援と登録' });
    for (const link of ['市民活動支援アドバイザー派遣', '医療的ケア児かかりつけ医'])
      await support.getByRole('link', { name: link, exact: true }).waitFor();

    await page
      .getByRole('region', { name: '事業の記録' })
      .getByRole('link', { name: PROGRAMME, exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: PROGRAMME }).waitFor();
    const before = await listedEvents(page);
    const themes = page.getByRole('table', { name: 'テーマ別の件数（年度別）' });
    await themes.waitFor();
    const disasterBefore = number(await cell(themes, /^防災/, YEAR_LABEL));
    await expectNoAxeViolations(page, '/staff/community/programmes/kominkan-courses');

    // By keyboard: open the dialog, write the title and venue, submit.
    await page.getByRole('button', { name: '記録する', exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `開催を記録：${PROGRAMME}` });
    await dialog.waitFor();
    const kind = dialog.getByLabel(/^種類/);
    expect(await kind.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await kind.inputValue()).toBe('course');
    await tabTo(page, dialog.getByRole('textbox', { name: /^名称/ }));
    await page.keyboard.type(COURSE);
    await tabTo(page, dialog.getByRole('textbox', { name: /^会場/ }));
    await page.keyboard.type('岡輝公民館');
    await dialog.getByLabel(/^テーマ/).selectOption({ label: '防災' });
    await dialog.getByLabel('参加者数').fill('24');
    await expectNoAxeViolations(page, 'event dialog');
    await tabTo(page, dialog.getByRole('button', { name: '記録する' }), 40);
    await page.keyboard.press('Enter');
    await toast(page, `「${COURSE}」を記録しました。`);
    await dialog.waitFor({ state: 'hidden' });

    // The list is read again after the toast; wait for the new row, not the old list.
    const row = page.getByRole('row', { name: new RegExp(COURSE) });
    await row.waitFor();
    await expect
      .poll(() => row.locator('td').allTextContents())
      .toEqual(expect.arrayContaining(['岡輝公民館', '防災', '24']));
    await expect.poll(() => listedEvents(page)).toBe(before + 1);
    await expect.poll(async () => number(await cell(themes, /^防災/, YEAR_LABEL))).toBe(disasterBefore + 1);
    await expectNoAxeViolations(page, '/staff/community/programmes/kominkan-courses (recorded)');
    await screenshot(page, 'community-programme');

    // The list filtered to 防災 in this 年度, and its workbook.
    await page.getByLabel('テーマ', { exact: true }).selectOption({ label: '防災' });
    await page.getByLabel('年度', { exact: true }).selectOption({ label: YEAR_LABEL });
    await page.getByRole('button', { name: '絞り込む' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('disaster');
    await page.getByRole('row', { name: new RegExp(COURSE) }).waitFor();
    const href = (await page.getByRole('link', { name: /Excel/ }).getAttribute('href')) ?? '';
    expect(href).toContain('/api/community/programmes/kominkan-courses/events.xlsx?');
    expect(href).toContain('theme=disaster');
    const workbook = await page.request.get(`${stack.baseUrl}${href}`);
    expect(workbook.status()).toBe(200);
    expect(workbook.headers()['content-type']).toContain('spreadsheetml');
  });

  it('corrects the course: the edit dialog saves the new count', async () => {
    await page.getByRole('button', { name: new RegExp(`^編集\\s*（${COURSE}）$`) }).click();
    const dialog = page.getByRole('dialog', { name: `記録を編集：${COURSE}` });
    expect(await dialog.getByLabel('参加者数').inputValue()).toBe('24');
    await dialog.getByLabel('参加者数').fill('');
    await dialog.getByLabel('参加者数').fill('ten');
    await dialog.getByRole('button', { name: '保存する' }).click();
    await dialog.getByRole('heading', { name: /^入力内容を確認してください/ }).waitFor();
    await expectNoAxeViolations(page, 'event dialog (errors)');
    await dialog.getByLabel('参加者数').fill('30');
    await dialog.getByRole('button', { name: '保存する' }).click();
    await toast(page, `「${COURSE}」を保存しました。`);
    const row = page.getByRole('row', { name: new RegExp(COURSE) });
    await expect.poll(async () => (await row.locator('td').allTextContents()).includes('30')).toBe(true);
    const total = page.getByRole('row', { name: /^合計（/ });
    expect(await total.textContent()).toMatch(/30$/);
  });

  it('地域包括ケア推進課 records a district as set up and active; the overview counts it', async () => {
    await page.context().close();
    page = await stack.newPage();
    await signIn(page, stack.baseUrl, 'community@demo.example');
    await visit(page, `${stack.baseUrl}/staff/community/councils`, '支え合い推進会議');
    const overview = page.getByRole('table', { name: `${YEAR_LABEL} 福祉区別の支え合い推進会議` });
    const established = number(await cell(overview, /^市全体/, '設置'));
    const active = number(await cell(overview, /^市全体/, 'うち活動'));
    const districts = page.getByRole('table', { name: /小学校区・地区ごとの支え合い推進会議（96地区）$/ });
    const row = districts
      .getByRole('row')
      .filter({ hasText: /未記録|未設置/ })
      .first();
    const district = ((await row.getByRole('rowheader').textContent()) ?? '').trim();
    expect(district).not.toBe('');
    await expectNoAxeViolations(page, '/staff/community/councils');
    await screenshot(page, 'community-councils');

    await row.getByRole('button', { name: new RegExp(`（${district}）$`) }).click();
    const dialog = page.getByRole('dialog', { name: `支え合い推進会議を記録：${district}（${YEAR_LABEL}）` });
    // Active without being set up is refused before anything is sent.
    await dialog.getByRole('checkbox', { name: '支え合い推進会議が設置されている' }).uncheck();
    await dialog.getByRole('checkbox', { name: '活動している' }).check();
    await dialog.getByRole('button', { name: '保存する' }).click();
    await dialog.getByText('設置されていない会議は「活動」にできません').first().waitFor();
    await dialog.getByRole('checkbox', { name: '支え合い推進会議が設置されている' }).check();
    const activities = dialog.getByRole('group', { name: /^取組内容/ });
    await activities.getByRole('checkbox', { name: '見守り活動' }).check();
    await activities.getByRole('checkbox', { name: '居場所づくり（サロン等）' }).check();
    await dialog.getByLabel(/^支え合い推進員/).fill('支え 合子');
    await expectNoAxeViolations(page, 'council dialog');
    await dialog.getByRole('button', { name: '保存する' }).click();
    await toast(page, `${district}の${YEAR_LABEL}の記録を保存しました。`);

    await expect.poll(async () => number(await cell(overview, /^市全体/, '設置'))).toBe(established + 1);
    expect(number(await cell(overview, /^市全体/, 'うち活動'))).toBe(active + 1);
    const saved = districts.getByRole('row', { name: new RegExp(`^${district}`) });
    const savedText = (await saved.textContent()) ?? '';
    expect(savedText).toContain('見守り活動、居場所づくり（サロン等）');
    expect(savedText).toContain('支え 合子');
    const years = page.getByRole('table', { name: '年度別の設置地区数・活動地区数' });
    expect(number(await cell(years, YEAR_LABEL, '設置'))).toBe(established + 1);
    await expectNoAxeViolations(page, '/staff/community/councils (recorded)');
    await screenshot(page, 'community-councils-recorded');

    // One welfare district: only its school districts are listed.
    await page.getByLabel('福祉区', { exact: true }).selectOption({ label: '北区北' });
    const north = page.getByRole('table', { name: /小学校区・地区ごとの支え合い推進会議（14地区）$/ });
    await north.waitFor();
    const welfare = await north.locator('tbody tr td:first-of-type').allTextContents();
    expect(welfare).toHaveLength(14);
    expect(new Set(welfare)).toEqual(new Set(['北区北']));

    // Carried forward into the next 年度: this 年度's records are copied, and the count is announced.
    await page.getByLabel('年度', { exact: true }).selectOption({ label: fiscalYearLabel(YEAR + 1) });
    await page.getByRole('table', { name: new RegExp(`^${fiscalYearLabel(YEAR + 1)} 福祉区別`) }).waitFor();
    const recorded = await page.evaluate(async (year) => {
      const res = await fetch(`/api/community/councils?fiscalYear=${year}`);
      const body = (await res.json()) as { items: { id: string | null }[] };
      return body.items.filter((c) => c.id !== null).length;
    }, YEAR);
    await page.getByRole('button', { name: '前年度から引き継ぐ' }).click();
    await toast(page, `${YEAR_LABEL}の記録から${recorded}地区を引き継ぎました。`);
  });

  it('the figures page shows §6 and §7 in 和暦 years', async () => {
    await visit(page, `${stack.baseUrl}/staff/community/figures`, '地域づくり・在宅医療の実績');
    await page.getByRole('heading', { level: 2, name: '地域づくり', exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: '在宅医療', exact: true }).waitFor();
    const community = page.getByRole('table', { name: /^地域づくり（/ });
    const headers = await community.getByRole('columnheader').allTextContents();
    expect(headers.slice(0, 2)).toEqual(['項目', '単位']);
    for (const h of headers.slice(2)) expect(h).toMatch(/^(令和|平成)/);
    await community.getByRole('row', { name: /^公民館 主催講座数/ }).waitFor();
    await community.getByRole('row', { name: /^防災/ }).waitFor();
    await page
      .getByRole('table', { name: /^在宅医療（/ })
      .getByRole('row', { name: /^訪問診療支援/ })
      .first()
      .waitFor();
    await expectNoAxeViolations(page, '/staff/community/figures');
    await screenshot(page, 'community-figures');
  });

  it('a reader (staff@demo.example) sees the pages without record or edit buttons', async () => {
    await page.context().close();
    page = await stack.newPage();
    await signIn(page, stack.baseUrl, 'staff@demo.example');
    await visit(page, `${stack.baseUrl}/staff/community/programmes/kominkan-courses`, PROGRAMME);
    await page.getByRole('row', { name: new RegExp(COURSE) }).waitFor();
    expect(await page.getByRole('button', { name: '記録する' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^編集/ }).count()).toBe(0);
    await screenshot(page, 'community-programme-reader');
    await visit(page, `${stack.baseUrl}/staff/community/councils`, '支え合い推進会議');
    await page.getByRole('table', { name: /小学校区・地区ごとの支え合い推進会議/ }).waitFor();
    expect(await page.getByRole('button', { name: '前年度から引き継ぐ' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(記録する|編集)/ }).count()).toBe(0);
  });
});
