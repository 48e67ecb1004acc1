import fs from 'node:fs';
import type { Role } from '@tsunagu/contracts';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, unneutralise } from '../../src/platform/files/csv';
import { allAgencies, auditEvents, createAgency, editable, sessionsOf } from '../support/factories';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

const HSDS = '/work/shared/standards/hsds-3.0/compiled';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER_JA = [
  'コード',
  '名称',
  'ふりがな',
  '種別コード',
  '分野コード',
  '地区コード',
  'サービス（名称：説明 を | 区切り）',
  '電話',
  'メール',
  '住所',
  'URL',
  '受付時間',
  '支援会議構成員',
  '受入状況',
  '公開',
];

let t: TestApp;
let login: (role: Role) => Promise<Session>;
let planner: Session;
let auditor: Session;
let hiddenId: string;
beforeAll(async () => {
  t = await createTestApp();
  login = sessionsOf(t);
  planner = await login('planner');
  auditor = await login('auditor');
  hiddenId = (await createAgency(t, planner, { isPublic: false, name: '非公開の相談室' })).id;
  await createAgency(t, planner, { code: 'formula-name', name: '=1+2相談室', capacityNote: '+81 受付' });
});
afterAll(() => t.close());

function importFile(session: Session | null, body: string | Buffer, query = '', type = 'text/csv') {
  return t.call(session, 'POST', `/api/agencies/import${query}`, body, { 'content-type': type });
}

/** Encodes text as CP932 through a byte table read from the platform's own decoder (no encoder exists). */
function encodeShiftJis(text: string): Buffer {
  const decoder = new TextDecoder('shift_jis');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) bytes.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!));
  return Buffer.from(bytes);
}

const csv = (lines: string[]) => `${lines.join('\r\n')}\r\n`;
const total = async () => (await allAgencies(t, planner)).total;
const createdEvents = async () => (await auditEvents(t, auditor, 'action=agency.created')).total;

