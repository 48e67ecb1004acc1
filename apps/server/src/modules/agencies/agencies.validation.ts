import type { AgencyInput } from '@tsunagu/contracts/agencies';
import type { CodeLists } from '@tsunagu/contracts/settings';

/** Problems with an agency's codes against the tenant's code lists, as field issues. */
export function codeIssues(input: AgencyInput, lists: CodeLists): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const has = (list: keyof CodeLists, code: string) => lists[list].some((i) => i.code === code);
  if (!has('agency_category', input.categoryCode)) {
    issues.push({
      path: 'categoryCode',
      message: `種別コード「${input.categoryCode}」がありません / unknown category`,
    });
  }
  for (const f of input.fields) {
    if (!has('problem_category', f))
      issues.push({ path: 'fields', message: `分野コード「${f}」がありません / unknown field` });
  }
  for (const d of input.districts) {
    if (!has('welfare_district', d) && !has('school_district', d)) {
      issues.push({ path: 'districts', message: `地区コード「${d}」がありません / unknown district` });
    }
  }
  return issues;
}

/** A district and the welfare district above it, so a school-district search finds district-wide agencies. */
export function districtAndParent(code: string, lists: CodeLists): string[] {
  const school = lists.school_district.find((s) => s.code === code);
  return school?.parentCode ? [code, school.parentCode] : [code];
}
