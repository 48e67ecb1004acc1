import { useT } from '../lib/i18n';
import { commonMessages } from '../lib/messages';

/** A quiet loading line, announced politely. */
export function Loading({ label }: { label?: string }) {
  const t = useT(commonMessages);
  return (
    <p role="status" className="flex items-center gap-3 py-6 text-std-16N-170 text-solid-gray-800">
      <span
        aria-hidden="true"
        className="inline-block size-5 animate-spin rounded-full border-2 border-solid-gray-300 border-t-blue-900"
      />
      {label ?? t('loading')}
    </p>
  );
}