describe(`exporting the directory (${dbKind()})`, () => {
  it('writes CSV as BOM-UTF-8 with a Japanese header, one row per agency and formulas neutralised', async () => {
    const res = await t.call(planner, 'GET', '/api/agencies/export.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('相談機関一覧.csv')}`,
    );
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(res.rawPayload.toString('utf8'));
    expect(header!.cells).toEqual(HEADER_JA);
    const staffView = await allAgencies(t, planner);
    expect(rows.map((r) => r.cells[0]).sort()).toEqual(staffView.items.map((a) => a.code).sort());
    const formula = rows.find((r) => r.cells[0] === 'formula-name')!;
    expect(formula.cells[1]).toBe("'=1+2相談室");
    expect(formula.cells[13]).toBe("'+81 受付");
    expect(rows.every((r) => r.cells.every((c) => !/^[=+\-@]/.test(c)))).toBe(true);
  });

  it('writes the same rows to xlsx, as text cells', async () => {
    const csvRows = parseCsv(
      (await t.call(planner, 'GET', '/api/agencies/export.csv')).rawPayload.toString(),
    );
    const res = await t.call(planner, 'GET', '/api/agencies/export.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const sheetRows: string[][] = [];
    ws.eachRow((row) => {
      const cells: string[] = [];
      for (let c = 1; c <= HEADER_JA.length; c++) {
        const cell = row.getCell(c);
        if (cell.value !== null) expect(cell.type).toBe(ExcelJS.ValueType.String);
        cells.push(cell.value === null ? '' : String(cell.value));
      }
      sheetRows.push(cells);
    });
    // The sheet holds the plain text; only CSV needs the apostrophe against formula injection.
    expect(sheetRows).toEqual(csvRows.map((r) => r.cells.map(unneutralise)));
  });

  it('exports valid HSDS 3.0 organizations and services, and only published entries to the public', async () => {
    const res = await t.call(null, 'GET', '/api/agencies/export/hsds.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    const orgSchema = JSON.parse(fs.readFileSync(`${HSDS}/organization.json`, 'utf8'));
    const serviceSchema = JSON.parse(fs.readFileSync(`${HSDS}/service.json`, 'utf8'));
    // The compiled HSDS schemas carry no $schema: they are read as draft-07 (Ajv's default).
    expect(orgSchema.$schema).toBeUndefined();
    // The schemas are megabytes of inlined definitions; unoptimised code compiles seconds faster.
    const ajv = new Ajv({ strict: false, allErrors: true, code: { optimize: false } });
    addFormats(ajv);
    const checkOrg = ajv.compile(orgSchema);
    const checkService = ajv.compile(serviceSchema);
    const problems: { id: string; errors: ErrorObject[] | null | undefined }[] = [];
    for (const o of doc.organizations) if (!checkOrg(o)) problems.push({ id: o.id, errors: checkOrg.errors });
    for (const s of doc.services)
      if (!checkService(s)) problems.push({ id: s.id, errors: checkService.errors });
    expect(problems, JSON.stringify(problems.slice(0, 5), null, 2)).toEqual([]);

    const published = await allAgencies(t, null);
    expect(doc.organizations).toHaveLength(published.total);
    expect(doc.organizations.map((o: { id: string }) => o.id)).not.toContain(hiddenId);
    expect(doc.services.length).toBeGreaterThan(published.total);
    const publicCsv = (await t.call(null, 'GET', '/api/agencies/export.csv')).body;
    expect(publicCsv).not.toContain('非公開の相談室');
    expect(publicCsv).toContain('=1+2相談室');
  });

  it('records staff exports in the audit log', async () => {
    const before = (await auditEvents(t, auditor, 'action=agency.exported')).total;
    await t.call(planner, 'GET', '/api/agencies/export.xlsx');
    const after = await auditEvents(t, auditor, 'action=agency.exported');
    expect(after.total).toBe(before + 1);
    expect(after.items[0]!.payload).toMatchObject({ format: 'xlsx', count: await total() });
  });
});

describe(`importing the directory (${dbKind()})`, () => {
  it('round-trips its own CSV export: every row updates, nothing is created, nothing changes', async () => {
    const before = (await allAgencies(t, planner)).items.map((a) => editable(a));
    const file = (await t.call(planner, 'GET', '/api/agencies/export.csv')).rawPayload;
    const res = await importFile(planner, file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ created: 0, updated: before.length, errors: [], imported: true });
    const after = (await allAgencies(t, planner)).items.map((a) => editable(a));
    expect(after).toEqual(before);
  });

  it('keeps service names and descriptions with colons and bars through an export and re-import', async () => {
    const services = [
      { name: '電話相談', description: '平日 9:00〜17:00' },
      { name: '夜間窓口', description: '火曜|木曜 は 20:00 まで' },
      { name: 'SOS:緊急連絡', description: '' },
    ];
    const created = await createAgency(t, planner, { code: 'colon-services', services });
    const file = (await t.call(planner, 'GET', '/api/agencies/export.csv')).rawPayload;
    expect((await importFile(planner, file)).statusCode).toBe(200);
    const after = (await t.call(planner, 'GET', `/api/agencies/${created.id}`)).json();
    expect(after.services).toEqual(services);
  });

  const mixed = csv([
    'code,name,nameKana,categoryCode,fields,districts',
    'imp-good-1,取込相談室一,とりこみいち,community-care-centre,isolation,naka',
    'imp-good-2,取込相談室二,トリコミニ,community-care-centre,,higashi',
    'imp-bad-kana,取込相談室三,漢字です,community-care-centre,,',
    'imp-good-3,取込相談室四,とりこみよん,community-care-centre,debt|housing,',
    'imp-bad-cat,取込相談室五,とりこみご,no-such-category,,',
  ]);

  it('imports nothing from a file with bad rows and reports each by row and column', async () => {
    const [count, events] = [await total(), await createdEvents()];
    const res = await importFile(planner, mixed);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('import_has_errors');
    const errors = res.json().error.details.report.errors as {
      row: number;
      column: string;
      message: string;
    }[];
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [4, 'nameKana'],
      [6, 'categoryCode'],
    ]);
    expect(errors[1]!.message).toContain('no-such-category');
    expect(await total()).toBe(count);
    expect(await createdEvents()).toBe(events);
  });

  it('only reports on a dry run: what would be created and updated, and nothing is written', async () => {
    const [count, events] = [await total(), await createdEvents()];
    const naka = (await allAgencies(t, planner)).items.find((a) => a.code === 'hokatsu-naka')!;
    const file = `${mixed}hokatsu-naka,別名の包括,べつめい,community-care-centre,,\r\n`;
    const res = await importFile(planner, file, '?dryRun=true');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ totalRows: 6, validRows: 4, created: 3, updated: 1, imported: false });
    expect(res.json().errors).toHaveLength(2);
    expect(await total()).toBe(count);
    expect(await createdEvents()).toBe(events);
    const after = (await t.call(planner, 'GET', `/api/agencies/${naka.id}`)).json();
    expect(after).toMatchObject({ name: naka.name, version: naka.version });
  });

  it('imports the valid rows only when asked to', async () => {
    const count = await total();
    const res = await importFile(planner, mixed, '?validRowsOnly=true');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ created: 3, updated: 0, imported: true });
    expect(res.json().errors).toHaveLength(2);
    const codes = (await allAgencies(t, planner)).items.map((a) => a.code);
    expect(codes).toEqual(expect.arrayContaining(['imp-good-1', 'imp-good-2', 'imp-good-3']));
    expect(codes).not.toContain('imp-bad-kana');
    expect(await total()).toBe(count + 3);
    const created = (await allAgencies(t, planner)).items.find((a) => a.code === 'imp-good-3')!;
    expect(created.fields).toEqual(['debt', 'housing']);
    expect(created.nameKana).toBe('とりこみよん');
  });

  it('imports an xlsx workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('一覧');
    ws.addRow(['コード', '名称', 'ふりがな', '種別コード', '公開']);
    ws.addRow(['xlsx-one', 'エクセル相談室', 'えくせるそうだんしつ', 'community-care-centre', 'はい']);
    ws.addRow(['xlsx-two', '非公開エクセル', 'ひこうかい', 'community-care-centre', 'いいえ']);
    const body = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await importFile(planner, body, '', XLSX);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ created: 2, errors: [] });
    const pub = (await allAgencies(t, null)).items.map((a) => a.code);
    expect(pub).toContain('xlsx-one');
    expect(pub).not.toContain('xlsx-two');
  });

  it('says clearly when the file cannot be read or lacks a required column', async () => {
    const garbage = await importFile(planner, Buffer.from('this is not a zip file at all'), '', XLSX);
    expect(garbage.statusCode).toBe(422);
    expect(garbage.json().error.message).toContain('ファイルを読み取れません');
    expect(garbage.json().error.messageEn).toMatch(/cannot be read/);
    const noKana = await importFile(
      planner,
      csv(['コード,名称,種別コード', 'no-kana,名称,community-care-centre']),
    );
    expect(noKana.statusCode).toBe(422);
    expect(noKana.json().error.message).toContain('ふりがな');
    expect(noKana.json().error.details.missingColumns).toEqual(['ふりがな']);
  });

  it('parses quoted fields with commas, newlines and doubled quotes', async () => {
    const file = csv([
      'code,name,nameKana,categoryCode,services,capacityNote',
      'quoted-one,"相談室, ""ほっと""ステーション",ほっと,community-care-centre,"電話相談：夜間, 休日も","一行目\r\n二行目"',
    ]);
    const res = await importFile(planner, file);
    expect(res.statusCode).toBe(200);
    const a = (await allAgencies(t, planner)).items.find((x) => x.code === 'quoted-one')!;
    expect(a.name).toBe('相談室, "ほっと"ステーション');
    expect(a.services).toEqual([{ name: '電話相談', description: '夜間, 休日も' }]);
    expect(a.capacityNote).toBe('一行目\r\n二行目');
  });

  it('keeps the stored values of columns a partial file leaves out', async () => {
    const created = await importFile(
      planner,
      csv([
        'code,name,nameKana,categoryCode,hours,isPublic,capacityNote',
        'partial-one,部分更新テスト室,ぶぶんこうしん,community-care-centre,平日 9:00〜17:00,いいえ,予約制',
      ]),
    );
    expect(created.statusCode).toBe(200);
    const updated = await importFile(
      planner,
      csv([
        'code,name,nameKana,categoryCode',
        'partial-one,部分更新テスト室（改称）,ぶぶんこうしん,community-care-centre',
      ]),
    );
    expect(updated.json()).toMatchObject({ created: 0, updated: 1 });
    const a = (await allAgencies(t, planner)).items.find((x) => x.code === 'partial-one')!;
    expect(a.name).toBe('部分更新テスト室（改称）');
    expect(a.hours).toBe('平日 9:00〜17:00');
    expect(a.isPublic).toBe(false);
    expect(a.capacityNote).toBe('予約制');
  });

  it('reads CSV saved as Shift_JIS (CP932) by Excel', async () => {
    const text = csv([
      'code,name,nameKana,categoryCode',
      'sjis-one,髙島屋相談室,たかしまやそうだんしつ,community-care-centre',
    ]);
    const res = await importFile(planner, encodeShiftJis(text));
    expect(res.statusCode).toBe(200);
    const a = (await allAgencies(t, planner)).items.find((x) => x.code === 'sjis-one')!;
    expect(a.name).toBe('髙島屋相談室');
  });

  it('reports a code used twice in one file', async () => {
    const res = await importFile(
      planner,
      csv([
        'code,name,nameKana,categoryCode',
        'twice,一回目,いっかいめ,community-care-centre',
        'twice,二回目,にかいめ,community-care-centre',
      ]),
    );
    expect(res.statusCode).toBe(422);
    const errors = res.json().error.details.report.errors;
    expect(errors).toEqual([{ row: 3, column: 'code', message: expect.stringContaining('2') }]);
  });

  it('refuses staff (403), no session (401) and a body that is not a file (415)', async () => {
    const file = csv(['code,name,nameKana,categoryCode', 'nope,名称,めいしょう,community-care-centre']);
    expect((await importFile(await login('agency_staff'), file)).statusCode).toBe(403);
    expect((await importFile(await login('agency_manager'), file)).statusCode).toBe(403);
    expect((await importFile(null, file)).statusCode).toBe(401);
    const json = await importFile(planner, JSON.stringify({ code: 'nope' }), '', 'application/json');
    expect([400, 415]).toContain(json.statusCode);
    expect(json.json().error.code).toMatch(/unsupported_media_type|validation_failed|malformed_request/);
    expect((await allAgencies(t, planner)).items.map((a) => a.code)).not.toContain('nope');
  });
});
