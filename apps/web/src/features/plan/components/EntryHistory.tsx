import type { Entry, EntryEvent } from '@tsunagu/contracts/plan';
import type { ReactNode } from 'react';
import { Badge, type BadgeTone } from '../../../components/Badge';
import { EmptyState } from '../../../components/EmptyState';
import { formatDateTime, isoDateTime } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { entryMessages } from '../entry-messages';

const EVENT_LOOK: Record<
  EntryEvent,
  {
    key: `event${string}` & Parameters<ReturnType<typeof useT<keyof typeof entryMessages.ja>>>[0];
    tone: BadgeTone;
  }
> = {
  created: { key: 'eventCreated', tone: 'neutral' },
  edited: { key: 'eventEdited', tone: 'neutral' },
  submitted: { key: 'eventSubmitted', tone: 'info' },
  approved: { key: 'eventApproved', tone: 'success' },
  returned: { key: 'eventReturned', tone: 'warning' },
  commented: { key: 'eventCommented', tone: 'accent' },
};

/** 履歴: what happened to the entry, oldest first, with who, when (和暦) and the comment; then the comment box. */
export function EntryHistory({ entry, commentBox }: { entry: Entry; commentBox: ReactNode }) {
  const t = useT(entryMessages);
  const { locale } = useI18n();
  return (
    <section aria-labelledby="entry-history-heading" className="flex min-w-0 flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 id="entry-history-heading" className="border-b-2 border-blue-900 pb-2 text-std-24B-150">
          {t('historyHeading')}
        </h2>
        <p className="text-dns-14N-130 text-solid-gray-800">{t('historyLead')}</p>
      </div>
      {entry.history.length === 0 ? (
        <EmptyState title={t('historyEmpty')}>{t('historyEmptyHint')}</EmptyState>
      ) : (
        <ol
          aria-labelledby="entry-history-heading"
          className="flex flex-col border-l-4 border-solid-gray-420"
        >
          {entry.history.map((e) => {
            const look = EVENT_LOOK[e.event];
            return (
              <li key={e.id} className="relative flex flex-col gap-1 py-3 pl-5">
                <span
                  aria-hidden="true"
                  className="absolute top-5 -left-2.5 size-4 rounded-full border-2 border-white bg-solid-gray-536"
                />
                <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <Badge tone={look.tone}>{t(look.key)}</Badge>
                  <span className="text-std-16B-170">{e.actor}</span>
                  <time dateTime={isoDateTime(e.at)} className="text-dns-14N-130 text-solid-gray-800">
                    {formatDateTime(e.at, locale)}
                  </time>
                </p>
                {e.comment ? (
                  <p className="max-w-prose rounded-8 bg-solid-gray-50 p-3 text-std-16N-170 whitespace-pre-line">
                    {e.comment}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {commentBox}
    </section>
  );
}
