import path from 'node:path';
import { toIsoDate } from '@tsunagu/japan';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordIntake } from './support/api';
import { expectNoAxeViolations, type Stack, screenshot, startStack } from './support/browser';
import { signIn, visit } from './support/session';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

const NAME = '岡田 美咲';
const KANA = 'オカダ ミサキ';
const BIRTH = '1985-09-12';
const BIRTH_WAREKI = '昭和60年9月12日';
const ADDRESS = '岡山市北区鹿田町二丁目3番4号';
const TITLE = 'すでに登録されている可能性がある方';
const HIDDEN =
  '他の機関で登録されている可能性がある方が1人います（内容は表示されません）。同じ方と思われる場合は、相談支援包括化推進員に重複の確認を依頼してください。';

/** 岡田 美咲, already registered by 北区中央 地域包括支援センター (staff@demo.example's agency). */
const INTAKE = {
  receivedOn: toIsoDate(new Date()),
  channel: 'phone',
  visitor: 'self',
  summary: '家賃の滞納について電話。',
  members: [
    {
      person: {
        familyName: '岡田',
        givenName: '美咲',
        familyNameKana: 'オカダ',
        givenNameKana: 'ミサキ',
        birthDate: BIRTH,
        sex: 'female',
        address: ADDRESS,
        phones: ['086-111-2222'],
      },
      relationship: 'self',
      problems: ['debt'],
    },
  ],
  mainProblem: { member: 0, code: 'debt' },
};

