import type { TeamRole } from '@tsunagu/contracts/cases';
import { type MeetingMinutes, meetingMinutesSchema } from '@tsunagu/contracts/meetings';
import type { UseFormReturn } from 'react-hook-form';
import { CHOOSE_AGENCY, CHOOSE_CASE } from '../cases/form-values';
import { CHOOSE_ONE, sharedResolver } from '../referrals/form-values';

/** The minutes form as its inputs hold it: '' for 全体 (no case) and for what is not chosen yet. */
export type MinutesValues = {
  version: number;
  minutes: string;
  decisions: { caseId: string; text: string }[];
  roles: { caseId: string; agencyId: string; role: TeamRole | '' }[];
  actionItems: { caseId: string; ownerAgencyId: string; title: string; dueOn: string }[];
};

/** The 議事録を記録 form (react-hook-form). */
export type MinutesForm = UseFormReturn<MinutesValues, unknown, MeetingMinutes>;

/** The id of the minutes form, the prefix of its controls' ids. */
export const MINUTES_FORM_ID = 'meeting-minutes';

const REQUIRED = '内容を入力してください / required';

const orNull = (caseId: string) => (caseId === '' ? null : caseId);

type RowErrors = Record<number, Record<string, { message?: string } | undefined>> | undefined;

/** Replaces "invalid" with what to choose for the row fields still unchosen. */
function clarify<R extends Record<string, unknown>>(
  rows: R[],
  errors: unknown,
  words: Record<string, string>,
) {
  const list = errors as RowErrors;
  rows.forEach((row, i) => {
    for (const [field, message] of Object.entries(words)) {
      const error = list?.[i]?.[field];
      if (error && row[field] === '') error.message = message;
    }
  });
}

/** The shared meetingMinutesSchema; a decision or task without a case is about the meeting as a whole. */
export const minutesResolver = sharedResolver<MinutesValues, MeetingMinutes>(
  meetingMinutesSchema,
  (values, errors) => {
    clarify(values.decisions, errors.decisions, { text: REQUIRED });
    clarify(values.roles, errors.roles, { caseId: CHOOSE_CASE, agencyId: CHOOSE_AGENCY, role: CHOOSE_ONE });
    clarify(values.actionItems, errors.actionItems, { ownerAgencyId: CHOOSE_AGENCY });
  },
  (values) => ({
    ...values,
    decisions: values.decisions.map((d) => ({ ...d, caseId: orNull(d.caseId) })),
    actionItems: values.actionItems.map((a) => ({ ...a, caseId: orNull(a.caseId) })),
  }),
);
