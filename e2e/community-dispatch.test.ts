import fs from 'node:fs';
import { addMonths, formatWareki, toIsoDate } from '@tsunagu/japan';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, type Stack, screenshot, startStack } from './support/browser';
import { signIn, visit } from './support/session';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

// 市民活動支援アドバイザー派遣: the dispatch desk (市民協働企画総務課) receives a registered group's request
// (eligible), schedules an advisor, records the ~2-hour session and the two follow-ups, which close it;
// a group active for only three months is kept as 対象外. Then the advisors, the かかりつけ医 registry
// (医療政策推進課), the 法人・企業 registry and the matching board (地域包括ケア推進課).

const TODAY = toIsoDate(new Date());
const GROUP = '東山見守り隊';
const NEW_GROUP = 'あおぞら子ども食堂';
const SHOTS = '/tmp/shots';

const toast = (page: Page, text: string) => page.getByRole('status').getByText(text).first().waitFor();
const badgeLine = async (page: Page, heading: string) =>
  (await page.getByRole('heading', { level: 1, name: heading }).locator('xpath=..').textContent()) ?? '';

/** Presses Tab until `target` has focus (keyboard only), failing after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 12) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  expect(await target.evaluate((el) => el === document.activeElement), 'focus reached the target').toBe(true);
}

/** Saves a full-page picture for people to look at, under test-results and /tmp/shots. */
async function shoot(page: Page, name: string) {
  const dismiss = page
    .getByRole('region', { name: 'お知らせ', exact: true })
    .getByRole('button', { name: '閉じる' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await screenshot(page, name);
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Chooses the option of a select whose text contains `text`. */
async function chooseOption(select: Locator, text: string) {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value!);
}

describe('アドバイザー派遣: receive → schedule → session → follow-ups → closed; 対象外 kept', () => {
  let page: Page;
  let requestUrl = '';
  afterAll(async () => {
    await page?.context().close();
  });

  it('receives a registered group active for three years: both conditions ✓ as it is typed', async () => {
    page = await stack.newPage();
    await signIn(page, stack.baseUrl, 'civic@demo.example');
    await visit(page, `${stack.baseUrl}/staff/community/dispatch`, 'アドバイザー派遣');
    await page.getByRole('region', { name: 'フォローアップの予定', exact: true }).waitFor();

    await page.getByRole('button', { name: '受付する' }).click();
    const dialog = page.getByRole('dialog', { name: '派遣の依頼を受け付ける' });
    const eligibility = dialog.getByTestId('eligibility');
    await eligibility.getByText('団体の登録、活動開始日、受付日を入力すると確認します。').waitFor();
    await expectNoAxeViolations(page, 'dispatch request dialog (empty)');

    await dialog.getByLabel(/^団体名/).fill(GROUP);
    await dialog.getByRole('radio', { name: '団体検索サイトに登録' }).check();
    await dialog.getByLabel(/^活動開始日/).fill(addMonths(TODAY, -36));
    await eligibility.getByText('対象要件を満たしています。').waitFor();
    const checks = await eligibility.getByRole('listitem').allTextContents();
    expect(checks).toHaveLength(2);
    for (const check of checks) expect(check).toMatch(/^✓満たす：/);
    expect(checks[0]).toContain('団体検索サイトに登録の団体です');
    expect(checks[1]).toContain('1年以上継続して活動しています');

    await dialog.getByLabel(/^分野/).selectOption({ label: '福祉' });
    await dialog
      .getByLabel(/^依頼内容/)
      .fill('地域の困りごとの把握方法と支え合い活動の始め方を教えてほしい。');
    await dialog.getByLabel(/^連絡先/).fill('代表 東山 一郎 086-000-0000');
    await expectNoAxeViolations(page, 'dispatch request dialog (eligible)');
    await dialog.getByRole('button', { name: '受け付ける' }).click();

    await page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    await toast(page, `「${GROUP}」の依頼を受け付けました。`);
    requestUrl = page.url();
    expect(requestUrl).toMatch(/\/staff\/community\/dispatch\/[0-9a-f-]{36}$/);
    expect(await badgeLine(page, GROUP)).toContain('受付');
    const shown = await page
      .getByRole('region', { name: '対象要件の確認', exact: true })
      .getByRole('listitem')
      .allTextContents();
    expect(shown.map((s) => s.slice(0, 1))).toEqual(['✓', '✓']);
    await expectNoAxeViolations(page, '/staff/community/dispatch/:id (received)');
  });

  it('schedules an advisor of the field and records the two-hour session', async () => {
    await page.getByRole('button', { name: '派遣を調整する' }).click();
    const schedule = page.getByRole('dialog', { name: `派遣を調整する：${GROUP}` });
    const advisor = schedule.getByLabel(/^アドバイザー/);
    // The request's field comes first.
    expect(await advisor.locator('optgroup').first().getAttribute('label')).toBe('福祉のアドバイザー');
    await advisor.selectOption({ label: 'とみやま助け合い隊' });
    await schedule.getByLabel(/^派遣日/).fill(TODAY);
    await expectNoAxeViolations(page, 'schedule dialog');
    await schedule.getByRole('button', { name: '調整を記録する' }).click();
    await toast(page, '派遣の予定を記録しました。');
    await expect.poll(() => badgeLine(page, GROUP)).toContain('派遣予定');
    const timeline = page.getByRole('region', { name: '経過', exact: true });
    expect(await timeline.textContent()).toContain(`とみやま助け合い隊・${formatWareki(TODAY)}予定`);

    await page.getByRole('button', { name: '実施を記録する' }).click();
    const session = page.getByRole('dialog', { name: `派遣の実施を記録：${GROUP}` });
    expect(await session.getByLabel(/^時間/).inputValue()).toBe('2');
    await session.getByLabel(/^形式/).selectOption({ label: 'ワークショップ' });
    await session.getByLabel(/^参加人数/).fill('18');
    await session.getByLabel('実施内容のメモ').fill('困りごとマップを作るワークショップ。');
    await expectNoAxeViolations(page, 'session dialog');
    await session.getByRole('button', { name: '実施を記録する' }).click();
    const until = addMonths(TODAY, 2);
    await toast(page, `派遣の実施を記録しました。フォローアップ期限は${formatWareki(until)}です。`);
    await expect.poll(() => badgeLine(page, GROUP)).toContain('派遣済み（フォローアップ期間）');
    expect(await timeline.textContent()).toContain(`${formatWareki(TODAY)}・2時間・ワークショップ・参加18人`);
    const followUps = page.getByRole('region', { name: 'フォローアップ', exact: true });
    const facts = (await followUps.textContent()) ?? '';
    expect(facts).toContain(`フォローアップ期限${formatWareki(until)}`);
    expect(facts).toContain('残り2回');
    expect(facts).toContain('まだフォローアップはありません。');
    await expectNoAxeViolations(page, '/staff/community/dispatch/:id (held)');
  });

  it('the due list shows the held request with its two follow-ups still owed', async () => {
    await visit(page, `${stack.baseUrl}/staff/community/dispatch`, 'アドバイザー派遣');
    const due = page.getByRole('region', { name: 'フォローアップの予定', exact: true });
    const row = due.getByRole('row', { name: new RegExp(GROUP) });
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('とみやま助け合い隊');
    expect(text).toContain(formatWareki(addMonths(TODAY, 2)));
    expect(text).toMatch(/あと\d+日/);
    expect(text).toContain('0回実施・残り2回');
    const listed = page
      .getByRole('region', { name: '派遣依頼', exact: true })
      .getByRole('row', { name: new RegExp(GROUP) });
    expect(await listed.textContent()).toContain('0 / 2回');
    await shoot(page, 'community-dispatch');
    await row.getByRole('link', { name: GROUP }).click();
    await page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
  });

  it('records follow-up 1 by keyboard only and follow-up 2, which closes the dispatch', async () => {
    const followUps = page.getByRole('region', { name: 'フォローアップ', exact: true });
    await followUps.getByRole('button', { name: 'フォローアップを記録' }).focus();
    await page.keyboard.press('Enter');
    const first = page.getByRole('dialog', { name: `フォローアップ1回目を記録：${GROUP}` });
    await first.waitFor();
    expect(await first.getByLabel(/^実施日/).evaluate((el) => el === document.activeElement)).toBe(true);
    await tabTo(page, first.getByRole('radio', { name: '追加の質問' }));
    await page.keyboard.press('Space');
    await tabTo(page, first.getByRole('textbox', { name: 'メモ' }));
    await page.keyboard.type('見守りの名簿の作り方について質問。');
    await expectNoAxeViolations(page, 'follow-up dialog');
    await tabTo(page, first.getByRole('button', { name: '記録する' }));
    await page.keyboard.press('Enter');
    await toast(page, 'フォローアップ1回目を記録しました。');
    await first.waitFor({ state: 'hidden' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('フォローアップ');
    expect(await followUps.textContent()).toContain('残り1回');

    await followUps.getByRole('button', { name: 'フォローアップを記録' }).click();
    const second = page.getByRole('dialog', { name: `フォローアップ2回目を記録：${GROUP}` });
    // No way chosen: refused in the dialog before anything is sent.
    await second.getByRole('button', { name: '記録する' }).click();
    await second.getByRole('heading', { name: /^入力内容を確認してください/ }).waitFor();
    await expectNoAxeViolations(page, 'follow-up dialog (errors)');
    await second.getByRole('radio', { name: '相談' }).check();
    await second.getByRole('button', { name: '記録する' }).click();
    await toast(page, 'フォローアップ2回目を記録しました。派遣は完了しました。');
    await expect.poll(() => badgeLine(page, GROUP)).toContain('完了');
    const items = await followUps.getByRole('listitem').allTextContents();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^1回目.*追加の質問見守りの名簿の作り方について質問。$/);
    expect(items[1]).toMatch(/^2回目.*相談$/);
    expect(await followUps.getByRole('button', { name: 'フォローアップを記録' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '完了にする' }).count()).toBe(0);
    await page.getByText('この派遣は完了しました。').waitFor();
    await expectNoAxeViolations(page, '/staff/community/dispatch/:id (closed)');
    await shoot(page, 'community-dispatch-request');
  });

  it('a group active for only three months shows ✗ and is kept as 対象外', async () => {
    await visit(page, `${stack.baseUrl}/staff/community/dispatch`, 'アドバイザー派遣');
    expect(
      await page.getByRole('region', { name: 'フォローアップの予定', exact: true }).textContent(),
    ).not.toContain(GROUP);
    await page.getByRole('button', { name: '受付する' }).click();
    const dialog = page.getByRole('dialog', { name: '派遣の依頼を受け付ける' });
    await dialog.getByLabel(/^団体名/).fill(NEW_GROUP);
    await dialog.getByRole('radio', { name: '「岡山ESDプロジェクト」参加団体' }).check();
    await dialog.getByLabel(/^活動開始日/).fill(addMonths(TODAY, -3));
    const eligibility = dialog.getByTestId('eligibility');
    await eligibility.getByText('対象要件を満たしていません。').waitFor();
    const checks = await eligibility.getByRole('listitem').allTextContents();
    expect(checks[0]).toMatch(/^✓/);
    expect(checks[1]).toMatch(/^✗満たさない：活動期間が1年未満です/);
    await eligibility.getByText('このまま受け付けると「対象外」として記録され').waitFor();
    await dialog.getByLabel(/^分野/).selectOption({ label: 'ESD' });
    await dialog.getByLabel(/^依頼内容/).fill('食品ロスを減らす活動の広げ方を知りたい。');
    await expectNoAxeViolations(page, 'dispatch request dialog (ineligible)');
    await dialog.getByRole('button', { name: '受け付ける' }).click();

    await page.getByRole('heading', { level: 1, name: NEW_GROUP }).waitFor();
    await toast(page, `「${NEW_GROUP}」の依頼を対象外として記録しました。`);
    expect(await badgeLine(page, NEW_GROUP)).toContain('対象外');
    await page.getByText('この依頼は対象要件を満たさないため「対象外」として記録されています。').waitFor();
    const shown = await page
      .getByRole('region', { name: '対象要件の確認', exact: true })
      .getByRole('listitem')
      .allTextContents();
    expect(shown.map((s) => s.slice(0, 1))).toEqual(['✓', '✗']);
    expect(await page.getByRole('button', { name: '派遣を調整する' }).count()).toBe(0);
    await expectNoAxeViolations(page, '/staff/community/dispatch/:id (ineligible)');

    await page.goto(`${stack.baseUrl}/staff/community/dispatch?status=ineligible`);
    const row = page
      .getByRole('region', { name: '派遣依頼', exact: true })
      .getByRole('row', { name: new RegExp(NEW_GROUP) });
    expect(await row.textContent()).toContain('対象外');
    expect(await page.getByRole('row', { name: new RegExp(GROUP) }).count()).toBe(0);
  });

  it('lists the 11 advisors by field, the one dispatched counted', async () => {
    await visit(page, `${stack.baseUrl}/staff/community/advisors`, '分野別アドバイザー');
    const list = page.getByRole('region', { name: '分野ごとの団体', exact: true });
    expect(await list.locator('tbody tr').count()).toBe(11);
    const welfare = list.getByRole('table', { name: '福祉（3団体）' });
    expect(await welfare.getByRole('row', { name: /とみやま助け合い隊/ }).textContent()).toContain('1件');
    await page.getByRole('button', { name: '編集：京山公民館' }).click();
    const dialog = page.getByRole('dialog', { name: 'アドバイザーを編集：京山公民館' });
    expect(await dialog.getByLabel(/^団体名/).inputValue()).toBe('京山公民館');
    await expectNoAxeViolations(page, 'advisor dialog');
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
  });
});

describe('かかりつけ医, 法人・企業 and the matching board', () => {
  it('医療政策推進課 registers a physician for children with medical care', async () => {
    const page = await stack.newPage();
    await signIn(page, stack.baseUrl, 'medical@demo.example');
    await visit(page, `${stack.baseUrl}/staff/community/physicians`, '医療的ケア児かかりつけ医');
    await page.getByRole('button', { name: 'かかりつけ医を登録' }).click();
    const dialog = page.getByRole('dialog', { name: 'かかりつけ医を登録' });
    await dialog.getByRole('button', { name: '保存する' }).click();
    expect(await dialog.textContent()).toContain(
      '対応できる医療的ケア：対応できる医療的ケアを1つ以上選んでください',
    );
    await expectNoAxeViolations(page, 'physician dialog (errors)');
    await dialog.getByLabel(/^医師名/).fill('岡山 花子');
    await dialog.getByLabel(/^医療機関名/).fill('おかやま小児クリニック');
    const care = dialog.getByRole('group', { name: /^対応できる医療的ケア/ });
    await care.getByLabel('気管切開').check();
    await care.getByLabel('経管栄養（胃ろう等）').check();
    await dialog.getByLabel('訪問診療ができる').check();
    await dialog.getByRole('button', { name: '保存する' }).click();
    await toast(page, '「岡山 花子」を登録しました。');
    const row = page.getByRole('row', { name: /岡山 花子/ });
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('おかやま小児クリニック');
    expect(text).toContain('気管切開、経管栄養（胃ろう等）');
    await page.goto(`${stack.baseUrl}/staff/community/physicians?careType=ventilator&homeVisits=true`);
    await page.getByRole('heading', { level: 1, name: '医療的ケア児かかりつけ医' }).waitFor();
    await expect.poll(() => page.getByRole('row', { name: /岡山 花子/ }).count()).toBe(0);
    await expectNoAxeViolations(page, '/staff/community/physicians (filtered)');
    await page.context().close();
  });

  it('地域包括ケア推進課 registers an organisation, posts a need and an offer and matches them', async () => {
    const page = await stack.newPage();
    await signIn(page, stack.baseUrl, 'community@demo.example');
    await visit(page, `${stack.baseUrl}/staff/community/organisations`, '法人・企業');
    await page.getByRole('button', { name: '法人・企業を登録' }).click();
    const org = page.getByRole('dialog', { name: '法人・企業を登録' });
    await org.getByLabel(/^名称/).fill('社会福祉法人きびの里');
    await org.getByLabel(/^種別/).selectOption({ label: '社会福祉法人' });
    await expectNoAxeViolations(page, 'organisation dialog');
    await org.getByRole('button', { name: '保存する' }).click();
    await toast(page, '「社会福祉法人きびの里」を登録しました。');
    expect(await page.getByRole('row', { name: /社会福祉法人きびの里/ }).textContent()).toContain(
      'まだ参加していません',
    );

    await visit(page, `${stack.baseUrl}/staff/community/board`, 'マッチング');
    await page.getByRole('button', { name: '投稿する' }).click();
    const need = page.getByRole('dialog', { name: '投稿する' });
    await need.getByLabel(/^件名/).fill('高齢者の買い物の付き添い');
    await need.getByLabel(/^分野/).selectOption({ label: '移動・買い物支援' });
    await need.getByLabel(/^ニーズを出した地域・団体/).fill('東山学区支え合い推進会議');
    await expectNoAxeViolations(page, 'board post dialog (need)');
    await need.getByRole('button', { name: '投稿する' }).click();
    await toast(page, '「高齢者の買い物の付き添い」を投稿しました。');

    await page.getByRole('button', { name: '投稿する' }).click();
    const other = page.getByRole('dialog', { name: '投稿する' });
    await other.getByLabel(/^件名/).fill('古い家具の運び出し');
    await other.getByLabel(/^分野/).selectOption({ label: '人材・ボランティア' });
    await other.getByLabel(/^ニーズを出した地域・団体/).fill('東山町内会');
    await other.getByRole('button', { name: '投稿する' }).click();
    await toast(page, '「古い家具の運び出し」を投稿しました。');

    await page.getByRole('button', { name: '投稿する' }).click();
    const offer = page.getByRole('dialog', { name: '投稿する' });
    await offer.getByRole('radio', { name: '法人の提供' }).check();
    await offer.getByLabel(/^件名/).fill('送迎車両と運転ボランティアの提供');
    await offer.getByLabel(/^分野/).selectOption({ label: '移動・買い物支援' });
    await offer.getByLabel(/^提供する法人・企業/).selectOption({ label: '社会福祉法人きびの里' });
    await expectNoAxeViolations(page, 'board post dialog (offer)');
    await offer.getByRole('button', { name: '投稿する' }).click();
    await toast(page, '「送迎車両と運転ボランティアの提供」を投稿しました。');
    const needs = page.getByRole('region', { name: '地域のニーズ', exact: true });
    const offers = page.getByRole('region', { name: '法人・企業の提供', exact: true });
    await needs.getByRole('article', { name: '高齢者の買い物の付き添い' }).getByText('募集中').waitFor();
    await offers
      .getByRole('article', { name: '送迎車両と運転ボランティアの提供' })
      .getByText('募集中')
      .waitFor();

    await page.getByRole('button', { name: 'マッチングする' }).click();
    const match = page.getByRole('dialog', { name: 'マッチングする' });
    await chooseOption(match.getByLabel(/^ニーズ/), '高齢者の買い物の付き添い');
    await chooseOption(match.getByLabel(/^提供/), '送迎車両と運転ボランティアの提供');
    await match.getByLabel('メモ').fill('毎週火曜の午前に送迎。');
    await expectNoAxeViolations(page, 'board match dialog');
    await match.getByRole('button', { name: 'マッチングを記録する' }).click();
    await toast(
      page,
      '「高齢者の買い物の付き添い」と「送迎車両と運転ボランティアの提供」のマッチングを記録しました。',
    );
    const matched = page
      .getByRole('table', { name: /^マッチングの実績/ })
      .getByRole('row', { name: /高齢者の買い物/ });
    expect(await matched.textContent()).toContain('社会福祉法人きびの里');
    await needs
      .getByRole('article', { name: '高齢者の買い物の付き添い' })
      .getByText('マッチング成立')
      .waitFor();
    await offers
      .getByRole('article', { name: '送迎車両と運転ボランティアの提供' })
      .getByText('マッチング成立')
      .waitFor();
    await expectNoAxeViolations(page, '/staff/community/board (matched)');
    await shoot(page, 'community-board');

    // A matched post cannot be closed any more; an open one can.
    expect(await page.getByRole('button', { name: '募集を終了：高齢者の買い物の付き添い' }).count()).toBe(0);
    await page.getByRole('button', { name: '募集を終了：古い家具の運び出し' }).click();
    const close = page.getByRole('alertdialog', { name: '募集を終了しますか' });
    await expectNoAxeViolations(page, 'board close dialog');
    await close.getByRole('button', { name: '募集を終了' }).click();
    await toast(page, '「古い家具の運び出し」の募集を終了しました。');
    await needs
      .getByRole('article', { name: '古い家具の運び出し' })
      .getByText('終了', { exact: true })
      .waitFor();

    await visit(page, `${stack.baseUrl}/staff/community/organisations`, '法人・企業');
    expect(await page.getByRole('row', { name: /社会福祉法人きびの里/ }).textContent()).toContain(
      formatWareki(TODAY),
    );
    await page.context().close();
  });
});
