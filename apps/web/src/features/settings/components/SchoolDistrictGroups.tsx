import type { CodeLists } from '@tsunagu/contracts/settings';
import { useLabel } from '../../../lib/i18n';
import { activeItems } from '../api';

/** School districts as options, one optgroup per welfare district (labelled by `groupLabel`). */
export function SchoolDistrictGroups({
  lists,
  groupLabel,
}: {
  lists: CodeLists | undefined;
  groupLabel: (welfareDistrictName: string) => string;
}) {
  const label = useLabel();
  const schools = activeItems(lists, 'school_district');
  return (
    <>
      {activeItems(lists, 'welfare_district').map((w) => {
        const children = schools.filter((s) => s.parentCode === w.code);
        if (children.length === 0) return null;
        return (
          <optgroup key={w.code} label={groupLabel(label(w))}>
            {children.map((s) => (
              <option key={s.code} value={s.code}>
                {label(s)}
              </option>
            ))}
          </optgroup>
        );
      })}
    </>
  );
}
