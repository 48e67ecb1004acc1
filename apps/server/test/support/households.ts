import type { Household, IntakeCreate, PersonInput } from '@tsunagu/contracts/households';
import type { Session, TestApp } from './test-app';

/** A person as the intake form sends it; override what the test is about. */
export function personInput(overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    familyName: '髙橋',
    givenName: '𠮷子',
    familyNameKana: 'タカハシ',
    givenNameKana: 'ヨシコ',
    birthDate: '1948-02-29',
    sex: 'female',
    address: '岡山市北区鹿田町1-1-1',
    schoolDistrictCode: null,
    phones: ['086-000-1111'],
    ...overrides,
  };
}

/** An intake of a two-person household: the client (異体字 in the name) and a son. */
export function intakeInput(overrides: Partial<IntakeCreate> = {}): IntakeCreate {
  return {
    receivedOn: '2025-05-07',
    channel: 'visit',
    visitor: 'self',
    summary: '介護と家計の相談。息子が就労していない。',
    urgency: 'normal',
    accommodation: '耳が遠いので、ゆっくり話してほしい。',
    members: [
      {
        person: personInput(),
        relationship: 'self',
        livesTogether: true,
        problems: ['long-term-care', 'income-work'],
      },
      {
        person: personInput({
          givenName: '一郎',
          familyNameKana: 'たかはし',
          givenNameKana: 'いちろう',
          birthDate: '1978-06-01',
          sex: 'male',
          address: null,
          phones: [],
        }),
        relationship: 'child',
        livesTogether: true,
        problems: ['hikikomori'],
      },
    ],
    mainProblem: { member: 0, code: 'long-term-care' },
    consent: null,
    ...overrides,
  };
}

/** A one-person intake for the person described; the member's problem is 'isolation'. */
export function soloIntake(person: Partial<PersonInput>): IntakeCreate {
  return intakeInput({
    members: [
      { person: personInput(person), relationship: 'self', livesTogether: true, problems: ['isolation'] },
    ],
    mainProblem: { member: 0, code: 'isolation' },
  });
}

/** Records an intake through the API and returns its ids. */
export async function recordIntake(t: TestApp, session: Session, input: IntakeCreate = intakeInput()) {
  const res = await t.call(session, 'POST', '/api/intakes', input);
  if (res.statusCode !== 201) throw new Error(`intake failed: ${res.statusCode} ${res.body}`);
  return res.json() as { intakeId: string; householdId: string };
}

/** The household as the session sees it; throws unless the read answers 200. */
export async function readHousehold(t: TestApp, session: Session, householdId: string): Promise<Household> {
  const res = await t.call(session, 'GET', `/api/households/${householdId}`);
  if (res.statusCode !== 200) throw new Error(`household read failed: ${res.statusCode} ${res.body}`);
  return res.json() as Household;
}

/** The person id of the household's 本人 (the member whose relationship is 'self'). */
export function clientOf(household: Household): string {
  const self = household.members.find((m) => m.relationship === 'self');
  if (!self) throw new Error(`household ${household.id} has no client`);
  return self.person.id;
}
