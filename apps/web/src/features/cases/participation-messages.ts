import { defineMessages } from '../../lib/i18n';

/** Words of the case page's 参加支援 tab. */
export const caseParticipationMessages = defineMessages({
  ja: {
    heading: '参加支援（就労・通いの場）',
    lead: 'このケースの本人の、就労や通いの場への参加支援の状況です。登録すると、支援機関の進み具合（マッチング・体験・就労・定着支援）がここに表示されます。',
    empty: 'このケースにつながる参加支援の登録はありません。',
    register: '参加支援に登録する',
    open: '開く',
    link: 'このケースにつなぐ',
    unlinked: 'ケースにつながっていない登録',
    caseColumn: 'このケースとの関係',
    linked: 'このケースの支援',
    programme: '事業',
    stage: '段階',
    agency: '振分け先',
    nextFollowUp: '次の定着支援',
    registered: '登録日',
    caption: '参加支援の登録 {count}件',
  },
  en: {
    heading: 'Participation support (work and places to go)',
    lead: "The person's support into work or a place to go. Once registered, the agencies' progress (matching, trial, placement, follow-ups) shows here.",
    empty: 'No participation support is registered for this case.',
    register: 'Register for participation support',
    open: 'Open',
    link: 'Link to this case',
    unlinked: 'Not linked to the case yet',
    caseColumn: 'Link to this case',
    linked: 'Part of this case',
    programme: 'Programme',
    stage: 'Stage',
    agency: 'Allocated to',
    nextFollowUp: 'Next follow-up',
    registered: 'Registered',
    caption: '{count} participation records',
  },
});
