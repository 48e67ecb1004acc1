import { z } from 'zod';

/** A whole, non-negative count with a bound, with messages in Japanese and English. */
export const count = (max: number) =>
  z
    .number({ error: '数値を入力してください / enter a number' })
    .int({ error: '整数で入力してください / whole numbers only' })
    .min(0, { error: '0以上で入力してください / 0 or more' })
    .max(max, { error: `${max}以下で入力してください / at most ${max}` });

/** 年度 in a query string. */
export const fiscalYearParam = z.coerce
  .number({ error: '年度を数字で指定してください / fiscal year must be a number' })
  .int()
  .min(1989, { error: '年度が範囲外です / fiscal year out of range' })
  .max(2100, { error: '年度が範囲外です / fiscal year out of range' });

/** A checkbox in a query string: "true" or "false". */
export const booleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');
