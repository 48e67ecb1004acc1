import { useCallback } from 'react';
import { useT } from '../../lib/i18n';
import { controlPath } from './form-values';
import { intakeMessages } from './messages';

type IntakeKey = keyof (typeof intakeMessages)['ja'];

const TOP: Record<string, IntakeKey> = {
  receivedOn: 'receivedOn',
  channel: 'channel',
  visitor: 'visitor',
  urgency: 'urgency',
  summary: 'summary',
  accommodation: 'accommodation',
  members: 'sectionMembers',
  mainProblem: 'sectionMain',
  consent: 'sectionConsent',
};

const CONSENT: Record<string, IntakeKey> = {
  members: 'consentMembers',
  purpose: 'consentPurpose',
  scopeAgencyIds: 'consentScope',
  scopeAgencyCategories: 'consentCategories',
  method: 'consentMethod',
  obtainedOn: 'consentObtainedOn',
  note: 'consentNote',
};

const MEMBER: Record<string, IntakeKey> = {
  'person.familyName': 'familyName',
  'person.givenName': 'givenName',
  'person.familyNameKana': 'familyNameKana',
  'person.givenNameKana': 'givenNameKana',
  'person.birthDate': 'birthDate',
  'person.sex': 'sex',
  'person.address': 'address',
  'person.schoolDistrictCode': 'schoolDistrict',
  'person.phones': 'phone',
  relationship: 'relationship',
  livesTogether: 'livesTogether',
  problems: 'problems',
};

/**
 * The screen name of an intake field path: 'members.1.person.familyNameKana' → 世帯員 2 ふりがな（せい）,
 * 'consent.obtainedOn' → 同意（情報共有） 取得日.
 */
export function useIntakeFieldLabel(): (path: string) => string {
  const t = useT(intakeMessages);
  return useCallback(
    (raw: string) => {
      const path = controlPath(raw);
      const member = /^members\.(\d+)(?:\.(.+))?$/.exec(path);
      if (member) {
        const n = Number(member[1]) + 1;
        const key = member[2] ? MEMBER[member[2]] : undefined;
        return key ? `${t('memberN', { n })} ${t(key)}` : t('memberN', { n });
      }
      const consent = /^consent\.(.+)$/.exec(path);
      const consentKey = consent ? CONSENT[consent[1]!] : undefined;
      if (consentKey) return `${t('sectionConsent')} ${t(consentKey)}`;
      const key = TOP[path];
      return key ? t(key) : path;
    },
    [t],
  );
}
