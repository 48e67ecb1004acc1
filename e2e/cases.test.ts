import { sql } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../apps/server/src/platform/db/database';
import { japanToday } from '../apps/server/src/platform/db/japan-today-sql';
import { callApi, recordIntake, soloIntake } from './support/api';
import { expectNoAxeViolations, type Stack, screenshot, startStack } from './support/browser';
import { signIn, visit } from './support/session';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

const SELF = '森本 和夫';
const NAKA = '岡山市中区地域包括支援センター';
const YORISOI = '岡山市寄り添いサポートセンター';
const DESK = '岡山市保健福祉企画総務課 相談支援包括化推進員';
const TODAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
const inDays = (n: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + n * 86_400_000));

/** A man living alone whose consent covers the 地域包括, 寄り添い and the city's desks. */
const INTAKE = {
  ...soloIntake({
    familyName: '森本',
    givenName: '和夫',
    familyNameKana: 'モリモト',
    givenNameKana: 'カズオ',
    birthDate: '1956-04-12',
    sex: 'male',
    address: '岡山市中区浜3丁目8-1',
    phones: ['086-272-0000'],
  }),
  consent: {
    members: [0],
    purpose: 'support_sharing',
    scopeAgencyIds: [],
    scopeAgencyCategories: ['community-care-centre', 'self-reliance-support', 'city-division'],
    method: 'written',
    obtainedOn: TODAY,
    note: null,
  },
};

const queue = (page: Page) => page.getByRole('region', { name: '受付キュー' });
const caseActions = (page: Page) => page.getByRole('region', { name: 'このケースへの対応' });
const tab = (page: Page, name: string) =>
  page.getByRole('tablist', { name: 'ケースの内容' }).getByRole('tab', { name });

