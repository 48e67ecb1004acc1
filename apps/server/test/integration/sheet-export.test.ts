import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sensitiveNotes } from '../../src/db/schema';
import type { UserActor } from '../../src/platform/auth/actor';
import { runAs } from '../../src/platform/db/scope';
import { auditEvents, sessionsOf } from '../support/factories';
import { intakeInput, recordIntake } from '../support/households';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

let t: TestApp;
let staff: Session; // 北区中央地域包括支援センター: recorded the intake
let manager: Session; // the same agency: may export 要配慮個人情報
let advisor: Session; // 社会福祉協議会: no link
let coordinator: Session; // may export sensitive data, but has no link to this household
let planner: Session; // no agency
let auditor: Session;
let householdId: string;
let url: string;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CURRENT_NOTE = '精神障害者保健福祉手帳2級（令和5年取得）';
const OLD_NOTE = '訂正前の古い記載';

/** The workbook and, per sheet, the text of every cell that holds a value (merged ranges once). */
async function readSheet(res: LightMyRequestResponse) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const texts = (name: string) => {
    const out: string[] = [];
    wb.getWorksheet(name)!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.master.address === cell.address && cell.value !== null) out.push(String(cell.value));
      }),
    );
    return out;
  };
  return { wb, form: texts('つなぐシート'), timeline: texts('受付の記録') };
}

/** Records 要配慮個人情報 the way the (future) endpoint will: as the manager, through row-level security. */
async function recordSensitiveNote(personId: string, category: string, content: string, supersedes?: string) {
  const actor: UserActor = {
    kind: 'user',
    tenantId: t.publicTenantId,
    userId: manager.userId,
    sessionId: randomUUID(),
    agencyId: manager.agencyId,
    divisionCode: null,
    roles: ['agency_manager'],
  };
  const id = randomUUID();
  await runAs(t.db, actor, (tx) =>
    tx.insert(sensitiveNotes).values({
      id,
      tenantId: t.publicTenantId,
      personId,
      householdId,
      category,
      content,
      supersedes: supersedes ?? null,
      recordedBy: manager.userId,
      recordedByAgencyId: manager.agencyId!,
    }),
  );
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  const login = sessionsOf(t);
  staff = await login('agency_staff');
  manager = await login('agency_manager');
  advisor = await login('advisor');
  coordinator = await login('coordinator');
  planner = await login('planner');
  auditor = await login('auditor');
  householdId = (await recordIntake(t, staff, intakeInput())).householdId;
  url = `/api/households/${householdId}/sheet.xlsx`;
  const household = (await t.call(staff, 'GET', `/api/households/${householdId}`)).json();
  const selfId = household.members[0].person.id;
  const old = await recordSensitiveNote(selfId, 'diagnosis', OLD_NOTE);
  await recordSensitiveNote(selfId, 'diagnosis', '統合失調症（通院中）', old);
  await recordSensitiveNote(selfId, 'disability', CURRENT_NOTE);
});
afterAll(() => t.close());

