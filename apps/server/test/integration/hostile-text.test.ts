import { hasControlCharacters, hasLoneSurrogate } from '@tsunagu/contracts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToTeam, openCoordinatedCase } from '../support/cases';
import { eventInput } from '../support/community';
import { agencyByCode, agencyInput } from '../support/factories';
import { HOSTILE_STRINGS, hostileString } from '../support/hostile';
import { changedTables, fingerprint, fingerprintedTables } from '../support/hostile-db';
import { clientOf, readHousehold, soloIntake } from '../support/households';
import { employerInput } from '../support/participation';
import { consentingHousehold, readReferral } from '../support/referrals';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

/**
 * Hostile text inside otherwise valid writes: the other half of the bad-input proof. The fuzzer of
 * every endpoint (hostile-input.test.ts) mostly meets validation and access checks; here each request
 * is one its user may make, with one free-text field replaced by hostile text (SQL and HTML injection,
 * odd and broken Unicode, control characters, 100,000 characters). The field's documented rule decides:
 * text it allows is stored and read back exactly (single-line text, and a referral's reason, trimmed);
 * text it refuses gets a 400 naming that field and changes no row.
 *
 * Runs per field: TSUNAGU_FUZZ_RUNS × 4 (default 12), every fixed classic of HOSTILE_STRINGS as well.
 */
const RUNS = Number(process.env.TSUNAGU_FUZZ_RUNS ?? 3) * 4;
const SEED = process.env.TSUNAGU_FUZZ_SEED ? Number(process.env.TSUNAGU_FUZZ_SEED) : Date.now() % 2 ** 31;

type Answer = { statusCode: number; body: string; json: () => unknown };

/** Who writes: demo users by role, and the 公民館振興室's programme staff (community events). */
const WRITERS = {
  agency_staff: 'staff@demo.example',
  coordinator: 'coordinator@demo.example',
  planner: 'planner@demo.example',
  programme_staff: 'programme@demo.example',
  kominkan: 'kominkan@demo.example',
} as const;
type Writer = keyof typeof WRITERS;

/** One free-text field of one write, its rule, and how to read the stored text back. */
type Field = {
  name: string;
  by: Writer;
  /** Single-line text is trimmed before it is checked and allows no tab or newline. */
  lines: 'single' | 'multi';
  /** Multi-line text the service stores trimmed (a referral's reason); other multi-line text is kept as sent. */
  trims?: boolean;
  max: number;
  required: boolean;
  /** The path the 400's issue names. */
  issuePath: RegExp;
  write: (s: Session, text: string) => Promise<Answer>;
  /** The stored text, read through the API after a successful write. */
  readBack: (s: Session, answer: Answer) => Promise<string>;
};

/** What the field's rule makes of the text: the text stored, or null when it must be refused. */
function expected(field: Field, text: string): string | null {
  const checked = field.lines === 'single' ? text.trim() : text;
  if (checked.length > field.max) return null;
  if (hasControlCharacters(checked, field.lines === 'multi')) return null;
  if (hasLoneSurrogate(checked)) return null;
  if (field.required && checked.trim().length === 0) return null;
  return field.trims ? checked.trim() : checked;
}

let t: TestApp;
let tables: string[];
const sessions = new Map<Writer, Session>();
const fields: Field[] = [];
const outcomes = { stored: 0, refused: 0 };

