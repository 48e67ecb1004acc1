import type { CodeLists } from '@tsunagu/contracts/settings';
import { useLabel, useT } from '../../../lib/i18n';
import { activeItems } from '../../settings/api';
import { SchoolDistrictGroups } from '../../settings/components/SchoolDistrictGroups';
import { intakeMessages } from '../messages';

/** The options of a 小学校区 select: "not chosen", then one optgroup per welfare district. */
export function SchoolDistrictOptions({ lists }: { lists: CodeLists | undefined }) {
  const t = useT(intakeMessages);
  const label = useLabel();
  const welfare = activeItems(lists, 'welfare_district');
  const schools = activeItems(lists, 'school_district');
  const grouped = new Set(welfare.map((w) => w.code));
  const loose = schools.filter((s) => !s.parentCode || !grouped.has(s.parentCode));
  return (
    <>
      <option value="">{t('noSchoolDistrict')}</option>
      <SchoolDistrictGroups lists={lists} groupLabel={(name) => t('schoolDistrictsOf', { name })} />
      {loose.map((s) => (
        <option key={s.code} value={s.code}>
          {label(s)}
        </option>
      ))}
    </>
  );
}
