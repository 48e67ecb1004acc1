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

// 生涯活躍就労支援事業: the programme desk registers a person (a medium barrier goes to 社協's 生涯かつやく
// 支援センター), registers an employer and an opening, proposes the opening from the explained
// suggestions, records the trial, the placement and the follow-ups at 1, 3 and 6 months: 定着.

const NAME = '吉備 太郎';
const KATSUYAKU = '岡山市社会福祉協議会 生涯かつやく支援センター';
const ANABUKI = '株式会社穴吹カレッジサービス（民間就労支援機関）';
const EMPLOYER = '株式会社きびの里介護';
const OPENING = 'デイサービスの配膳・清掃（午前）';

const toast = (page: Page, text: string) => page.getByRole('status').getByText(text).first().waitFor();
const main = (page: Page) => page.locator('main');
const stage = async (page: Page) =>
  (await page.getByRole('heading', { level: 1, name: NAME }).locator('xpath=..').textContent()) ?? '';

/** Presses Tab until `target` has focus (keyboard only), failing after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 12) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  expect(await target.evaluate((el) => el === document.activeElement), 'focus reached the target').toBe(true);
}

describe('参加支援: register → employer and opening → suggestion → trial → placement → follow-ups', () => {
  let page: Page;
  let participantUrl = '';
  afterAll(async () => {
    await page?.context().close();
  });

  it('the desk registers a new person; the barrier level shows where they are allocated', async () => {
    page = await stack.newPage();
    await signIn(page, stack.baseUrl, 'programme@demo.example');
    await page
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: '参加支援' })
      .click();
    await page.getByRole('heading', { level: 1, name: '参加支援・就労支援' }).waitFor();
    await page.getByText('まだ利用者がいません').waitFor();
    await expectNoAxeViolations(page, '/staff/participation (empty)');

    await page.getByRole('link', { name: '利用登録' }).first().click();
    await page.getByRole('heading', { level: 1, name: '利用登録' }).waitFor();
    await expectNoAxeViolations(page, '/staff/participation/new');
    expect(await main(page).textContent()).toContain('地域包括ケア推進課');

    await page.getByLabel(/^氏名（姓）/).fill('吉備');
    await page.getByLabel(/^氏名（名）/).fill('太郎');
    await page.getByLabel(/^ふりがな（せい）/).fill('きび');
    await page.getByLabel(/^ふりがな（めい）/).fill('たろう');
    await page.getByLabel('生年月日', { exact: true }).fill('1958-04-01');
    await page.getByRole('radio', { name: '配慮があれば可' }).check();
    await page.getByLabel('本人の希望').fill('午前中だけ、人と話せる仕事がしたい。');
    const abilities = page.getByRole('group', { name: 'できること・したい業務' });
    await abilities.getByLabel('清掃', { exact: true }).check();
    await abilities.getByLabel('介護補助（配膳・シーツ交換）').check();
    await page.getByRole('group', { name: '難しいこと（制約）' }).getByLabel('重い物を持つ').check();
    const days = page.getByRole('group', { name: '都合のよい曜日' });
    for (const day of ['月', '水', '金']) await days.getByLabel(day, { exact: true }).check();
    await page.getByLabel(/^週あたりの時間の上限/).fill('15');

    const allocation = page.getByTestId('allocation');
    expect(await allocation.textContent()).toContain('阻害要因の程度を選ぶと表示されます');
    await page.getByRole('radio', { name: /^小（/ }).check();
    await expect.poll(() => allocation.textContent()).toBe(`振分け先：${ANABUKI}`);
    await page.getByRole('radio', { name: /^中（/ }).check();
    await expect.poll(() => allocation.textContent()).toBe(`振分け先：${KATSUYAKU}`);
    await page.getByLabel('阻害要因の内容').fill('離職期間が長い。');
    await expectNoAxeViolations(page, '/staff/participation/new (filled)');
    await screenshot(page, 'participation-new');

    await page.getByRole('button', { name: '利用登録する' }).click();
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await toast(page, `利用登録しました。振分け先：${KATSUYAKU}`);
    participantUrl = page.url();
    expect(participantUrl).toMatch(/\/staff\/participation\/[0-9a-f-]{36}$/);
    expect(await stage(page)).toContain('登録');
    const allocated = page.getByRole('region', { name: '振分け・担当' });
    expect(await allocated.textContent()).toContain(KATSUYAKU);
    await page.getByRole('region', { name: '候補' }).getByText('募集中の求人がありません').waitFor();
    await expectNoAxeViolations(page, '/staff/participation/:id (registered)');

    // Entering the same person again is warned about, as at an intake.
    await page.goto(`${stack.baseUrl}/staff/participation/new`);
    await page.getByRole('heading', { level: 1, name: '利用登録' }).waitFor();
    await page.getByLabel(/^氏名（姓）/).fill('吉備');
    await page.getByLabel(/^氏名（名）/).fill('太郎');
    await page.getByLabel(/^ふりがな（せい）/).fill('きび');
    await page.getByLabel(/^ふりがな（めい）/).fill('たろう');
    await page.getByLabel('生年月日', { exact: true }).fill('1958-04-01');
    const warning = page.getByRole('region', { name: /すでに登録されている可能性がある方/ });
    await warning.getByText(NAME, { exact: true }).waitFor();
    await expectNoAxeViolations(page, '/staff/participation/new (possible duplicate)');
    await page.goto(participantUrl);
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
  });

  it('registers an employer and an opening through the dialogs; the person fits the opening', async () => {
    await page
      .getByRole('navigation', { name: '参加支援のページ' })
      .getByRole('link', { name: '協力企業・求人' })
      .click();
    await page.getByRole('heading', { level: 1, name: '協力企業・求人' }).waitFor();
    await expectNoAxeViolations(page, '/staff/participation/employers (empty)');

    await page.getByRole('button', { name: '企業登録' }).click();
    const employerDialog = page.getByRole('dialog', { name: '企業登録' });
    await employerDialog.getByLabel(/^企業名/).fill(EMPLOYER);
    await employerDialog.getByLabel(/^業種/).selectOption({ label: '医療・介護・福祉' });
    await employerDialog.getByLabel(/^所在地/).fill('岡山市北区鹿田町2-2-2');
    await employerDialog.getByLabel(/^担当者/).fill('人事 花子');
    await expectNoAxeViolations(page, 'employer dialog');
    await employerDialog.getByRole('button', { name: '登録する' }).click();
    await page.getByRole('heading', { level: 1, name: EMPLOYER }).waitFor();
    await toast(page, `「${EMPLOYER}」を登録しました。`);
    await page.getByText('まだ求人がありません').waitFor();
    await expectNoAxeViolations(page, '/staff/participation/employers/:id');

    await page.getByRole('button', { name: '求人を追加' }).click();
    const openingDialog = page.getByRole('dialog', { name: `求人を追加：${EMPLOYER}` });
    // Submitting without the required fields lists the problems, each linked to its field.
    await openingDialog.getByRole('button', { name: '追加する' }).click();
    await openingDialog.getByRole('heading', { name: /^入力内容を確認してください/ }).waitFor();
    expect(await openingDialog.textContent()).toContain('業務：業務を1つ以上選んでください');
    await expectNoAxeViolations(page, 'opening dialog (errors)');
    await openingDialog.getByLabel(/^求人名/).fill(OPENING);
    const tasks = openingDialog.getByRole('group', { name: /^業務/ });
    await tasks.getByLabel('清掃', { exact: true }).check();
    await tasks.getByLabel('介護補助（配膳・シーツ交換）').check();
    await openingDialog.getByLabel('業務の切り分け').fill('介護職員の業務から配膳とシーツ交換を切り出した。');
    await openingDialog.getByRole('group', { name: '求められること' }).getByLabel('長時間の立ち仕事').check();
    await openingDialog.getByLabel(/^週あたりの時間/).fill('12');
    const openingDays = openingDialog.getByRole('group', { name: '曜日' });
    for (const day of ['月', '水', '金']) await openingDays.getByLabel(day, { exact: true }).check();
    await openingDialog.getByLabel('時間帯').fill('9:00〜13:00');
    await openingDialog.getByRole('button', { name: '追加する' }).click();
    await toast(page, `求人「${OPENING}」を追加しました。`);
    const opening = page.getByRole('article', { name: OPENING });
    expect(await opening.textContent()).toContain('介護職員の業務から配膳とシーツ交換を切り出した。');
    expect(await opening.textContent()).toContain('週12時間・月・水・金');

    await opening.getByRole('button', { name: /^合う利用者を見る/ }).click();
    const fits = opening.getByRole('list', { name: `「${OPENING}」に合う利用者` });
    const fit = fits.getByRole('article', { name: new RegExp(NAME) });
    expect(await fit.textContent()).toContain('業務 2 件のうち 2 件');
    await expectNoAxeViolations(page, '/staff/participation/employers/:id (fits)');
    await screenshot(page, 'participation-employer');
    await fit.getByRole('link', { name: NAME }).click();
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    expect(page.url()).toBe(participantUrl);
  });

  it('proposes the opening from the explained suggestions, records the trial and the placement', async () => {
    const suggestion = page
      .getByRole('region', { name: '候補' })
      .getByRole('article', { name: new RegExp(OPENING) });
    const text = (await suggestion.textContent()) ?? '';
    expect(text).toContain('適合度');
    expect(text).toMatch(/業務35 \/ 35点/);
    expect(text).toContain('本人の制約に当たる作業はありません');
    expect(text).toContain('週12時間で、本人の希望（週15時間まで）に収まります');
    await expectNoAxeViolations(page, '/staff/participation/:id (suggestions)');
    await screenshot(page, 'participation-suggestions');

    await suggestion.getByRole('button', { name: /^提案する/ }).click();
    await toast(page, `「${OPENING}」を提案しました。`);
    await expect.poll(() => stage(page)).toContain('マッチング中');
    await suggestion.getByText('支援中').waitFor();
    expect(await suggestion.getByRole('button', { name: /^提案する/ }).count()).toBe(0);

    const match = page.getByRole('region', { name: 'マッチング' }).getByRole('article', { name: OPENING });
    expect(await match.textContent()).toContain('提案中');
    await match.getByRole('button', { name: '体験を記録' }).click();
    const trial = page.getByRole('dialog', { name: `体験を記録：${OPENING}` });
    await trial.getByLabel('体験の様子').fill('配膳を3日間体験。本人も続けたいと話す。');
    await expectNoAxeViolations(page, 'trial dialog');
    await trial.getByRole('button', { name: '記録する' }).click();
    await toast(page, '体験を記録しました。');
    await expect.poll(() => stage(page)).toContain('体験中');
    expect(await match.textContent()).toContain('配膳を3日間体験。');

    await match.getByRole('button', { name: '就労開始' }).click();
    const placement = page.getByRole('dialog', { name: `就労・参加開始：${OPENING}` });
    await expectNoAxeViolations(page, 'placement dialog');
    await placement.getByRole('button', { name: '開始を記録する' }).click();
    await toast(page, '就労・参加の開始を記録しました。');
    await expect.poll(() => stage(page)).toContain('就労・参加中');
    const followUps = match.getByRole('region', { name: '定着支援' });
    expect(await followUps.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^1か月後予定期限：令和/),
      expect.stringMatching(/^3か月後予定期限：令和/),
      expect.stringMatching(/^6か月後予定期限：令和/),
    ]);
    await expectNoAxeViolations(page, '/staff/participation/:id (placed)');
  });

  it('records the three follow-ups (the first by keyboard only); the person is 定着', async () => {
    const match = page.getByRole('region', { name: 'マッチング' }).getByRole('article', { name: OPENING });
    const followUps = match.getByRole('region', { name: '定着支援' });

    // Keyboard only: open the dialog, tick the boxes, write a note and submit.
    await followUps.getByRole('button', { name: /^記録する\s*（1か月後の定着支援）$/ }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '1か月後の定着支援を記録' });
    await dialog.waitFor();
    expect(await dialog.getByLabel(/^実施日/).evaluate((el) => el === document.activeElement)).toBe(true);
    for (const box of ['本人に確認', '企業に確認', '就労を継続している']) {
      await tabTo(page, dialog.getByRole('checkbox', { name: box }));
      await page.keyboard.press('Space');
    }
    await tabTo(page, dialog.getByRole('textbox', { name: 'メモ' }));
    await page.keyboard.type('本人・企業とも順調。');
    await expectNoAxeViolations(page, 'follow-up dialog');
    await tabTo(page, dialog.getByRole('button', { name: '記録する' }));
    await page.keyboard.press('Enter');
    await toast(page, '1か月後の定着支援を記録しました。');
    await dialog.waitFor({ state: 'hidden' });
    // The recorded follow-up's button is gone: focus lands on the timeline's heading, not the page body.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('定着支援');

    for (const month of [3, 6]) {
      await followUps
        .getByRole('button', { name: new RegExp(`^記録する\\s*（${month}か月後の定着支援）$`) })
        .click();
      const d = page.getByRole('dialog', { name: `${month}か月後の定着支援を記録` });
      // Nobody contacted: refused in the dialog before anything is sent.
      await d.getByRole('button', { name: '記録する' }).click();
      await d.getByText('本人か企業のどちらかに確認してください').first().waitFor();
      await d.getByRole('checkbox', { name: '企業に確認' }).check();
      await d.getByRole('checkbox', { name: '就労を継続している' }).check();
      await d.getByRole('button', { name: '記録する' }).click();
      await toast(page, `${month}か月後の定着支援を記録しました。`);
      await d.waitFor({ state: 'hidden' });
    }
    await expect.poll(() => stage(page)).toContain('定着');
    const items = await followUps.getByRole('listitem').allTextContents();
    expect(items).toHaveLength(3);
    for (const item of items) expect(item).toContain('記録済み');
    expect(items[0]).toContain('本人に確認：はい・企業に確認：はい・継続している：はい');
    expect(items[0]).toContain('本人・企業とも順調。');
    expect(await followUps.getByRole('button', { name: /^記録する/ }).count()).toBe(0);
    await expectNoAxeViolations(page, '/staff/participation/:id (retained)');
    await screenshot(page, 'participation-participant');
  });

  it('the list shows the stage; places, fairs, follow-ups and the programme figures', async () => {
    await visit(page, `${stack.baseUrl}/staff/participation`, '参加支援・就労支援');
    const row = page.getByRole('row', { name: new RegExp(NAME) });
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain('定着');
    expect(rowText).toContain(KATSUYAKU);
    expect(rowText).toContain('生涯活躍就労支援事業');
    await screenshot(page, 'participation-list');

    await page
      .getByRole('navigation', { name: '参加支援のページ' })
      .getByRole('link', { name: '通いの場' })
      .click();
    await page.getByRole('heading', { level: 1, name: '通いの場' }).waitFor();
    await expectNoAxeViolations(page, '/staff/participation/places');

    await visit(page, `${stack.baseUrl}/staff/participation/fairs`, '就職面接会・フェア');
    await page.getByRole('button', { name: '面接会・フェアを記録' }).click();
    const fair = page.getByRole('dialog', { name: '面接会・フェアを記録' });
    await fair.getByLabel(/^種類/).selectOption({ label: '就職面接会' });
    await fair.getByLabel(/^名称/).fill('シニア就職面接会');
    await fair.getByLabel(/^参加人数/).fill('40');
    await fair.getByLabel(/^就職者数/).fill('10');
    await expectNoAxeViolations(page, 'fair dialog');
    await fair.getByRole('button', { name: '記録する' }).click();
    await toast(page, '「シニア就職面接会」を記録しました。');
    const fairRow = page.getByRole('row', { name: /シニア就職面接会/ });
    expect(await fairRow.textContent()).toContain('25%');
    await expectNoAxeViolations(page, '/staff/participation/fairs');

    await visit(page, `${stack.baseUrl}/staff/participation/follow-ups`, '定着支援の予定');
    await page.getByText('期限が近い定着支援はありません').waitFor();

    await visit(page, `${stack.baseUrl}/staff/participation/statistics`, '事業実績');
    const year = fiscalYearOf(new Date());
    const figures = page.getByRole('table', { name: '生涯活躍就労支援事業の年度別実績' });
    const headers = await figures.getByRole('columnheader').allTextContents();
    expect(headers).toEqual(['項目', ...[year - 2, year - 1, year].map((fy) => fiscalYearLabel(fy))]);
    expect(await figures.getByRole('row', { name: /^利用者登録数/ }).textContent()).toMatch(/1人$/);
    expect(await figures.getByRole('row', { name: /^就労者/ }).textContent()).toMatch(/1人$/);
    expect(await figures.getByRole('row', { name: /^企業登録数（累計）/ }).textContent()).toMatch(/1社$/);
    const supported = page.getByRole('table', { name: `${fiscalYearLabel(year)}の事業別支援人数` });
    expect(await supported.getByRole('row', { name: /^生涯活躍就労支援事業/ }).textContent()).toContain(
      '地域包括ケア推進課1人',
    );
    expect(await page.getByRole('table', { name: '就職面接会・フェアの実績' }).textContent()).toContain(
      '25%',
    );
    await screenshot(page, 'participation-statistics');
  });

  it('hands the person to the private agency and names its staff member', async () => {
    await page.goto(participantUrl);
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await page.getByRole('button', { name: '振分け・担当を変更' }).click();
    const dialog = page.getByRole('dialog', { name: '振分け・担当を変更' });
    await dialog.getByRole('radio', { name: '自分（事業 五月）' }).waitFor();
    // Each option names the agency and the barrier levels it takes.
    const anabukiOption = dialog.getByRole('option', { name: new RegExp(ANABUKI.replace(/[()（）]/g, '.')) });
    await dialog.getByLabel(/^振分け先/).selectOption((await anabukiOption.getAttribute('value'))!);
    await dialog.getByRole('radio', { name: '穴吹 九実' }).check();
    await dialog.getByLabel(/^振分けの理由/).fill('就労先が決まり、労働条件の調整が中心になったため。');
    await expectNoAxeViolations(page, 'assign dialog');
    await dialog.getByRole('button', { name: '変更する' }).click();
    await toast(page, '振分け・担当を変更しました。');
    const allocated = page.getByRole('region', { name: '振分け・担当' });
    await allocated.getByText('穴吹 九実').waitFor();
    expect(await allocated.textContent()).toContain(ANABUKI);
  });
});