beforeAll(async () => {
  t = await createTestApp();
  tables = await fingerprintedTables(t.db);
  for (const [who, email] of Object.entries(WRITERS)) sessions.set(who as Writer, await t.loginAs(email));
  const staff = sessions.get('agency_staff')!;
  const coordinator = sessions.get('coordinator')!;
  const naka = (await agencyByCode(t, staff, 'hokatsu-naka')).id;
  const referred = await consentingHousehold(t, staff, { agencyIds: [naka] });
  const { caseId } = await openCoordinatedCase(t, staff, coordinator, {
    familyName: '灰田',
    familyNameKana: 'ハイダ',
  });
  await addToTeam(t, coordinator, caseId, naka);
  const json = <T>(a: Answer) => a.json() as T;
  /** The created record read again at `${base}/{its id}`: its `key`. */
  const readAgain = (base: string, key: string) => async (s: Session, a: Answer) => {
    const res = await t.call(s, 'GET', `${base}/${json<{ id: string }>(a).id}`);
    expect(res.statusCode, res.body).toBe(200);
    return json<Record<string, string>>(res)[key]!;
  };

  fields.push(
    {
      name: 'POST /api/intakes · members.0.person.familyName',
      by: 'agency_staff',
      lines: 'single',
      max: 50,
      required: true,
      issuePath: /^body\.members\.0\.person\.familyName$/,
      write: (s, text) => t.call(s, 'POST', '/api/intakes', soloIntake({ familyName: text })),
      readBack: async (s, a) => {
        const household = await readHousehold(t, s, json<{ householdId: string }>(a).householdId);
        const self = household.members.find((m) => m.person.id === clientOf(household))!;
        return self.person.familyName;
      },
    },
    {
      name: 'POST /api/intakes · summary',
      by: 'agency_staff',
      lines: 'multi',
      max: 4000,
      required: false,
      issuePath: /^body\.summary$/,
      write: (s, text) => t.call(s, 'POST', '/api/intakes', { ...soloIntake({}), summary: text }),
      readBack: async (s, a) =>
        (await readHousehold(t, s, json<{ householdId: string }>(a).householdId)).intakes[0]!.summary,
    },
    {
      name: 'POST /api/referrals · reason',
      by: 'agency_staff',
      lines: 'multi',
      trims: true,
      max: 2000,
      required: true,
      issuePath: /^body\.reason$/,
      write: (s, text) =>
        t.call(s, 'POST', '/api/referrals', {
          ...referred,
          toAgencyIds: [naka],
          reason: text,
          basis: 'consent',
        }),
      readBack: async (s, a) =>
        (await readReferral(t, s, json<{ items: { id: string }[] }>(a).items[0]!.id)).reason,
    },
    {
      name: 'POST /api/cases/{id}/records · body',
      by: 'coordinator',
      lines: 'multi',
      max: 4000,
      required: true,
      issuePath: /^body\.body$/,
      write: (s, text) =>
        t.call(s, 'POST', `/api/cases/${caseId}/records`, { occurredOn: '2025-06-02', body: text }),
      readBack: async (_s, a) => json<{ records: { body: string }[] }>(a).records[0]!.body,
    },
    {
      name: 'POST /api/agencies · name',
      by: 'planner',
      lines: 'single',
      max: 120,
      required: true,
      issuePath: /^body\.name$/,
      write: (s, text) => t.call(s, 'POST', '/api/agencies', agencyInput({ name: text })),
      readBack: readAgain('/api/agencies', 'name'),
    },
    {
      name: 'POST /api/community/events · title',
      by: 'kominkan',
      lines: 'single',
      max: 200,
      required: true,
      issuePath: /^body\.title$/,
      write: (s, text) => t.call(s, 'POST', '/api/community/events', eventInput({ title: text })),
      readBack: readAgain('/api/community/events', 'title'),
    },
    {
      name: 'POST /api/participation/employers · note',
      by: 'programme_staff',
      lines: 'multi',
      max: 1000,
      required: false,
      issuePath: /^body\.note$/,
      write: (s, text) => t.call(s, 'POST', '/api/participation/employers', employerInput({ note: text })),
      readBack: readAgain('/api/participation/employers', 'note'),
    },
  );
});
afterAll(() => t.close());

/** Writes the text into the field and checks what the rule says: stored exactly, or refused by name. */
async function attempt(field: Field, text: string) {
  const session = sessions.get(field.by)!;
  const want = expected(field, text);
  const before = await fingerprint(t.db, tables);
  const res = await field.write(session, text);
  const shown = JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…(${text.length})` : text);
  expect(res.statusCode, `${field.name} ${shown}: ${res.body.slice(0, 400)}`).toBeLessThan(500);
  if (want === null) {
    expect(res.statusCode, `${field.name} ${shown} must be refused`).toBe(400);
    const { error } = JSON.parse(res.body) as { error: { issues?: { path: string }[] } };
    expect(error.issues?.map((i) => i.path) ?? []).toContainEqual(expect.stringMatching(field.issuePath));
    expect(changedTables(before, await fingerprint(t.db, tables))).toEqual([]);
    outcomes.refused += 1;
  } else {
    expect(res.statusCode, `${field.name} ${shown}: ${res.body.slice(0, 400)}`).toBeLessThan(300);
    expect(await field.readBack(session, res)).toBe(want);
    outcomes.stored += 1;
  }
}

describe(`hostile text in valid writes is stored exactly or refused by name (${dbKind()})`, () => {
  it('holds for every field, with every classic and generated text', async () => {
    console.info(`hostile text: ${RUNS} generated texts per field, seed ${SEED}`);
    const failures: string[] = [];
    for (const field of fields) {
      const details = await fc.check(
        fc.asyncProperty(hostileString, (text) => attempt(field, text)),
        // The examples count among the runs: every classic, then RUNS generated texts.
        { numRuns: HOSTILE_STRINGS.length + RUNS, seed: SEED, examples: HOSTILE_STRINGS.map((s) => [s]) },
      );
      if (details.failed)
        failures.push(
          `${field.name} (TSUNAGU_FUZZ_SEED=${SEED})\n${String(details.errorInstance).slice(0, 1500)}`,
        );
    }
    expect(failures.join('\n\n')).toBe('');
    console.info('hostile text: outcomes', outcomes);
    // Both halves of the rule were exercised on every run: the classics include both kinds.
    expect(outcomes.stored).toBeGreaterThanOrEqual(fields.length * 10);
    expect(outcomes.refused).toBeGreaterThanOrEqual(fields.length * 3);
  }, 600_000);
});
