import type { Metric } from '@tsunagu/contracts/plan';
import type { Tx } from '../../platform/db/database';

/** A yearly series: 年度 → value. A 年度 without records is absent (a count reads it as 0). */
export type Series = Map<number, number>;

/**
 * A metric of the catalogue: a name and definition people can read, and the function that computes it
 * per 年度 from the records of one tenant. It sees aggregates only (it runs as the system) and must
 * return nothing that identifies a person.
 */
export type MetricDefinition = Metric & {
  /** `divisionCode`: for a metric `byDivision`, the indicator's owner division (absent: every one). */
  compute: (tx: Tx, tenantId: string, from: number, to: number, divisionCode?: string) => Promise<Series>;
};
