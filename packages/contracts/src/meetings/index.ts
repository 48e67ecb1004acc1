import { z } from 'zod';
import { TEAM_ROLES } from '../cases/codes';
import { taskSchema } from '../cases/tasks';
import type { CodeLabels } from '../common/primitives';
import { isoDateSchema, lineText, multiLineText, uuidSchema, versionSchema } from '../common/primitives';

/**
 * Meetings of a coordinated case (SPEC M4) and the legal rule each kind carries:
 * - 支援会議 (statutory): every attendee is a registered member agency (支援会議構成員) and has
 *   acknowledged the duty of secrecy, recorded per attendee, before the meeting can be held;
 * - 重層的支援会議: each agenda case's consent covers every attending agency;
 * - 複合課題ケース検討会 and アドバイザー会議: no extra rule.
 */
export const MEETING_KINDS = ['case_conference', 'multi_agency', 'support_council', 'advisor'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: CodeLabels<typeof MEETING_KINDS> = {
  case_conference: { ja: '複合課題ケース検討会', en: 'Multi-problem case conference' },
  multi_agency: { ja: '重層的支援会議', en: 'Multi-layered support meeting' },
  support_council: { ja: '支援会議', en: 'Support council (statutory)' },
  advisor: { ja: 'アドバイザー会議', en: 'Advisors’ meeting' },
};
/** The kinds counted as ケース検討会議 in the 事業実績 table. */
export const CONFERENCE_KINDS: readonly MeetingKind[] = [
  'case_conference',
  'multi_agency',
  'support_council',
];

/** planned → held (minutes recorded) → closed (minutes final; attendees' access through it ends). */
export const MEETING_STATES = ['planned', 'held', 'closed'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];
export const MEETING_STATE_LABELS: CodeLabels<typeof MEETING_STATES> = {
  planned: { ja: '予定', en: 'Planned' },
  held: { ja: '開催済み（記録中）', en: 'Held' },
  closed: { ja: '記録確定', en: 'Closed' },
};

export const attendeeInputSchema = z.object({
  agencyId: uuidSchema,
  personName: lineText(100).refine((s) => s.length > 0, { error: '出席者名を入力してください / required' }),
  role: lineText(100).nullable().default(null),
});

export const meetingCreateSchema = z.object({
  kind: z.enum(MEETING_KINDS),
  heldOn: isoDateSchema,
  place: lineText(200).nullable().default(null),
  purpose: multiLineText(1000).refine((s) => s.trim().length > 0, {
    error: '会議の目的を入力してください / give the purpose',
  }),
  caseIds: z.array(uuidSchema).max(20),
  attendees: z
    .array(attendeeInputSchema)
    .min(1, { error: '出席者を1人以上 / at least one attendee' })
    .max(40),
});
export type MeetingCreate = z.infer<typeof meetingCreateSchema>;

/** The record of a held meeting: minutes, decisions, role assignments and action items. */
export const meetingMinutesSchema = z.object({
  version: versionSchema,
  minutes: multiLineText(20000).refine((s) => s.trim().length > 0, {
    error: '議事録を入力してください / write the minutes',
  }),
  decisions: z
    .array(
      z.object({
        caseId: uuidSchema.nullable(),
        text: multiLineText(1000).refine((s) => s.trim().length > 0),
      }),
    )
    .max(50),
  roles: z.array(z.object({ caseId: uuidSchema, agencyId: uuidSchema, role: z.enum(TEAM_ROLES) })).max(50),
  actionItems: z
    .array(
      z.object({
        caseId: uuidSchema.nullable(),
        ownerAgencyId: uuidSchema,
        title: lineText(300).refine((s) => s.length > 0, { error: '内容を入力してください / required' }),
        dueOn: isoDateSchema,
      }),
    )
    .max(100),
});
export type MeetingMinutes = z.infer<typeof meetingMinutesSchema>;

export const acknowledgeSchema = z.object({ attendeeId: uuidSchema });
export const meetingVersionSchema = z.object({ version: versionSchema });

const agencyRef = z.object({ id: z.uuid(), name: z.string() });

export const meetingSummarySchema = z.object({
  id: z.uuid(),
  kind: z.enum(MEETING_KINDS),
  state: z.enum(MEETING_STATES),
  heldOn: z.string(),
  place: z.string().nullable(),
  purpose: z.string(),
  caseCount: z.number().int(),
  attendeeCount: z.number().int(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;
export const meetingListSchema = z.object({ items: z.array(meetingSummarySchema) });

/** An agenda case as the meeting shows it: what the meeting's purpose needs, no more. */
export const agendaCaseSchema = z.object({
  caseId: z.uuid(),
  number: z.number().int(),
  personName: z.string().nullable(),
  stage: z.string(),
  summary: z.string(),
  members: z.array(z.object({ name: z.string(), relationship: z.string() })),
  goals: z.array(z.string()),
  team: z.array(z.object({ agency: agencyRef, role: z.enum(TEAM_ROLES) })),
});

export const meetingDetailSchema = meetingSummarySchema.extend({
  version: z.number().int(),
  attendees: z.array(
    z.object({
      id: z.uuid(),
      agency: agencyRef,
      personName: z.string(),
      role: z.string().nullable(),
      /** 支援会議: when the attendee acknowledged the duty of secrecy (守秘義務). */
      secrecyAcknowledgedAt: z.string().nullable(),
    }),
  ),
  agenda: z.array(agendaCaseSchema),
  /** Non-public: shown to the coordinator and the attending agencies only. */
  minutes: z.string().nullable(),
  decisions: z.array(z.object({ caseId: z.uuid().nullable(), text: z.string() })),
  tasks: z.array(taskSchema),
  abilities: z.object({ record: z.boolean(), acknowledge: z.array(z.uuid()), close: z.boolean() }),
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;
