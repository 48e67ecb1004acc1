import { ACTORS, type Actor } from './authorization-fixtures';

/**
 * The outcome classes of a cell: ok (2xx, or a 400/409/422 of a request that passed authorization),
 * denied (403), hidden (404: existence not revealed), filtered (200 without the fixture), 401.
 */
export type Outcome = 'ok' | 'denied' | 'hidden' | 'filtered' | '401';
const CODES: Record<string, Outcome> = { O: 'ok', D: 'denied', H: 'hidden', F: 'filtered', U: '401' };

// Shorthands for whole rows (columns as in the header below).
const PUBLIC = 'O O O O O O O O O O O O O';
const SIGNED_IN = 'U O O O O O O O O O O O O';
const ADMIN = 'U O D D D D D D D D D D D';
const PLANNER = 'U O O D D D D D D D D D D';
const AUDIT = 'U O D D D D D D D D D D O';
const COORD = 'U D D O D D D D D D D D D';
/** A household of agency A: only A's front line sees it; everyone else gets 404. */
const HOUSEHOLD = 'U H H H H O O H H H H H H';
/** A case with agency A on the team: the team and the coordinator see it. */
const CASE_TEAM = 'U H H O H O O H H H H H H';
/** A participant registered by agency A and allocated to the programme desk. */
const PARTICIPANT = 'U H H H H O O H H O H H H';
/** Community records of the owning division: admin, planner, its programme staff and reporter. */
const DIVISION_WRITE = 'U O O D D D D D O D O D D';
/** The same for records of a division other than the reporter's (dispatch, physicians). */
const OTHER_DIVISION_WRITE = 'U O O D D D D D D D O D D';

