import type { Metric } from '@tsunagu/contracts/plan';
import { caseMetrics } from '../cases/case-metrics';
import { communityMetrics } from '../community/community-metrics';
import { participationMetrics } from '../participation/participation-metrics';
import type { MetricDefinition } from './metric';
import { surveyMetrics } from './survey-metrics';

/**
 * The catalogue of metrics an indicator can take its values from. Each module lists its own metrics
 * next to its records and adds them here as it lands.
 */
const CATALOGUE: readonly MetricDefinition[] = [
  ...caseMetrics,
  ...surveyMetrics,
  ...participationMetrics,
  ...communityMetrics,
];

export function findMetric(key: string): MetricDefinition | undefined {
  return CATALOGUE.find((m) => m.key === key);
}

/** The catalogue as people read it (without the functions). */
export function listMetrics(): Metric[] {
  return CATALOGUE.map(({ compute: _compute, ...m }) => m);
}
