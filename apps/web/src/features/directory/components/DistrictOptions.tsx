import type { CodeLists } from '@tsunagu/contracts/settings';
import { useLabel, useT } from '../../../lib/i18n';
import { activeItems } from '../../settings/api';
import { SchoolDistrictGroups } from '../../settings/components/SchoolDistrictGroups';
import { directoryMessages } from '../messages';

/**
 * The options of a 地区 select: the welfare districts first, then each welfare district's school
 * districts in their own optgroup.
 */
export function DistrictOptions({ lists }: { lists: CodeLists | undefined }) {
  const t = useT(directoryMessages);
  const label = useLabel();
  const welfare = activeItems(lists, 'welfare_district');
  return (
    <>
      <option value="">{t('anyDistrict')}</option>
      <optgroup label={t('welfareDistricts')}>
        {welfare.map((w) => (
          <option key={w.code} value={w.code}>
            {label(w)}
          </option>
        ))}
      </optgroup>
      <SchoolDistrictGroups lists={lists} groupLabel={(name) => t('schoolDistrictsOf', { name })} />
    </>
  );
}
