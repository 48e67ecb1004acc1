import { z } from 'zod';
import { multiLineText, versionSchema } from '../common/primitives';
import { ACCUMULATIONS, VALUE_ORIGINS } from './codes';
import { divisionRefSchema } from './structure';

/** A named, documented metric computed from the records, per 年度. */
export const metricSchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  unit: z.string(),
  /** count: events in the 年度 (can be summed); rate: a percentage of the 年度 (never summed). */
  kind: z.enum(['count', 'rate']),
  module: z.string(),
  /**
   * Counted over the records of the indicator's owner division only (its programmes): the same metric
   * then serves one indicator row per division (No 7 and No 8 each have two).
   */
  byDivision: z.boolean().default(false),
});
export type Metric = z.infer<typeof metricSchema>;
export const metricListSchema = z.object({ items: z.array(metricSchema) });
export const metricKeyParamsSchema = z.object({
  key: z.string().regex(/^[a-z][a-z_]*\.[a-z][a-z_]*$/, {
    error: '指標の計算方法の形式が正しくありません / invalid metric key',
  }),
});
export const metricValuesQuerySchema = z.object({
  from: z.coerce.number().int().min(1989).max(2100).optional(),
  to: z.coerce.number().int().min(1989).max(2100).optional(),
});
/** A metric computed per 年度 (a preview before an indicator takes it, and a check of the records). */
export const metricValuesSchema = z.object({
  metric: metricSchema,
  values: z.array(z.object({ fiscalYear: z.number().int(), value: z.number().nullable() })),
});
export type MetricValues = z.infer<typeof metricValuesSchema>;

/**
 * One 年度 of an indicator: the value shown (recorded if someone recorded it, else computed), and both
 * sides so a difference between the records and a recorded figure is visible.
 */
export const indicatorValueSchema = z.object({
  fiscalYear: z.number().int(),
  value: z.number().nullable(),
  origin: z.enum(VALUE_ORIGINS).nullable(),
  recorded: z.number().nullable(),
  computed: z.number().nullable(),
  /** When the figure describes an earlier 年度 than the column (statistics that lag). */
  dataFiscalYear: z.number().int().nullable(),
  note: z.string().nullable(),
});
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

export const indicatorSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  no: z.number().int(),
  seq: z.number().int(),
  policyNo: z.number().int(),
  name: z.string(),
  unit: z.string(),
  division: divisionRefSchema,
  accumulation: z.enum(ACCUMULATIONS),
  cumulativeFromFiscalYear: z.number().int().nullable(),
  openingBalance: z.number(),
  target: z.number().nullable(),
  targetFiscalYear: z.number().int().nullable(),
  metric: z.object({ key: z.string(), name: z.string(), description: z.string() }).nullable(),
  achievements: z.string(),
  note: z.string().nullable(),
  values: z.array(indicatorValueSchema),
  abilities: z.object({ edit: z.boolean(), record: z.boolean() }),
});
export type Indicator = z.infer<typeof indicatorSchema>;
export const indicatorListSchema = z.object({
  fromFiscalYear: z.number().int(),
  toFiscalYear: z.number().int(),
  items: z.array(indicatorSchema),
});
export type IndicatorList = z.infer<typeof indicatorListSchema>;

const figure = z
  .number({ error: '数値を入力してください / enter a number' })
  .min(-1e12)
  .max(1e12)
  .refine((n) => Number.isFinite(n), { error: '数値を入力してください / enter a number' });

/** The planner's settings of an indicator: target, source, how it adds up, what it says. */
export const indicatorUpdateSchema = z.object({
  version: versionSchema,
  target: figure.nullable(),
  targetFiscalYear: z.number().int().min(1989).max(2100).nullable(),
  metricKey: z.string().max(100).nullable(),
  openingBalance: figure,
  achievements: multiLineText(4000),
});
export type IndicatorUpdate = z.infer<typeof indicatorUpdateSchema>;

/** A value recorded by hand for a 年度 (null clears it, so a metric's computed value shows again). */
export const indicatorValueInputSchema = z.object({
  value: figure.nullable(),
  dataFiscalYear: z.number().int().min(1989).max(2100).nullable().default(null),
  note: multiLineText(500).nullable().default(null),
});
export type IndicatorValueInput = z.infer<typeof indicatorValueInputSchema>;
export const indicatorValueParamsSchema = z.object({
  id: z.uuid({ error: 'IDの形式が正しくありません / invalid id' }),
  fiscalYear: z.coerce.number().int().min(1989).max(2100),
});
