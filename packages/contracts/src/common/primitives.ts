import { z } from 'zod';

/** A UUID path or body parameter. */
export const uuidSchema = z.uuid({ error: 'IDの形式が正しくありません / invalid id' });
export const idParamsSchema = z.object({ id: uuidSchema });

/** True when the text holds a control character (tab, LF and CR allowed only in multi-line text). */
export function hasControlCharacters(text: string, multiLine: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7f || (c < 0x20 && !(multiLine && (c === 9 || c === 10 || c === 13)))) return true;
  }
  return false;
}

/**
 * True when the text holds a lone UTF-16 surrogate. Only a JSON escape such as "\ud800" makes one; it
 * has no UTF-8 form, so storing it would silently turn it into U+FFFD. Such text is refused instead.
 */
export function hasLoneSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

const WELL_FORMED = {
  error: '文字コードの壊れた文字が含まれています / the text holds an invalid character (a lone surrogate)',
};

/** Short single-line text: trimmed, no control characters, bounded. */
export const lineText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${max}文字以内で入力してください / at most ${max} characters` })
    .refine((s) => !hasControlCharacters(s, false), {
      error: '制御文字は使えません / control characters are not allowed',
    })
    .refine((s) => !hasLoneSurrogate(s), WELL_FORMED);

/** Required single-line text. */
export const requiredLine = (max: number) =>
  lineText(max).refine((s) => s.length > 0, { error: '入力してください / required' });

/** Multi-line text: newlines and tabs allowed, other control characters not. */
export const multiLineText = (max: number) =>
  z
    .string()
    .max(max, { error: `${max}文字以内で入力してください / at most ${max} characters` })
    .refine((s) => !hasControlCharacters(s, true), {
      error: '制御文字は使えません / control characters are not allowed',
    })
    .refine((s) => !hasLoneSurrogate(s), WELL_FORMED);

/** A code from a tenant code list. */
export const codeSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, {
  error: 'コードは半角英小文字・数字・ハイフンで入力してください / invalid code',
});

/** Codes from a tenant code list (a multi-select), at most `max`, empty by default. */
export const codeArraySchema = (max = 30) =>
  z
    .array(codeSchema)
    .max(max, { error: `${max}件以内で選んでください / at most ${max}` })
    .default([]);

/** Optimistic-concurrency version carried by every editable record. */
export const versionSchema = z.number().int().min(1);

/** A page of a list. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** The Japanese and English words for each code of a list (for screens and documents alike). */
export type CodeLabels<T extends readonly string[]> = Record<T[number], { ja: string; en: string }>;

/** A calendar date, YYYY-MM-DD. */
export const isoDateSchema = z.iso.date({ error: '日付は YYYY-MM-DD で入力してください / use YYYY-MM-DD' });
