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
    servicesToCell(a.services),
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

const SERVICE_SEPARATOR = '|';
const NAME_SEPARATOR = '：';

/** Backslash-escapes the separators (and backslash) inside a service name or description. */
function escapeServicePart(text: string): string {
  return text.replace(/[\\|：]/g, (c) => `\\${c}`);
}

/** Services as one cell: 名称：説明 items separated by |, separators inside text escaped. */
export function servicesToCell(services: { name: string; description: string }[]): string {
  return services
    .map((s) => `${escapeServicePart(s.name)}${NAME_SEPARATOR}${escapeServicePart(s.description)}`)
    .join(SERVICE_SEPARATOR);
}

/** Splits on separators not preceded by a backslash, keeping the escapes for a later split. */
function splitRaw(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) current += ch + text[++i];
    else if (ch === separator) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

const removeEscapes = (text: string) => text.replace(/\\(.)/g, '$1');

/** Reads a services cell written by servicesToCell (or typed by hand as 名称：説明|名称). */
export function cellToServices(cell: string): { name: string; description: string }[] {
  return splitRaw(cell, SERVICE_SEPARATOR)
    .filter((item) => item.trim() !== '')
    .map((item) => {
      const [name = '', ...rest] = splitRaw(item, NAME_SEPARATOR);
      return {
        name: removeEscapes(name).trim(),
        description: removeEscapes(rest.join(NAME_SEPARATOR)).trim(),
      };
    });
}

const list = (text: string) =>
  text
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * One data row as an agency input over `base` (the stored entry, or defaults for a new one): columns
 * the file does not have keep the base's values, so a partial file never wipes fields.
 */
export function rowToInput(
  columns: (Column | undefined)[],
  cells: string[],
  base: AgencyInput,
): Record<string, unknown> {
  const v = new Map<Column, string>();
  columns.forEach((c, i) => {
    if (c) v.set(c, unneutralise(cells[i] ?? ''));
  });
  const pick = <T>(c: Column, parse: (text: string) => T, fallback: T): T | unknown =>
    v.has(c) ? parse(v.get(c)!) : fallback;
  const trim = (t: string) => t.trim();
  return {
    code: pick('code', trim, base.code),
    name: pick('name', trim, base.name),
    nameKana: pick('nameKana', trim, base.nameKana),
    categoryCode: pick('categoryCode', trim, base.categoryCode),
    fields: pick('fields', list, base.fields),
    districts: pick('districts', list, base.districts),
    services: pick('services', cellToServices, base.services),
    contact: {
      phone: pick('phone', orNull, base.contact.phone),
      email: pick('email', orNull, base.contact.email),
      address: pick('address', orNull, base.contact.address),
      url: pick('url', orNull, base.contact.url),
    },
    hours: pick('hours', orNull, base.hours),
    supportCouncilMember: pick('supportCouncilMember', parseBool, base.supportCouncilMember),
    capacityNote: pick('capacityNote', orNull, base.capacityNote),
    isPublic: pick('isPublic', parseBool, base.isPublic),
  };
}
