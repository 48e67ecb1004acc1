import { type Plan, type PlanInput, planInputSchema } from '@tsunagu/contracts/cases';
import type { UseFormReturn } from 'react-hook-form';
import { addError, CHOOSE_ONE, sharedResolver } from '../referrals/form-values';
import { CHOOSE_AGENCY } from './form-values';

/** The plan form as the inputs hold it: selects give strings, the date list needs objects. */
export type PlanValues = {
  personWords: string;
  goals: { text: string }[];
  actions: { goalIndex: string; text: string; ownerAgencyId: string; dueOn: string }[];
  participationSupport: boolean;
  outreach: boolean;
  monitoringDates: { date: string }[];
  nextReviewOn: string;
};

/** The form of the plan version section (react-hook-form). */
export type PlanForm = UseFormReturn<PlanValues, unknown, PlanInput>;

/** The id of the plan form, the prefix of its controls' ids. */
export const PLAN_FORM_ID = 'case-plan';

/** A new version starts as a copy of the latest one (or empty with one goal and one date). */
export function planDefaults(latest: Plan | undefined): PlanValues {
  if (!latest)
    return {
      personWords: '',
      goals: [{ text: '' }],
      actions: [],
      participationSupport: false,
      outreach: false,
      monitoringDates: [{ date: '' }],
      nextReviewOn: '',
    };
  return {
    personWords: latest.personWords,
    goals: latest.goals.map((g) => ({ text: g.text })),
    actions: latest.actions.map((a) => ({
      goalIndex: String(a.goalIndex),
      text: a.text,
      ownerAgencyId: a.ownerAgency.id,
      dueOn: a.dueOn,
    })),
    participationSupport: latest.participationSupport,
    outreach: latest.outreach,
    monitoringDates: latest.monitoringDates.map((date) => ({ date })),
    nextReviewOn: latest.nextReviewOn,
  };
}

function prepare(values: PlanValues) {
  return {
    ...values,
    actions: values.actions.map((a) => ({
      ...a,
      goalIndex: a.goalIndex === '' ? Number.NaN : Number(a.goalIndex),
    })),
    monitoringDates: values.monitoringDates.map((d) => d.date),
  };
}

/** The shared planInputSchema, with clearer words for an action whose goal or agency is not chosen. */
export const planResolver = sharedResolver<PlanValues, PlanInput>(
  planInputSchema,
  (values, errors) => {
    const rows = errors.actions as unknown as
      | Record<number, Record<string, { message?: string }>>
      | undefined;
    values.actions.forEach((a, i) => {
      const row = rows?.[i];
      if (!row) return;
      if (row.goalIndex && a.goalIndex === '') row.goalIndex.message = CHOOSE_ONE;
      if (row.ownerAgencyId && a.ownerAgencyId === '') row.ownerAgencyId.message = CHOOSE_AGENCY;
    });
    if (values.goals.length === 0)
      addError(errors, 'goals', '目標を1つ以上書いてください / at least one goal');
  },
  prepare,
);

/** Removing goal `index` keeps each action on its goal: later goals move up, its own actions are unset. */
export function removeGoal(form: PlanForm, index: number, remove: (index: number) => void) {
  const actions = form.getValues('actions');
  actions.forEach((a, i) => {
    if (a.goalIndex === '') return;
    const g = Number(a.goalIndex);
    if (g === index) form.setValue(`actions.${i}.goalIndex`, '');
    else if (g > index) form.setValue(`actions.${i}.goalIndex`, String(g - 1));
  });
  remove(index);
}
