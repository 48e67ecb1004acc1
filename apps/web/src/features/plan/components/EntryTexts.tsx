import type { Entry } from '@tsunagu/contracts/plan';
import { useT } from '../../../lib/i18n';
import { entryMessages } from '../entry-messages';

/** 取組実績 and 今後の方針 as read-only text, keeping the writer's line breaks. */
export function EntryTexts({ entry }: { entry: Entry }) {
  const t = useT(entryMessages);
  const text = (s: string) =>
    s.trim() ? (
      <dd className="max-w-prose text-std-16N-170 whitespace-pre-line">{s}</dd>
    ) : (
      <dd className="text-std-16N-170 text-solid-gray-700">{t('notWritten')}</dd>
    );
  return (
    <dl className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <dt className="text-std-18B-160">{t('achievements')}</dt>
        {text(entry.achievements)}
      </div>
      <div className="flex flex-col gap-1">
        <dt className="text-std-18B-160">{t('nextSteps')}</dt>
        {text(entry.nextSteps)}
      </div>
    </dl>
  );
}
