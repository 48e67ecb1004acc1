import type { Role } from '@tsunagu/contracts';
import type { Me } from '@tsunagu/contracts/auth';

/** The roles that may open each staff area. The server enforces the same rules; this only hides links. */
export const AREA_ROLES = {
  /** The directory table is for any staff member; edit buttons follow each record's abilities. */
  agencies: null,
  changeRequests: ['admin', 'planner', 'agency_manager'],
  import: ['admin', 'planner'],
  newAgency: ['admin', 'planner'],
  settings: null,
  audit: ['admin', 'auditor'],
  sessions: ['admin'],
  /** 相談受付: front-line staff of an agency (the server also requires the user to belong to one). */
  intake: ['agency_staff', 'agency_manager', 'coordinator'],
  /** 相談者をさがす: the same front-line roles; results are limited to households the agency is linked to. */
  persons: ['agency_staff', 'agency_manager', 'coordinator'],
  /** 緊急時のアクセス: the same front-line roles (the server requires the user to belong to an agency). */
  emergencyAccess: ['agency_staff', 'agency_manager', 'coordinator'],
  /** The admins' review list of emergency accesses. */
  emergencyAccesses: ['admin'],
  /** 重複の確認と統合: likely duplicates across agencies, merged by coordinators. */
  duplicates: ['coordinator'],
  /** 紹介（つなぐ）: the inbox, sending and acting on referrals (the server also requires an agency). */
  referrals: ['agency_staff', 'agency_manager', 'coordinator'],
  /** The coordinator's queue of escalated referrals and the city-wide overdue list. */
  referralQueue: ['coordinator'],
  /**
   * 紹介の実績: coordinators, planners and admins see every agency; other users of an agency see their
   * own agency and the city total.
   */
  referralMetrics: [
    'agency_staff',
    'agency_manager',
    'coordinator',
    'advisor',
    'programme_staff',
    'planner',
    'admin',
  ],
  /**
   * ケース（多機関協働）: coordinators see every escalated and coordinated case; the staff of an agency
   * and advisors see the cases their agency is on the team of.
   */
  cases: ['coordinator', 'agency_staff', 'agency_manager', 'advisor'],
  /** The coordinator's queue, triage, overdue action items and meeting planning. */
  caseQueue: ['coordinator'],
  /** 会議: the coordinator and the attending agencies (the server lists only the meetings one attends). */
  meetings: ['coordinator', 'agency_staff', 'agency_manager', 'advisor'],
  newMeeting: ['coordinator'],
  /** タスク: the action items of the user's agency (the server also requires an agency). */
  tasks: ['agency_staff', 'agency_manager', 'coordinator', 'advisor'],
  /** 事例集: anonymised stories, published to every staff member; coordinators also see drafts. */
  library: null,
  /**
   * 計画の進捗: the plan, roadmap, entries, indicators and the report. The planner and the divisions'
   * reporters work on it; the rest of the city's staff read it (it is public once approved).
   */
  plan: null,
  /** 連携アンケート: the planner sends it; each agency's manager answers for the agency. */
  surveys: ['planner', 'agency_manager'],
  /**
   * 参加支援・就労支援: the participants, matching and follow-ups of the employment programmes, their
   * employers, places to go, fairs and figures. Every signed-in staff member but the auditor; the server
   * shows each agency the participants it registered or was allocated, and lets only the programmes'
   * agencies keep employers, places and fairs.
   */
  participation: [
    'admin',
    'planner',
    'coordinator',
    'agency_manager',
    'agency_staff',
    'programme_staff',
    'division_reporter',
  ],
} as const satisfies Record<string, readonly Role[] | null>;

/** A staff area of the app. */
export type Area = keyof typeof AREA_ROLES;

/** True when the signed-in user may open the area. */
export function canUse(me: Me | null | undefined, area: Area): boolean {
  if (!me) return false;
  const roles: readonly Role[] | null = AREA_ROLES[area];
  return roles === null || me.user.roles.some((r) => roles.includes(r));
}

/** Thrown by a route guard when the user is signed in but lacks the role; shown as a 403 page. */
export class ForbiddenError extends Error {
  constructor() {
    super('forbidden');
    this.name = 'ForbiddenError';
  }
}

/** A route `beforeLoad` guard that shows the 403 page unless the user's roles cover the area. */
export function requireArea(area: Area) {
  return ({ context }: { context: { me: Me } }) => {
    if (!canUse(context.me, area)) throw new ForbiddenError();
  };
}