// SPEC §4, ADR 0003/0006/0011–0014: what each actor gets from each endpoint, on the fixtures.
// A role that may never do a write gets 403 before any lookup (the same for every id, so it reveals
// nothing); an actor of a permitted role without a link to the record gets 404.
// Known disagreements with SPEC §4, to be resolved in the access rules (not in this table):
// - "Planners and programme staff see aggregates, not case records": the desk (programme_staff at the
//   agency a participant is allocated to) holds a participation live link (ADR 0013) on the whole
//   household, so it reads every member, the 本人's consents and 要配慮個人情報, and exports and prints
//   the つなぐシート (the desk column of the household rows below), though its job seeker is another
//   member. The link checks (app_sees_household, app_linked_person, app_visible_cases) ask for the
//   agency, never the role: programme staff or an advisor at an agency on a case team read the case
//   too (not exercised here: the team write adds an agency none of the actors works at).
// - The admin, who belongs to no agency, lists, dismisses and merges duplicate pairs across the tenant
//   (ADR 0009); SPEC §4 gives a user households only through their agency's live links.
// biome-ignore format: the access rule reads best as a table
const ROWS: Record<string, string> = {
  //                                                        out adm pln crd adv mgr own oth rep dsk pOw pOt aud
  'GET /api/health':                                        PUBLIC,
  'POST /api/auth/login':                                   PUBLIC,
  'POST /api/auth/logout':                                  SIGNED_IN,
  'GET /api/auth/me':                                       SIGNED_IN,
  'POST /api/auth/password':                                SIGNED_IN,
  'GET /api/admin/sessions':                                ADMIN,
  'DELETE /api/admin/sessions/{id}':                        ADMIN,
  'GET /api/agencies':                                      PUBLIC,
  'POST /api/agencies':                                     PLANNER,
  'GET /api/agencies/export/hsds.json':                     PUBLIC,
  'GET /api/agencies/export.csv':                           PUBLIC,
  'GET /api/agencies/export.xlsx':                          PUBLIC,
  'GET /api/agencies/{id}':                                 PUBLIC,
  'PUT /api/agencies/{id}':                                 PLANNER,
  'POST /api/agencies/import':                              PLANNER,
  'POST /api/agencies/{id}/change-requests':                'U D D D D O D D D D D D D',
  'GET /api/agency-change-requests':                        'U O O D D O D D D D D D D',
  'POST /api/agency-change-requests/{id}/decision':         PLANNER,
  'GET /api/code-lists':                                    PUBLIC,
  'POST /api/code-lists/{list}':                            ADMIN,
  'PUT /api/code-lists/items/{id}':                         ADMIN,
  'GET /api/tenant':                                        PUBLIC,
  'GET /api/settings':                                      SIGNED_IN,
  'PUT /api/settings':                                      ADMIN,
  'GET /api/audit/events':                                  AUDIT,
  'POST /api/audit/verify':                                 AUDIT,
  'POST /api/intakes':                                      'U D D O D O O O D D D D D',
  'GET /api/households/{id}':                               'U H H H H O O H H O H H H',
  'PUT /api/households/{id}':                               'U D D H D O O H D D D D D',
  'GET /api/persons':                                       'U F F F F O O F F O F F F',
  'PUT /api/persons/{id}':                                  'U D D H D O O H D D D D D',
  'POST /api/households/{id}/members':                      'U D D H D O O H D D D D D',
  'PUT /api/households/{id}/members/{personId}':            'U D D H D O O H D D D D D',
  'DELETE /api/households/{id}/members/{personId}':         'U D D H D O O H D D D D D',
  'GET /api/households/{id}/history':                       'U H H H H O O H H O H H H',
  'GET /api/persons/{id}/sensitive':                        'U H H H H O O H H O H H H',
  'POST /api/persons/{id}/sensitive':                       'U D D H D O O H D D D D D',
  'POST /api/households/{id}/print':                        'U H H H H O O H H O H H H',
  'POST /api/persons/duplicates':                           'U D D O D O O O D O D D D',
  'GET /api/admin/duplicate-pairs':                         'U D D O D D D D D D D D D',
  'POST /api/admin/duplicate-pairs/dismiss':                'U D D O D D D D D D D D D',
  'POST /api/persons/{id}/merge':                           'U D D O D D D D D D D D D',
  'POST /api/address-districts/lookup':                     SIGNED_IN,
  'POST /api/persons/{id}/consents':                        'U D D H D O O H D D D D D',
  'GET /api/persons/{id}/consents':                         'U H H H H O O H H O H H H',
  'POST /api/consents/{id}/withdraw':                       'U D D H D O O H D D D D D',
  'POST /api/emergency-access':                             'U D D O D O O O D D D D D',
  'GET /api/admin/emergency-accesses':                      'U O D O O O O O D O D D D',
  'GET /api/intake-draft':                                  'U D D H D H H H D D D D D',
  'PUT /api/intake-draft':                                  'U D D O D O O O D D D D D',
  'DELETE /api/intake-draft':                               'U D D O D O O O D D D D D',
  'GET /api/households/{id}/sheet.xlsx':                    'U H H H H O O H H O H H H',
  'POST /api/referrals':                                    'U D D H D O O H D D D D D',
  'GET /api/referrals':                                     'U D D F F O O F D F D D D',
  'GET /api/referrals/counts':                              SIGNED_IN,
  'GET /api/referrals/metrics':                             'U O O O O O O O D O D D D',
  'GET /api/referrals/{id}':                                HOUSEHOLD,
  'POST /api/referrals/{id}/accept':                        'U H H H H D D H H H H H H',
  'POST /api/referrals/{id}/start':                         'U H H H H D D H H H H H H',
  'POST /api/referrals/{id}/complete':                      'U H H H H D D H H H H H H',
  'POST /api/referrals/{id}/hand-on':                       'U H H H H D D H H H H H H',
  'POST /api/referrals/{id}/escalate':                      'U H H H H D D H H H H H H',
  'GET /api/notifications':                                 'U F F F F F O F F F F F F',
  'POST /api/notifications/read':                           SIGNED_IN,
  'POST /api/notifications/{id}/read':                      'U H H H H H O H H H H H H',
  'GET /api/cases/queue':                                   COORD,
  'POST /api/cases':                                        'U D D H D O O H D D D D D',
  'GET /api/cases':                                         'U F F O F O O F F F F F F',
  'POST /api/cases/triage':                                 COORD,
  'GET /api/cases/{id}':                                    CASE_TEAM,
  'GET /api/cases/{id}/records':                            CASE_TEAM,
  'POST /api/cases/{id}/team':                              'U D D O D D D D D D D D D',
  'POST /api/cases/{id}/team/end':                          'U D D O D D D D D D D D D',
  'POST /api/cases/{id}/contacts':                          'U D D O D D D D D D D D D',
  'POST /api/cases/{id}/outreach':                          'U D D O H O O H D D D D D',
  'POST /api/cases/{id}/records':                           'U D D O H O O H D D D D D',
  'POST /api/cases/{id}/close':                             'U D D O D D D D D D D D D',
  'POST /api/cases/{id}/review':                            'U D D O D D D D D D D D D',
  'POST /api/cases/{id}/plans':                             'U D D O H O O H D D D D D',
  'POST /api/plans/{id}/approve':                           'U D D O D D D D D D D D D',
  'GET /api/cases/{id}/plan.xlsx':                          CASE_TEAM,
  'POST /api/cases/{id}/plan/print':                        CASE_TEAM,
  'GET /api/monitorings':                                   'U F F O F O O F F F F F F',
  'POST /api/monitorings/{id}':                             'U D D O D D D D D D D D D',
  'GET /api/tasks':                                         'U D D F F O O F D F D D D',
  'GET /api/tasks/overdue':                                 COORD,
  'POST /api/tasks/{id}/done':                              CASE_TEAM,
  'GET /api/cases/statistics':                              SIGNED_IN,
  'POST /api/meetings':                                     COORD,
  'GET /api/meetings':                                      'U F F O F O O F F F F F F',
  'GET /api/meetings/{id}':                                 CASE_TEAM,
  'POST /api/meetings/{id}/acknowledge':                    CASE_TEAM,
  'POST /api/meetings/{id}/minutes':                        'U D D O D D D D D D D D D',
  'POST /api/meetings/{id}/close':                          'U D D O D D D D D D D D D',
  'POST /api/cases/{id}/story':                             'U D D O D D D D D D D D D',
  'GET /api/stories':                                       'U O F O F F F F F F F F F',
  'GET /api/stories/{id}':                                  'U O H O H H H H H H H H H',
  'PUT /api/stories/{id}':                                  'U O H O H H H H H H H H H',
  'POST /api/stories/{id}/submit':                          'U D H O H H H H H H H H H',
  'POST /api/stories/{id}/publish':                         'U O H D H H H H H H H H H',
  'POST /api/stories/{id}/return':                          'U O H O H H H H H H H H H',
  'GET /api/plan':                                          SIGNED_IN,
  'GET /api/plan/indicators':                               SIGNED_IN,
  'PUT /api/plan/indicators/{id}':                          'U D O D D D D D D D D D D',
  'PUT /api/plan/indicators/{id}/values/{fiscalYear}':      'U D O D D D D D D D D D D',
  'GET /api/plan/metrics':                                  SIGNED_IN,
  'GET /api/plan/metrics/{key}/values':                     SIGNED_IN,
  'GET /api/plan/report':                                   SIGNED_IN,
  'GET /api/plan/report.xlsx':                              SIGNED_IN,
  'POST /api/plan/report/print':                            SIGNED_IN,
  'GET /api/public/progress':                               PUBLIC,
  'GET /api/plan/entries':                                  SIGNED_IN,
  'POST /api/plan/entries':                                 'U D O D D D D D O D D D D',
  'GET /api/plan/entries/{id}':                             SIGNED_IN,
  'PUT /api/plan/entries/{id}':                             'U D O D D D D D O D D D D',
  'POST /api/plan/entries/{id}/submit':                     'U D O D D D D D O D D D D',
  'POST /api/plan/entries/{id}/approve':                    'U D O D D D D D D D D D D',
  'POST /api/plan/entries/{id}/return':                     'U D O D D D D D D D D D D',
  'POST /api/plan/entries/{id}/comment':                    'U D O D D D D D O D D D D',
  'GET /api/plan/surveys':                                  'U D O D D D D D D D D D D',
  'POST /api/plan/surveys':                                 'U D O D D D D D D D D D D',
  'GET /api/plan/surveys/{id}':                             'U D O D D D D D D D D D D',
  'POST /api/plan/surveys/{id}/close':                      'U D O D D D D D D D D D D',
  'GET /api/plan/survey-requests':                          SIGNED_IN,
  'POST /api/plan/surveys/{id}/answer':                     'U D D D D O D D D D D D D',
  'GET /api/participation/participants':                    'U F F F F O O F F O F F F',
  'POST /api/participation/participants':                   'U D D H D O O H D O D D D',
  'GET /api/participation/participants/{id}':               PARTICIPANT,
  'PUT /api/participation/participants/{id}':               PARTICIPANT,
  'POST /api/participation/participants/{id}/assign':       'U H H H H D D H H O H H H',
  'POST /api/participation/participants/{id}/close':        PARTICIPANT,
  // Linking a participant to a case needs the case too: the desk is not on the fixture case's team.
  'POST /api/participation/participants/{id}/case':         'U H H H H O O H H H H H H',
  'GET /api/participation/participants/{id}/suggestions':   PARTICIPANT,
  'GET /api/participation/openings/{id}/suggestions':       'U F F F F O O F F O F F F',
  'GET /api/participation/places/{id}/suggestions':         'U F F F F O O F F O F F F',
  'POST /api/participation/matches':                        PARTICIPANT,
  'POST /api/participation/matches/{id}/trial':             PARTICIPANT,
  'POST /api/participation/matches/{id}/place':             PARTICIPANT,
  'POST /api/participation/matches/{id}/end':               PARTICIPANT,
  'POST /api/participation/matches/{id}/decline':           PARTICIPANT,
  'POST /api/participation/follow-ups/{id}':                PARTICIPANT,
  'GET /api/participation/follow-ups':                      'U F F F F O O F F O F F F',
  'GET /api/participation/programmes':                      SIGNED_IN,
  'GET /api/participation/statistics':                      SIGNED_IN,
  'GET /api/participation/employers':                       SIGNED_IN,
  'POST /api/participation/employers':                      'U O D D D D D D D O O O D',
  'GET /api/participation/employers/{id}':                  SIGNED_IN,
  'PUT /api/participation/employers/{id}':                  'U O D D D D D D D O O O D',
  'POST /api/participation/employers/{id}/openings':        'U O D D D D D D D O O O D',
  'PUT /api/participation/openings/{id}':                   'U O D D D D D D D O O O D',
  'GET /api/participation/places':                          SIGNED_IN,
  'POST /api/participation/places':                         'U O D D D D D D D O O O D',
  'PUT /api/participation/places/{id}':                     'U O D D D D D D D O O O D',
  'GET /api/participation/fairs':                           SIGNED_IN,
  'POST /api/participation/fairs':                          'U O D D D D D D D O O O D',
  'PUT /api/participation/fairs/{id}':                      'U O D D D D D D D O O O D',
  'GET /api/community/programmes':                          SIGNED_IN,
  'GET /api/community/programmes/{code}/events':            SIGNED_IN,
  'GET /api/community/programmes/{code}/events.xlsx':       SIGNED_IN,
  'GET /api/community/programmes/{code}/totals':            SIGNED_IN,
  'POST /api/community/events':                             DIVISION_WRITE,
  'GET /api/community/events/{id}':                         SIGNED_IN,
  'PUT /api/community/events/{id}':                         DIVISION_WRITE,
  'GET /api/community/councils':                            SIGNED_IN,
  'PUT /api/community/councils/{schoolDistrictCode}/{fiscalYear}': DIVISION_WRITE,
  'POST /api/community/councils/carry-forward':             DIVISION_WRITE,
  'GET /api/community/figures':                             SIGNED_IN,
  'GET /api/community/advisors':                            SIGNED_IN,
  'POST /api/community/advisors':                           OTHER_DIVISION_WRITE,
  'PUT /api/community/advisors/{id}':                       OTHER_DIVISION_WRITE,
  'GET /api/community/dispatches':                          'U O O F F F F F F F O F O',
  'POST /api/community/dispatches':                         OTHER_DIVISION_WRITE,
  'POST /api/community/dispatches/eligibility':             'U O O O O O O O O O O O O',
  'GET /api/community/dispatches/due':                      'U O O F F F F F F F O F O',
  'GET /api/community/dispatches/{id}':                     'U O O H H H H H H H O H O',
  'POST /api/community/dispatches/{id}/schedule':           OTHER_DIVISION_WRITE,
  'POST /api/community/dispatches/{id}/session':            OTHER_DIVISION_WRITE,
  'POST /api/community/dispatches/{id}/follow-ups':         OTHER_DIVISION_WRITE,
  'POST /api/community/dispatches/{id}/close':              OTHER_DIVISION_WRITE,
  'POST /api/community/dispatches/{id}/withdraw':           OTHER_DIVISION_WRITE,
  'GET /api/community/organisations':                       SIGNED_IN,
  'POST /api/community/organisations':                      'U O O D D D D D O D O O D',
  'PUT /api/community/organisations/{id}':                  'U O O D D D D D O D O O D',
  'GET /api/community/physicians':                          SIGNED_IN,
  'POST /api/community/physicians':                         OTHER_DIVISION_WRITE,
  'PUT /api/community/physicians/{id}':                     OTHER_DIVISION_WRITE,
  'GET /api/community/board':                               SIGNED_IN,
  'POST /api/community/board/posts':                        DIVISION_WRITE,
  'PUT /api/community/board/posts/{id}':                    DIVISION_WRITE,
  'POST /api/community/board/posts/{id}/close':             DIVISION_WRITE,
  'POST /api/community/board/matches':                      DIVISION_WRITE,
};

/** The expected table: endpoint key → actor → outcome. */
export const EXPECTED: Record<string, Record<Actor, Outcome>> = Object.fromEntries(
  Object.entries(ROWS).map(([key, row]) => {
    const cells = row.split(' ');
    if (cells.length !== ACTORS.length) throw new Error(`${key}: ${cells.length} cells`);
    return [key, Object.fromEntries(ACTORS.map((a, i) => [a, CODES[cells[i]!]!]))];
  }),
) as Record<string, Record<Actor, Outcome>>;
