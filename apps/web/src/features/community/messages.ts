import { defineMessages } from '../../lib/i18n';

/** Words of the feature's frame and the links between its pages (the main menu uses `title`). */
export const communityMessages = defineMessages({
  ja: {
    title: '地域づくり',
    lead: '小学校区・地区ごとの支え合い推進会議、各課の講座・研修・会議の記録、アドバイザー派遣、登録制度とマッチングをまとめて扱います。',
    navLabel: '地域づくりのページ',
    navHub: '概要',
    navCouncils: '支え合い推進会議',
    navDispatch: 'アドバイザー派遣',
    navAdvisors: 'アドバイザー',
    navPhysicians: 'かかりつけ医',
    navBoard: 'マッチング',
    navOrganisations: '法人・企業',
    navFigures: '実績',
  },
  en: {
    title: 'Community building',
    lead: 'The community councils of the school districts, the courses, trainings and meetings of the divisions, advisor dispatch, the registries and the matching board.',
    navLabel: 'Community pages',
    navHub: 'Overview',
    navCouncils: 'Community councils',
    navDispatch: 'Advisor dispatch',
    navAdvisors: 'Advisors',
    navPhysicians: 'Physicians',
    navBoard: 'Matching board',
    navOrganisations: 'Organisations',
    navFigures: 'Figures',
  },
});
