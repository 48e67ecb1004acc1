import type { Role } from '@tsunagu/contracts';
import type { AgencyInput } from '@tsunagu/contracts/agencies';
import type { UserActor } from '../../src/platform/auth/actor';
import type { Session, TestApp } from './test-app';

let counter = 0;

/** A valid agency input with a code unique within the test file; override what the test is about. */
export function agencyInput(overrides: Partial<AgencyInput> = {}): AgencyInput {
  counter += 1;
  return {
    code: `test-agency-${counter}`,
    name: `テスト相談室${counter}`,
    nameKana: 'てすとそうだんしつ',
    categoryCode: 'community-care-centre',
    fields: ['isolation'],
    services: [{ name: '暮らしの相談', description: '生活の困りごとを受け付けます。' }],
    districts: ['naka'],
    contact: {
      phone: '086-000-9999',
      email: 'test-agency@demo.example',
      address: '岡山市北区テスト町1-1',
      url: 'https://example.jp/soudan',
    },
    hours: '平日 9:00〜17:00',
    supportCouncilMember: false,
    capacityNote: null,
    isPublic: true,
    ...overrides,
  };
}

/** The fields of an agency response that an input carries (drops id, version, abilities …). */
export function editable(agency: object): AgencyInput {
  const { id: _i, version: _v, updatedAt: _u, abilities: _a, ...rest } = agency as Record<string, unknown>;
  return rest as AgencyInput;
}

/** Creates an agency through the API as the session and returns the response body. */
export async function createAgency(t: TestApp, session: Session, overrides: Partial<AgencyInput> = {}) {
  const res = await t.call(session, 'POST', '/api/agencies', agencyInput(overrides));
  if (res.statusCode !== 201) throw new Error(`create agency failed: ${res.statusCode} ${res.body}`);
  return res.json() as AgencyInput & { id: string; version: number };
}

/** Every agency the session (or the public) sees, in directory order. */
export async function allAgencies(t: TestApp, session: Session | null) {
  const res = await t.call(session, 'GET', '/api/agencies?limit=500');
  if (res.statusCode !== 200) throw new Error(`list agencies failed: ${res.statusCode} ${res.body}`);
  return res.json() as { items: (AgencyInput & { id: string; version: number })[]; total: number };
}

/** The demo agency with this code, as the session sees it. */
export async function agencyByCode(t: TestApp, session: Session | null, code: string) {
  const found = (await allAgencies(t, session)).items.find((a) => a.code === code);
  if (!found) throw new Error(`no agency ${code}`);
  return found;
}

/** Audit events matching a query string (action=…, entityType=…), read through the API by an auditor. */
export async function auditEvents(t: TestApp, auditor: Session, query: string) {
  const res = await t.call(auditor, 'GET', `/api/audit/events?limit=500&${query}`);
  if (res.statusCode !== 200) throw new Error(`audit list failed: ${res.statusCode} ${res.body}`);
  return res.json() as {
    total: number;
    items: {
      id: number;
      action: string;
      entityType: string;
      entityId: string | null;
      payload: Record<string, unknown>;
      occurredAt: string;
      sealed: boolean;
    }[];
  };
}

/** Signs in once per role and reuses the session (each sign-in costs an argon2id verification). */
export function sessionsOf(t: TestApp): (role: Role) => Promise<Session> {
  const cache = new Map<Role, Promise<Session>>();
  return (role) => {
    if (!cache.has(role)) cache.set(role, t.login(role));
    return cache.get(role)!;
  };
}

/**
 * The actor of a signed-in session with the given roles, to query the tables directly under
 * row-level security (runAs): the roles may differ from the user's, to ask what another role would see.
 */
export function sessionActor(
  t: TestApp,
  s: Session,
  roles: readonly Role[],
  divisionCode: string | null = null,
): UserActor {
  return {
    kind: 'user',
    tenantId: t.publicTenantId,
    userId: s.userId,
    sessionId: '',
    agencyId: s.agencyId,
    divisionCode,
    roles: [...roles],
  };
}