const member = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^世帯員 ${n}`) });
const isDuplicateCheck = (url: string) => new URL(url).pathname === '/api/persons/duplicates';

const createHousehold = (page: Page) => recordIntake(page, INTAKE);

/** The bodies of the duplicate checks the page sends from now on. */
function recordChecks(page: Page): object[] {
  const sent: object[] = [];
  page.on('request', (request) => {
    if (isDuplicateCheck(request.url())) sent.push(JSON.parse(request.postData() ?? '{}') as object);
  });
  return sent;
}

/** Saves a screenshot of one part of the page under test-results/screenshots. */
async function screenshotOf(locator: Locator, name: string) {
  await locator.scrollIntoViewIfNeeded();
  await locator.screenshot({ path: path.resolve('test-results/screenshots', `${name}.png`) });
}

/** Types the client's ふりがな in half-width katakana and her birth date, as a clerk would. */
async function typeClient(page: Page) {
  const self = member(page, 1);
  await self.getByLabel('ふりがな（せい）').fill('ｵｶﾀﾞ');
  await self.getByLabel('ふりがな（めい）').fill('ﾐｻｷ');
  await self.getByLabel('生年月日', { exact: true }).fill(BIRTH);
}

describe('相談受付: possible duplicates, and the 小学校区 proposed from the address', () => {
  let page: Page;
  let householdId = '';
  let checks: object[] = [];
  const intakeUrl = () => `${stack.baseUrl}/staff/intakes/new`;
  afterAll(() => page?.context().close());

  it('staff whose agency has her see her in full, with the reasons and a link to her household', async () => {
    page = await stack.newPage();
    await signIn(page, stack.baseUrl, 'staff@demo.example');
    householdId = await createHousehold(page);
    checks = recordChecks(page);
    await visit(page, intakeUrl(), '相談受付');
    const self = member(page, 1);

    // ふりがな alone is not enough to ask (each check is audited).
    await self.getByLabel('ふりがな（せい）').fill('ｵｶﾀﾞ');
    await self.getByLabel('ふりがな（めい）').fill('ﾐｻｷ');
    await self.getByLabel('氏名（姓）').focus();
    await page.waitForTimeout(1_000);
    expect(checks).toEqual([]);

    await self.getByLabel('生年月日', { exact: true }).fill(BIRTH);
    const panel = self.getByRole('region', { name: TITLE });
    await panel.waitFor();
    // One check, with the ふりがな widened to full-width katakana.
    expect(checks).toEqual([
      {
        familyName: '',
        givenName: '',
        familyNameKana: 'オカダ',
        givenNameKana: 'ミサキ',
        birthDate: BIRTH,
        address: null,
        phones: [],
      },
    ]);
    // It is announced politely, without taking the focus from the birth date.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('intake-members-0-person-birthDate');
    expect(await page.locator('#intake-members-0-person-duplicates').getAttribute('aria-live')).toBe(
      'polite',
    );

    // The candidate's entry (the one with a score; its reasons and links are lists of their own).
    const candidate = panel.getByRole('listitem').filter({ hasText: '一致度' });
    const text = await candidate.textContent();
    for (const expected of [NAME, KANA, BIRTH_WAREKI, '一致度 70']) expect(text).toContain(expected);
    expect(await candidate.getByRole('list').first().getByRole('listitem').allTextContents()).toEqual([
      'ふりがなが一致',
      '生年月日が一致',
    ]);
    const open = candidate.getByRole('link', { name: new RegExp(`^世帯を開く\\s*（${NAME} さん）$`) });
    expect(await open.getAttribute('href')).toBe(`/staff/households/${householdId}`);
    expect(await open.getAttribute('target')).toBeNull();
    expect(await page.getByText(/他の機関で登録されている可能性がある方/).count()).toBe(0);
    await expectNoAxeViolations(page, '/staff/intakes/new (visible candidate)');
    await screenshotOf(panel.locator('xpath=..'), 'intake-duplicate-candidate');
    await screenshot(page, 'intake-duplicates');

    // Typing the address asks nothing until the box is left; then once, and the address now matches too.
    await self.getByLabel('住所').pressSequentially(ADDRESS, { delay: 20 });
    await page.waitForTimeout(1_000);
    expect(checks).toHaveLength(1);
    await self.getByLabel('住所').blur();
    await candidate.getByText('住所が一致').waitFor();
    expect(await candidate.textContent()).toContain('一致度 85');
    expect(checks).toHaveLength(2);
    // Leaving a box again without changing anything asks nothing.
    await self.getByLabel('住所').focus();
    await self.getByLabel('住所').blur();
    await page.waitForTimeout(1_000);
    expect(checks).toHaveLength(2);
  });

  it('「世帯を開く」 opens her household in the same tab; coming back, the draft brings the form back', async () => {
    await page.getByText(/^下書きを保存しました/).waitFor();
    await member(page, 1)
      .getByRole('link', { name: /^世帯を開く/ })
      .click();
    await page
      .getByRole('heading', { level: 1, name: new RegExp(`^つなぐシート\\s*${NAME} さんの世帯$`) })
      .waitFor();
    expect(page.url()).toBe(`${stack.baseUrl}/staff/households/${householdId}`);
    expect(page.context().pages()).toHaveLength(1);

    await page.goBack();
    const offer = page.getByRole('region', { name: '保存された下書きがあります' });
    await offer.getByRole('button', { name: '前回の下書きを再開' }).click();
    const self = member(page, 1);
    expect(await self.getByLabel('ふりがな（せい）').inputValue()).toBe('オカダ');
    expect(await self.getByLabel('住所').inputValue()).toBe(ADDRESS);
    await self.getByRole('region', { name: TITLE }).getByText(NAME, { exact: true }).waitFor();
  });

  it('the 小学校区 follows the address until the clerk chooses one, and is never overwritten after', async () => {
    await page.getByRole('button', { name: '世帯員を追加' }).click();
    const other = member(page, 2);
    const address = other.getByLabel('住所');
    const district = other.getByLabel('小学校区');
    const proposal = (name: string) => other.getByText(`住所から推定：${name}（変更できます）`);

    // An empty select takes the district of the address.
    await address.fill('岡山市中区平井1-1');
    await address.blur();
    await proposal('平井学区').waitFor();
    expect(await district.inputValue()).toBe('hirai');
    // The select is described by the proposal, so it is read with it.
    expect(await district.getAttribute('aria-describedby')).toContain(
      'intake-members-1-person-schoolDistrictCode-proposal',
    );
    await expectNoAxeViolations(page, '/staff/intakes/new (district proposed)');
    await screenshotOf(other.getByLabel('小学校区').locator('xpath=../../..'), 'intake-district-proposal');

    // A new address replaces a proposal the clerk left as it was.
    await address.fill('岡山市北区鹿田町1-1');
    await address.blur();
    await proposal('鹿田学区').waitFor();
    expect(await district.inputValue()).toBe('shikata');

    // The clerk's own choice stays; the address's district is only mentioned, with a way to take it.
    await district.selectOption({ label: '旭東学区' });
    expect(await other.getByText(/^住所から推定/).count()).toBe(0);
    await address.fill('岡山市中区平井2-2');
    await address.blur();
    await other.getByText('住所からは 平井学区 と推定されます（小学校区は変更していません）。').waitFor();
    expect(await district.inputValue()).toBe('kyokuto');
    await expectNoAxeViolations(page, '/staff/intakes/new (district differs)');
    await other.getByRole('button', { name: '推定した学区にする' }).click();
    expect(await district.inputValue()).toBe('hirai');
    await proposal('平井学区').waitFor();

    await other.getByRole('button', { name: '世帯員 2 を削除' }).click();
    await member(page, 2).waitFor({ state: 'detached' });
  });

  it('a coordinator (another agency) is told only that another agency may have her', async () => {
    const coordinator = await stack.newPage();
    await signIn(coordinator, stack.baseUrl, 'coordinator@demo.example');
    await visit(coordinator, intakeUrl(), '相談受付');
    const answered = coordinator.waitForResponse((r) => isDuplicateCheck(r.url()));
    await typeClient(coordinator);
    // The server discloses nothing but the score.
    expect(await (await answered).json()).toEqual({ items: [{ visible: false, score: 70 }] });
    const self = member(coordinator, 1);
    await self.getByText(HIDDEN, { exact: true }).waitFor();
    expect(await coordinator.getByRole('heading', { name: TITLE }).count()).toBe(0);
    expect(await coordinator.getByRole('link', { name: /^世帯を開く/ }).count()).toBe(0);
    const html = await coordinator.content();
    const shown = await coordinator.evaluate(() => document.body.textContent ?? '');
    for (const secret of ['岡田', '美咲', ADDRESS, '086-111-2222', householdId]) {
      expect(shown).not.toContain(secret);
      expect(html).not.toContain(secret);
    }
    await expectNoAxeViolations(coordinator, '/staff/intakes/new (hidden candidate)');
    await screenshotOf(coordinator.locator('#intake-members-0-person-duplicates'), 'intake-duplicate-hidden');
    await coordinator.context().close();
  });

  it('the warning does not block: staff can register the intake all the same', async () => {
    await page.getByLabel('相談経路').selectOption({ label: '来所' });
    await page.getByLabel('来談者').selectOption({ label: '本人' });
    const self = member(page, 1);
    await self.getByLabel('氏名（姓）').fill('岡田');
    await self.getByLabel('氏名（名）').fill('美咲');
    await self.getByRole('checkbox', { name: '住まい', exact: true }).check();
    await page.getByLabel(/^主訴（いちばん困っていること）/).selectOption({ label: `${NAME} — 住まい` });
    await self.getByRole('region', { name: TITLE }).waitFor();
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByRole('heading', { level: 1, name: /つなぐシート/ }).waitFor();
    expect(page.url()).not.toContain(householdId);
  });
});