describe('多機関協働: from an escalation to a published case library story', () => {
  let coordinator: Page;
  let naka: Page;
  let caseUrl = '';
  let storyUrl = '';
  afterAll(async () => {
    for (const page of [coordinator, naka]) await page?.context().close();
  });

  it('an agency that cannot find the right help escalates; the coordinator sees it first in the queue', async () => {
    const staff = await stack.newPage();
    await signIn(staff, stack.baseUrl, 'staff@demo.example');
    const householdId = await recordIntake(staff, INTAKE);
    const household = (await callApi(staff, 'GET', `/api/households/${householdId}`)).body as {
      members: { person: { id: string } }[];
    };
    const sent = await callApi(staff, 'POST', '/api/referrals', {
      householdId,
      personId: household.members[0]!.person.id,
      toAgencyIds: [await agencyId(staff, 'hokatsu-naka')],
      reason: '中区へ転居。ごみの問題と借金があり、見守りも必要。',
      basis: 'consent',
    });
    expect(sent.status).toBe(201);
    await staff.context().close();

    naka = await stack.newPage();
    await signIn(naka, stack.baseUrl, 'staff-naka@demo.example');
    const referralId = (sent.body as { items: { id: string }[] }).items[0]!.id;
    const referral = (await callApi(naka, 'GET', `/api/referrals/${referralId}`)).body as { version: number };
    const escalated = await callApi(naka, 'POST', `/api/referrals/${referralId}/escalate`, {
      version: referral.version,
      reason: 'no_destination',
      note: 'ごみ屋敷・多重債務・孤立が重なり、当センターだけでは調整できない。',
    });
    expect(escalated.status).toBe(200);

    coordinator = await stack.newPage();
    await signIn(coordinator, stack.baseUrl, 'coordinator@demo.example');
    await visit(coordinator, `${stack.baseUrl}/staff/cases`, 'ケース（多機関協働）');
    const row = queue(coordinator)
      .getByRole('table', { name: /エスカレーション（1件）/ })
      .getByRole('row', { name: new RegExp(SELF) });
    expect(await row.textContent()).toContain(NAKA);
    await screenshot(coordinator, 'cases-dashboard');

    await row.getByRole('button', { name: new RegExp(`振り分ける.*${SELF}`) }).click();
    const dialog = coordinator.getByRole('dialog', { name: '振り分け' });
    await dialog.getByRole('radio', { name: '関係機関と支援調整' }).check();
    await expectNoAxeViolations(coordinator, 'triage dialog');
    await dialog.getByRole('button', { name: '振り分ける' }).click();
    await coordinator
      .getByRole('heading', { level: 1, name: new RegExp(`ケース\\d+\\s+${SELF} さん`) })
      .waitFor();
    caseUrl = coordinator.url();
    await expectNoAxeViolations(coordinator, '/staff/cases/:id (assessment)');
  });

  it('a case conference of three agencies assigns the roles and an action item', async () => {
    await visit(coordinator, `${stack.baseUrl}/staff/meetings/new`, '会議を登録');
    await coordinator.getByRole('radio', { name: /複合課題ケース検討会/ }).check();
    await coordinator.getByLabel(/^開催日/).fill(TODAY);
    await coordinator.getByLabel(/^会議の目的/).fill('役割分担と支援方針の確認');
    await coordinator
      .getByRole('group', { name: /^検討するケース/ })
      .getByRole('checkbox', { name: new RegExp(SELF) })
      .check();
    const attendees = [
      [DESK, '推進 次郎'],
      [NAKA, '中 花子'],
      [YORISOI, '寄添 三郎'],
    ] as const;
    for (const [i, [agency, name]] of attendees.entries()) {
      if (i > 0) await coordinator.getByRole('button', { name: '出席者を追加' }).click();
      const row = coordinator.getByRole('group', { name: new RegExp(`^出席者${i + 1}`) });
      await choose(row.getByLabel(/^機関/), agency);
      await row.getByLabel(/^氏名/).fill(name);
    }
    await expectNoAxeViolations(coordinator, '/staff/meetings/new');
    await coordinator.getByRole('button', { name: '登録する' }).click();
    await coordinator.getByRole('heading', { level: 1, name: /^複合課題ケース検討会/ }).waitFor();
    await coordinator
      .getByRole('region', { name: '検討するケース' })
      .getByRole('article', { name: new RegExp(SELF) })
      .waitFor();

    await coordinator
      .getByRole('textbox', { name: /^議事録/ })
      .fill('本人の生活再建を優先し、家計と住まいを並行して支える。');
    const roles = [
      [NAKA, '本人支援'],
      [YORISOI, 'パートナー支援'],
    ] as const;
    for (const [i, [agency, role]] of roles.entries()) {
      await coordinator.getByRole('button', { name: '役割分担を追加' }).click();
      const row = coordinator.getByRole('group', { name: new RegExp(`^役割分担${i + 1}`) });
      await row.getByLabel(/^ケース/).selectOption({ index: 1 });
      await choose(row.getByLabel(/^機関/), agency);
      await choose(row.getByLabel(/^役割/), role);
    }
    await coordinator.getByRole('button', { name: 'タスクを追加' }).click();
    const task = coordinator.getByRole('group', { name: /^タスク1/ });
    await choose(task.getByLabel(/^担当機関/), NAKA);
    await task.getByLabel(/^内容/).fill('ごみ出しの支援について地域と相談する');
    await task.getByLabel(/^期限/).fill(inDays(7));
    await expectNoAxeViolations(coordinator, '/staff/meetings/:id (minutes form)');
    await coordinator.getByRole('button', { name: '議事録を記録する' }).click();
    await coordinator.getByText('議事録を記録しました。').first().waitFor();
    await coordinator
      .getByRole('region', { name: 'タスク' })
      .getByRole('row', { name: /ごみ出しの支援について地域と相談する/ })
      .waitFor();
    await expectNoAxeViolations(coordinator, '/staff/meetings/:id (held)');
    await screenshot(coordinator, 'case-conference');

    // The agencies given roles now see the case; 中区 finds its task in its task list.
    await visit(naka, `${stack.baseUrl}/staff/tasks`, 'タスク');
    await naka
      .getByRole('table', { name: /タスク（1件）/ })
      .getByRole('row', { name: /ごみ出しの支援について地域と相談する/ })
      .waitFor();
    await visit(naka, caseUrl, new RegExp(`ケース\\d+\\s+${SELF} さん`));
  });

  it('the case opens participation support for its person and shows its progress', async () => {
    await coordinator.goto(caseUrl);
    await tab(coordinator, '参加支援').click();
    const section = coordinator.getByRole('region', { name: '参加支援（就労・通いの場）' });
    await section.getByText('このケースにつながる参加支援の登録はありません。').waitFor();
    await expectNoAxeViolations(coordinator, '/staff/cases/:id (participation, empty)');
    await section.getByRole('link', { name: '参加支援に登録する' }).click();
    await coordinator.getByRole('heading', { level: 1, name: '利用登録' }).waitFor();
    await coordinator.getByText(`登録済みの本人：${SELF}`).waitFor();
    await coordinator.getByRole('radio', { name: '配慮があれば可' }).check();
    await coordinator.getByRole('radio', { name: /^大（/ }).check();
    await expect
      .poll(() => coordinator.getByTestId('allocation').textContent())
      .toBe('振分け先：岡山市社会福祉協議会 生涯かつやく支援センター');
    await coordinator.getByRole('button', { name: '利用登録する' }).click();
    await coordinator.getByRole('heading', { level: 1, name: SELF }).waitFor();

    await coordinator.goto(`${caseUrl}?tab=participation`);
    const row = section.getByRole('row', { name: /生涯活躍就労支援事業/ });
    await row.getByText('登録', { exact: true }).waitFor();
    expect(await row.textContent()).toContain('生涯かつやく支援センター');
    expect(await row.textContent()).toContain('このケースの支援');
    await expectNoAxeViolations(coordinator, '/staff/cases/:id (participation)');
  });

  it('the plan is written, approved, monitored and the case closed', async () => {
    await coordinator.goto(caseUrl);
    await tab(coordinator, '支援計画').click();
    await coordinator.getByRole('button', { name: '新しい版を作成' }).click();
    const form = coordinator.getByRole('region', { name: '支援計画の新しい版' });
    await form.getByLabel(/^本人の思い・言葉/).fill('「借金を片付けて、きれいな部屋で暮らしたい」');
    await form.getByLabel(/^目標1/).fill('家計の見通しを立てる');
    await form.getByRole('button', { name: '支援内容を追加' }).click();
    const action = form.getByRole('group', { name: /^支援内容1/ });
    await action.getByLabel(/^対応する目標/).selectOption({ index: 1 });
    await choose(action.getByLabel(/^担当機関/), YORISOI);
    await action.getByLabel(/^支援内容/).fill('家計表を一緒に作り、債務整理の相談につなぐ');
    await action.getByLabel(/^期限/).fill(inDays(30));
    await form.getByLabel(/^モニタリング日1/).fill(TODAY);
    await form.getByLabel(/^次回の見直し日/).fill(inDays(90));
    await expectNoAxeViolations(coordinator, 'plan form');
    await form.getByRole('button', { name: 'この版を保存する' }).click();
    await coordinator.getByRole('button', { name: /この版を承認する/ }).click();
    await coordinator.getByText('第1版を承認しました。').first().waitFor();
    await coordinator
      .getByRole('article', { name: 'プランシート　第1版' })
      .getByText('家計の見通しを立てる')
      .waitFor();
    await expectNoAxeViolations(coordinator, '/staff/cases/:id (plan)');
    await screenshot(coordinator, 'case-plan');

    // The プランシート prints alone on A4, and the print is logged as an export.
    await coordinator.getByRole('link', { name: '印刷用のプランシート' }).click();
    await coordinator
      .getByRole('heading', { level: 1, name: new RegExp(`プランシート（ケース\\d+\\s+${SELF} さん）`) })
      .waitFor();
    await expectNoAxeViolations(coordinator, '/staff/cases/:id/plan-sheet');
    await coordinator.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => {
        w.printed++;
      };
    });
    await coordinator.getByRole('button', { name: '印刷する' }).click();
    await coordinator.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
    await coordinator.emulateMedia({ media: 'print' });
    expect(await coordinator.getByRole('button', { name: '印刷する' }).isVisible()).toBe(false);
    expect(await coordinator.getByRole('article', { name: 'プランシート　第1版' }).isVisible()).toBe(true);
    await screenshot(coordinator, 'case-plan-print');
    await coordinator.emulateMedia({ media: 'screen' });
    const logged = await queryRows<{ n: number }>(
      stack.db,
      sql`select count(*)::int as n from audit_events where action = 'case.exported' and payload->>'format' = 'print'`,
    );
    expect(Number(logged[0]!.n)).toBe(1);
    await coordinator.goto(caseUrl);
    await coordinator
      .getByRole('heading', { level: 1, name: new RegExp(`ケース\\d+\\s+${SELF} さん`) })
      .waitFor();

    await tab(coordinator, 'モニタリング').click();
    await coordinator
      .getByRole('button', { name: /モニタリングを記録/ })
      .first()
      .click();
    const monitoring = coordinator.getByRole('dialog', { name: 'モニタリングを記録' });
    await monitoring
      .getByRole('group', { name: /^目標1/ })
      .getByRole('radio', { name: '達成', exact: true })
      .check();
    await monitoring.getByRole('radio', { name: '計画を継続' }).check();
    await expectNoAxeViolations(coordinator, 'monitoring dialog');
    await monitoring.getByRole('button', { name: 'モニタリングを記録する' }).click();
    await coordinator.getByText('モニタリングを記録しました。').first().waitFor();

    await caseActions(coordinator).getByRole('button', { name: 'ケースを終結する' }).click();
    const close = coordinator.getByRole('dialog', { name: /終結/ });
    await close.getByRole('radio', { name: '解決', exact: true }).check();
    await close.getByLabel(/^終結の理由/).fill('家計が安定し、地域の見守りへ移行した。');
    await close.getByRole('button', { name: '終結する' }).click();
    await coordinator.getByRole('region', { name: 'ケースの概要' }).getByText('終結').first().waitFor();
    await expectNoAxeViolations(coordinator, '/staff/cases/:id (closed)');
    // 中区's role ended with the case.
    await naka.goto(caseUrl);
    await naka.getByRole('heading', { level: 1 }).filter({ hasNotText: SELF }).waitFor();
  });

  it('the closed case becomes an anonymised story, reviewed by a second person and published to all staff', async () => {
    await caseActions(coordinator).getByRole('button', { name: '事例集に載せる' }).click();
    await coordinator.getByRole('dialog').getByRole('button', { name: '下書きを作る' }).click();
    await coordinator.getByRole('region', { name: '事例の内容' }).waitFor();
    storyUrl = coordinator.url();
    const body = await coordinator.getByRole('region', { name: '事例の内容' }).textContent();
    for (const word of ['森本', '和夫', 'モリモト', '浜3丁目', '086-272']) expect(body).not.toContain(word);
    expect(body).toContain('70代');
    await expectNoAxeViolations(coordinator, '/staff/library/:id (draft)');
    await coordinator.getByRole('button', { name: '確認に回す' }).click();
    await coordinator.getByText('確認に回しました。').first().waitFor();
    expect(await coordinator.getByRole('button', { name: '公開する' }).count()).toBe(0); // not by its author

    const admin = await stack.newPage();
    await signIn(admin, stack.baseUrl, 'admin@demo.example');
    await admin.goto(storyUrl);
    await admin.getByRole('button', { name: '公開する' }).click();
    await admin.getByText('職員向けに公開しました。').first().waitFor();
    await admin.context().close();

    await visit(naka, `${stack.baseUrl}/staff/library`, '事例集');
    const list = naka.getByRole('region', { name: /事例の一覧（1件）/ });
    await list.getByRole('link').first().click();
    await naka.getByRole('region', { name: '事例の内容' }).waitFor();
    await expectNoAxeViolations(naka, '/staff/library/:id (published)');
    await screenshot(naka, 'case-library-story');
  });
});

