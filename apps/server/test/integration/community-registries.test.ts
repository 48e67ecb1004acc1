import type {
  Board,
  BoardMatch,
  OrganisationList,
  Physician,
  PhysicianList,
} from '@tsunagu/contracts/community';
import { toIsoDate } from '@tsunagu/japan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  communitySessions,
  createOrganisation,
  createPost,
  eventFields,
  physicianInput,
  recordEvent,
} from '../support/community';
import { created, issuePaths, ok } from '../support/participation';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { dbKind } from '../support/test-db';

// The registries of community building (SPEC M6): the participating organisations (法人・企業), the
// 社会福祉法人 ↔ community matching board, and the 医療的ケア児かかりつけ医. The input they refuse is in
// community-rules.test.ts.

let t: TestApp;
let kominkan: Session; // 公民館振興室: 公民館 主催講座
let community: Session; // 地域包括ケア推進課: 地域づくり会議, organisations, board

beforeAll(async () => {
  t = await createTestApp();
  const as = communitySessions(t);
  kominkan = await as('kominkan');
  community = await as('community');
});
afterAll(() => t.close());

describe(`participating organisations at events (${dbKind()})`, () => {
  it('records the organisations at an event of a programme that records them, and only there', async () => {
    const org = await createOrganisation(t, community, { name: '社会福祉法人あさひ会' });
    const meeting = await recordEvent(t, community, {
      programmeCode: 'community-meetings',
      kindCode: 'school',
      title: '学区地域づくり会議',
      heldOn: '2019-09-01',
      themeCode: null,
      organisationIds: [org.id, org.id],
    });
    // Named twice, it took part once.
    expect(meeting.organisations).toEqual([{ id: org.id, name: '社会福祉法人あさひ会' }]);
    const refused = await t.call(kominkan, 'POST', '/api/community/events', {
      ...eventFields(meeting),
      programmeCode: 'kominkan-courses',
      kindCode: 'course',
      themeCode: 'community',
      counts: {},
    });
    expect(issuePaths(refused)).toEqual(['body.organisationIds']);
    const { items } = await ok<OrganisationList>(t, community, 'GET', '/api/community/organisations');
    expect(items.find((o) => o.id === org.id)).toMatchObject({
      firstParticipationOn: '2019-09-01',
      events: 1,
    });
  });
});

describe(`the matching board (${dbKind()})`, () => {
  it('matches a need with an offer: both matched, the organisation takes part from that day', async () => {
    const org = await createOrganisation(t, community, { name: '社会福祉法人みどり会' });
    const need = await createPost(t, community);
    const offer = await createPost(t, community, {
      kind: 'offer',
      title: '送迎車両と運転手の提供',
      organisationId: org.id,
      postedBy: '',
    });
    expect(offer.organisationName).toBe('社会福祉法人みどり会');
    const match = { needPostId: need.id, offerPostId: offer.id, agreedOn: '2024-08-05', note: '月2回' };
    const made = await ok<BoardMatch>(t, community, 'POST', '/api/community/board/matches', match, 201);
    expect([made.needTitle, made.offerTitle, made.organisationName]).toEqual([
      need.title,
      offer.title,
      org.name,
    ]);
    const board = await ok<Board>(t, community, 'GET', '/api/community/board');
    expect(board.needs.find((p) => p.id === need.id)!.status).toBe('matched');
    expect(board.offers.find((p) => p.id === offer.id)!.status).toBe('matched');
    expect(board.matches.map((m) => m.id)).toContain(made.id);
    const other = await createPost(t, community, { kind: 'offer', organisationId: org.id, postedBy: '' });
    const twice = await t.call(community, 'POST', '/api/community/board/matches', {
      ...match,
      offerPostId: other.id,
    });
    expect(twice.statusCode, twice.body).toBe(409);
    const { items } = await ok<OrganisationList>(
      t,
      community,
      'GET',
      `/api/community/organisations?q=${encodeURIComponent('みどり')}`,
    );
    expect(items.map((o) => [o.name, o.firstParticipationOn, o.events])).toEqual([
      ['社会福祉法人みどり会', '2024-08-05', 0],
    ]);
  });

  it('closes an open post at its version', async () => {
    const post = await createPost(t, community, { title: '子ども食堂の会場', fieldCode: 'venue' });
    const url = `/api/community/board/posts/${post.id}/close`;
    const closed = await ok<{ status: string }>(t, community, 'POST', url, { version: post.version });
    expect(closed.status).toBe('closed');
    expect((await t.call(community, 'POST', url, { version: post.version })).statusCode).toBe(409);
    const open = await ok<Board>(t, community, 'GET', '/api/community/board?status=closed&field=venue');
    expect(open.needs.map((p) => p.id)).toEqual([post.id]);
  });
});

describe(`医療的ケア児かかりつけ医 (${dbKind()})`, () => {
  const ids = { visits: '', tube: '', withdrawn: '', today: '' };
  const found = async (query: string) => {
    const list = await ok<PhysicianList>(t, community, 'GET', `/api/community/physicians?${query}`);
    return list.items.map((p) => Object.entries(ids).find(([, id]) => id === p.id)?.[0] ?? p.id);
  };

  it('registers physicians and finds them by care, district, home visits and whether still registered', async () => {
    const medical = await communitySessions(t)('medical');
    const add = (o: Parameters<typeof physicianInput>[0]) =>
      created<Physician>(t, medical, '/api/community/physicians', physicianInput(o));
    const visits = await add({
      clinicName: 'あ小児科',
      schoolDistrictCode: 'uchisange',
      careTypes: ['tracheostomy', 'suction'],
      homeVisits: true,
    });
    expect(visits.welfareDistrictCode).toBe('kita-chuo');
    ids.visits = visits.id;
    const tube = await add({
      clinicName: 'い内科',
      schoolDistrictCode: 'kyokuto',
      careTypes: ['tube-feeding'],
    });
    ids.tube = tube.id;
    ids.withdrawn = (
      await add({ clinicName: 'う医院', registeredOn: '2020-04-01', withdrawnOn: '2023-03-31' })
    ).id;
    // Withdrawn today in Japan: no longer current, whatever the database server's own date.
    ids.today = (
      await add({ clinicName: 'え医院', careTypes: ['tube-feeding'], withdrawnOn: toIsoDate(new Date()) })
    ).id;
    expect(await found('careType=tracheostomy')).toEqual(['visits']);
    expect(await found('careType=tracheostomy&current=false')).toEqual(['visits', 'withdrawn']);
    expect(await found('careType=tube-feeding')).toEqual(['tube']);
    expect(await found('careType=tube-feeding&current=false')).toEqual(['tube', 'today']);
    expect(await found('district=kita-chuo')).toEqual(['visits']);
    expect(await found('district=kyokuto')).toEqual(['tube']);
    expect(await found('homeVisits=true')).toEqual(['visits']);
    expect(await found('homeVisits=false')).toEqual(['tube']);
    const edited = await ok<Physician>(t, medical, 'PUT', `/api/community/physicians/${ids.tube}`, {
      ...tube,
      homeVisits: true,
    });
    expect([edited.homeVisits, edited.version]).toEqual([true, tube.version + 1]);
    expect(await found('homeVisits=true')).toEqual(['visits', 'tube']);
  });
});
