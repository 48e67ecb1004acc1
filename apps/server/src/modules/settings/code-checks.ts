import type { CodeListName, CodeLists } from '@tsunagu/contracts/settings';
import { AppError } from '../../platform/errors';

/** Throws a 400 naming each code that is not in its tenant code list (null means "none chosen"). */
export function assertCodes(
  lists: CodeLists,
  checks: readonly [list: CodeListName, codes: readonly (string | null)[], path: string][],
) {
  const issues: { path: string; message: string }[] = [];
  for (const [list, codes, path] of checks) {
    const known = new Set(lists[list].map((i) => i.code));
    for (const code of codes)
      if (code !== null && !known.has(code))
        issues.push({ path, message: `コード「${code}」がありません / unknown code` });
  }
  if (issues.length) throw new AppError('validation_failed', undefined, issues);
}
