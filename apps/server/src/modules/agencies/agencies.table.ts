import { AGENCY_TABLE_COLUMNS, type Agency, type AgencyInput } from '@tsunagu/contracts/agencies';
import { unneutralise } from '../../platform/files/csv';

type Column = (typeof AGENCY_TABLE_COLUMNS)[number];

/** Header labels of the directory's CSV/xlsx form; import accepts the label or the English key. */
export const COLUMN_LABELS: Record<Column, string> = {
  code: 'コード',
  name: '名称',
  nameKana: 'ふりがな',
  categoryCode: '種別コード',
  fields: '分野コード',
  districts: '地区コード',
  services: 'サービス（名称：説明 を | 区切り）',
  phone: '電話',
  email: 'メール',
  address: '住所',
  url: 'URL',
  hours: '受付時間',
  supportCouncilMember: '支援会議構成員',
  capacityNote: '受入状況',
  isPublic: '公開',
};

const yesNo = (b: boolean) => (b ? 'はい' : 'いいえ');

/** The header row followed by one row per agency. */
export function agenciesToRows(agencies: Agency[]): string[][] {
  const header = AGENCY_TABLE_COLUMNS.map((c) => COLUMN_LABELS[c]);
  const body = agencies.map((a) => [
    a.code,
    a.name,
    a.nameKana,
    a.categoryCode,
    a.fields.join('|'),
    a.districts.join('|'),
    a.services.map((s) => (s.description ? `${s.name}：${s.description}` : s.name)).join('|'),
    a.contact.phone ?? '',
    a.contact.email ?? '',
    a.contact.address ?? '',
    a.contact.url ?? '',
    a.hours ?? '',
    yesNo(a.supportCouncilMember),
    a.capacityNote ?? '',
    yesNo(a.isPublic),
  ]);
  return [header, ...body];
}

/** Maps header cells to columns; returns the unknown headers too so the report can name them. */
export function readHeader(cells: string[]): { columns: (Column | undefined)[]; missing: Column[] } {
  const byLabel = new Map<string, Column>();
  for (const c of AGENCY_TABLE_COLUMNS) {
    byLabel.set(c.toLowerCase(), c);
    byLabel.set(COLUMN_LABELS[c], c);
  }
  const columns = cells.map((h) => byLabel.get(h.trim()) ?? byLabel.get(h.trim().toLowerCase()));
  const required: Column[] = ['code', 'name', 'nameKana', 'categoryCode'];
  return { columns, missing: required.filter((r) => !columns.includes(r)) };
}

function parseBool(text: string): boolean | string {
  const t = text.trim().toLowerCase();
  if (['はい', 'true', '1', 'yes', '○', '〇'].includes(t)) return true;
  if (['いいえ', 'false', '0', 'no', '', '×'].includes(t)) return false;
  return text;
}

const list = (text: string) =>
  text
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** One data row as an (unvalidated) agency input object for the contract schema to check. */
export function rowToInput(columns: (Column | undefined)[], cells: string[]): Record<string, unknown> {
  const v = {} as Record<Column, string>;
  columns.forEach((c, i) => {
    if (c) v[c] = unneutralise(cells[i] ?? '');
  });
  const text = (c: Column) => v[c] ?? '';
  const input: Record<keyof AgencyInput, unknown> = {
    code: text('code').trim(),
    name: text('name').trim(),
    nameKana: text('nameKana').trim(),
    categoryCode: text('categoryCode').trim(),
    fields: list(text('fields')),
    districts: list(text('districts')),
    services: list(text('services')).map((s) => {
      const [name, ...rest] = s.split(/[：:]/);
      return { name: (name ?? '').trim(), description: rest.join('：').trim() };
    }),
    contact: {
      phone: orNull(text('phone')),
      email: orNull(text('email')),
      address: orNull(text('address')),
      url: orNull(text('url')),
    },
    hours: orNull(text('hours')),
    supportCouncilMember: parseBool(text('supportCouncilMember')),
    capacityNote: orNull(text('capacityNote')),
    isPublic: v.isPublic === undefined ? true : parseBool(text('isPublic')),
  };
  return input;
}