describe('a long 支援経過記録 comes a page at a time', () => {
  it('the newest 100 first, the rest on request, with the 経過 around them held back until then', async () => {
    const staff = await stack.newPage();
    await signIn(staff, stack.baseUrl, 'staff@demo.example');
    const householdId = await recordIntake(
      staff,
      soloIntake({
        familyName: '長谷部',
        givenName: '記子',
        familyNameKana: 'ハセベ',
        givenNameKana: 'ノリコ',
        birthDate: '1961-09-03',
        sex: 'female',
      }),
    );
    const household = (await callApi(staff, 'GET', `/api/households/${householdId}`)).body as {
      members: { person: { id: string } }[];
    };
    const asked = await callApi(staff, 'POST', '/api/cases', {
      householdId,
      personId: household.members[0]!.person.id,
      summary: '長く続く支援の記録',
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    const caseId = (asked.body as { id: string }).id;
    await staff.context().close();

    const page = await stack.newPage();
    await signIn(page, stack.baseUrl, 'coordinator@demo.example');
    expect((await callApi(page, 'POST', '/api/cases/triage', { caseId, kind: 'coordinated' })).status).toBe(
      200,
    );
    // 150 entries, one a day going back from yesterday, then a correction today of the oldest.
    await stack.db.execute(sql`insert into case_records (tenant_id, case_id, occurred_on, body, author_id, created_at)
      select c.tenant_id, c.id, ${japanToday} - g, '経過の記録 ' || g || ' 日前', u.id, now() - g * interval '1 day'
      from cases c, users u, generate_series(1, 150) g
      where c.id = ${caseId} and u.email = 'coordinator@demo.example'`);
    const oldest = (await callApi(page, 'GET', `/api/cases/${caseId}/records?offset=149`)).body as {
      items: { id: string }[];
    };
    const corrected = await callApi(page, 'POST', `/api/cases/${caseId}/records`, {
      occurredOn: TODAY,
      body: '150 日前の記録の訂正',
      correctsId: oldest.items[0]!.id,
    });
    expect(corrected.status).toBe(200);
    const contact = await callApi(page, 'POST', `/api/cases/${caseId}/contacts`, {
      contactedOn: inDays(-120),
      agencyId: await agencyId(page, 'hokatsu-naka'),
      method: 'phone',
      content: '120 日前の個別調整',
    });
    expect(contact.status).toBe(200);

    await visit(page, `${stack.baseUrl}/staff/cases/${caseId}`, /ケース\d+\s+長谷部 記子 さん/);
    const timeline = page.getByRole('region', { name: '支援の経過' });
    await timeline.getByText('支援経過記録 全151件のうち、新しい順に100件を表示しています。').waitFor();
    await expect.poll(() => timeline.getByRole('listitem').count()).toBe(100);
    await timeline.getByText('訂正前の記録は「以前の記録を表示」で読み込めます。').waitFor();
    expect(await timeline.getByText('120 日前の個別調整').count()).toBe(0);
    await expectNoAxeViolations(page, '/staff/cases/:id (a long record, first page)');

    const more = timeline.getByRole('button', { name: '以前の記録を表示（残り51件）' });
    await more.focus();
    await page.keyboard.press('Enter');
    await timeline.getByText('支援経過記録 全151件のうち、新しい順に151件を表示しています。').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('経過の記録 100 日前');
    expect(await more.count()).toBe(0);
    await timeline.getByText('120 日前の個別調整').waitFor();
    await expect.poll(() => timeline.getByRole('listitem').count()).toBe(152);
    await timeline.getByRole('link', { name: '訂正前の記録へ' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('経過の記録 150 日前');
    await expectNoAxeViolations(page, '/staff/cases/:id (a long record, all loaded)');
    await page.context().close();
  });
});

/** Chooses the option of a select whose text starts with `text` (agency options may carry a note). */
async function choose(select: Locator, text: string) {
  const options = await select
    .locator('option')
    .evaluateAll((els) =>
      els.map((e) => ({ value: (e as HTMLOptionElement).value, text: e.textContent ?? '' })),
    );
  const found = options.find((o) => o.text.startsWith(text));
  if (!found) throw new Error(`no option "${text}" in ${options.map((o) => o.text).join(' / ')}`);
  await select.selectOption(found.value);
}

/** The id of an agency of the directory by its code. */
async function agencyId(page: Page, code: string): Promise<string> {
  const res = await callApi(page, 'GET', `/api/agencies?limit=500`);
  const items = (res.body as { items: { id: string; code: string }[] }).items;
  const found = items.find((a) => a.code === code);
  if (!found) throw new Error(`no agency ${code}`);
  return found.id;
}
