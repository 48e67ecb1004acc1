import { type MeetingCreate, type MeetingKind, meetingCreateSchema } from '@tsunagu/contracts/meetings';
import type { UseFormReturn } from 'react-hook-form';
import { CHOOSE_AGENCY } from '../cases/form-values';
import { asArray, CHOOSE_ONE, sharedResolver, unchosen } from '../referrals/form-values';

/** The meeting form as its inputs hold it (a single ticked case comes as a string). */
export type MeetingValues = {
  kind: MeetingKind | '';
  heldOn: string;
  place: string | null;
  purpose: string;
  caseIds: string[] | string | false;
  attendees: { agencyId: string; personName: string; role: string | null }[];
};

/** The 会議を登録 form (react-hook-form). */
export type MeetingForm = UseFormReturn<MeetingValues, unknown, MeetingCreate>;

/** The shared meetingCreateSchema, with clearer words for what is not chosen yet. */
export const meetingResolver = sharedResolver<MeetingValues, MeetingCreate>(
  meetingCreateSchema,
  (values, errors) => {
    unchosen(values, errors, 'kind', CHOOSE_ONE);
    const rows = errors.attendees as unknown as
      | Record<number, { agencyId?: { message?: string } }>
      | undefined;
    values.attendees.forEach((a, i) => {
      const row = rows?.[i];
      if (row?.agencyId && a.agencyId === '') row.agencyId.message = CHOOSE_AGENCY;
    });
  },
  (values) => ({ ...values, caseIds: asArray(values.caseIds) }),
);

/** The one-line legal rule of each kind (meetingFormMessages keys), shown under its name. */
export const RULE_KEYS = {
  case_conference: 'ruleCaseConference',
  multi_agency: 'ruleMultiAgency',
  support_council: 'ruleSupportCouncil',
  advisor: 'ruleAdvisor',
} as const satisfies Record<MeetingKind, string>;