describe(`つなぐシート xlsx (${dbKind()})`, () => {
  it('gives agency staff the sheet as typed: names, 和暦, problems with the 主訴, 配慮希望', async () => {
    const res = await t.call(staff, 'GET', url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="tsunagu-sheet-\d{8}\.xlsx"$/);
    expect(res.headers['cache-control']).toBe('no-store');
    const { wb, form, timeline } = await readSheet(res);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['つなぐシート', '受付の記録']);

    // 異体字 kept exactly: 髙 (U+9AD9) and 𠮷 (U+20BB7).
    expect(form).toContain('髙橋 𠮷子');
    expect(form).toContain('髙橋 𠮷子 さんの世帯');
    expect(form).toContain('タカハシ ヨシコ');
    expect(form.filter((c) => /^昭和23年2月29日（\d+歳）$/.test(c))).toHaveLength(2); // 本人 and 世帯構成
    expect(form).toContain('令和7年5月7日'); // 受付日
    expect(form).toContain('岡山市北区中央地域包括支援センター');
    expect(form).toContain('来所');
    expect(form).toContain('介護（髙橋 𠮷子）'); // 主訴 in the summary grid
    expect(form).toContain('髙橋 𠮷子（本人）');
    expect(form).toContain('介護【主訴】、収入・仕事');
    expect(form).toContain('髙橋 一郎（子）');
    expect(form).toContain('ひきこもり・不登校');
    expect(form).toContain('耳が遠いので、ゆっくり話してほしい。');
    expect(form).toContain('6　紹介先・紹介理由');
    expect(form.some((c) => c.includes('介護と家計の相談。息子が就労していない。'))).toBe(true);

    // 要配慮個人情報: nothing at all, not even that it exists or its categories.
    const all = form.concat(timeline).join('\n');
    for (const word of ['要配慮', CURRENT_NOTE, '統合失調症', OLD_NOTE, '病歴・診断', '障害'])
      expect(all).not.toContain(word);

    expect(timeline.slice(0, 10)).toEqual([
      'No.',
      '受付日',
      '受付日（西暦）',
      '受付機関',
      '相談経路',
      '来談者',
      '緊急度',
      'お困りごと',
      '配慮希望',
      '相談内容',
    ]);
    expect(timeline).toContain('2025-05-07');
    expect(timeline).toContain('髙橋 𠮷子：介護【主訴】、収入・仕事\n髙橋 一郎：ひきこもり・不登校');
  });

  it('lays the form out for A4 portrait: merged, bordered cells, print area, header and footer', async () => {
    const { wb } = await readSheet(await t.call(staff, 'GET', url));
    const ws = wb.getWorksheet('つなぐシート')!;
    expect(ws.getCell('A1').value).toBe('つなぐシート');
    expect(ws.getCell('H1').isMerged).toBe(true);
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
    });
    expect(ws.pageSetup.printArea).toMatch(/^A1:H\d+$/);
    expect(ws.headerFooter.oddHeader).toContain(householdId);
    expect(ws.headerFooter.oddHeader).toContain('出力日時');
    let nameCell: ExcelJS.Cell | undefined;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === '髙橋 𠮷子') nameCell ??= cell;
      }),
    );
    expect(nameCell?.border?.top?.style).toBe('thin');
    expect(nameCell?.isMerged).toBe(true);
    const timeline = wb.getWorksheet('受付の記録')!;
    expect(timeline.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
  });

  it('includes the current 要配慮個人情報 for the agency’s manager, without superseded entries', async () => {
    const res = await t.call(manager, 'GET', url);
    expect(res.statusCode).toBe(200);
    const { form } = await readSheet(res);
    expect(form.some((c) => c.startsWith('7　要配慮個人情報'))).toBe(true);
    expect(form).toContain(CURRENT_NOTE);
    expect(form).toContain('統合失調症（通院中）');
    expect(form).toContain('障害');
    expect(form).toContain('病歴・診断');
    expect(form).not.toContain(OLD_NOTE);
  });

  it('answers 404 to anyone without a live link, as the household read does', async () => {
    for (const session of [advisor, coordinator, planner, auditor]) {
      const res = await t.call(session, 'GET', url);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect((await t.call(staff, 'GET', `/api/households/${randomUUID()}/sheet.xlsx`)).statusCode).toBe(404);
    expect((await t.call(staff, 'GET', '/api/households/not-a-uuid/sheet.xlsx')).statusCode).toBe(400);
    expect((await t.call(null, 'GET', url)).statusCode).toBe(401);
  });

  it('audits each export as household.exported (not viewed) with the sensitive flag and basis only', async () => {
    const viewed = async () =>
      (await auditEvents(t, auditor, 'action=household.viewed')).items.filter(
        (e) => e.entityId === householdId,
      ).length;
    const viewsBefore = await viewed();
    const before = (await auditEvents(t, auditor, 'action=household.exported')).items.length;
    await t.call(staff, 'GET', url);
    await t.call(manager, 'GET', url);
    const { items } = await auditEvents(t, auditor, 'action=household.exported');
    expect(items.length).toBe(before + 2);
    const [byManager, byStaff] = items; // newest first
    expect(byStaff).toMatchObject({ entityType: 'household', entityId: householdId });
    expect(byStaff!.payload).toEqual({ format: 'xlsx', sensitive: false, basis: ['intake'] });
    expect(byManager!.payload).toEqual({ format: 'xlsx', sensitive: true, basis: ['intake'] });
    const text = JSON.stringify(items);
    for (const word of ['髙橋', '𠮷子', '鹿田町', '耳が遠い', CURRENT_NOTE]) expect(text).not.toContain(word);
    expect(await viewed()).toBe(viewsBefore);
  });
});
