import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import {
  type CaseDetail,
  CONTACT_METHOD_LABELS,
  MONITORING_DECISION_LABELS,
  type SupportRecord,
} from '@tsunagu/contracts/cases';
import { type MouseEvent, type ReactNode, useEffect, useState } from 'react';
import { Badge, type BadgeTone } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { useErrorText } from '../../../lib/errors';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { caseRecordsQuery } from '../api';
import { casePageMessages } from '../case-messages';
import { buildTimeline, entryId, loadedRecords, type TimelineEntry } from '../timeline';
import { MeetingKindLabel } from './MeetingKindLabel';

type Entry = SupportRecord;

const KIND_TONES: Record<TimelineEntry['kind'], BadgeTone> = {
  record: 'info',
  contact: 'accent',
  outreach: 'accent',
  meeting: 'neutral',
  plan: 'success',
  monitoring: 'success',
  review: 'warning',
};
const KIND_KEYS = {
  record: 'kindRecord',
  contact: 'kindContact',
  outreach: 'kindOutreach',
  meeting: 'kindMeeting',
  plan: 'kindPlan',
  monitoring: 'kindMonitoring',
  review: 'kindReview',
} as const;

/** Moves to another entry of the 経過 (a record and its correction link to each other). */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, key: string) {
  const target = document.getElementById(entryId(key));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'center' });
  target.focus();
}

/**
 * 経過: every record of the case on one time line, newest first. The support record is append-only:
 * there is no edit or delete, only 訂正する, which adds a correction; the corrected entry is marked
 * 訂正済み and both link to each other. The case page brings the newest entries of the support record;
 * 以前の記録を表示 loads the older ones a page at a time.
 */
export function CaseTimeline({
  caseDetail,
  onCorrect,
}: {
  caseDetail: CaseDetail;
  /** Set when the user may add to the record: opens the correction dialog for the entry. */
  onCorrect: ((record: Entry) => void) | null;
}) {
  const t = useT(casePageMessages);
  const errorText = useErrorText();
  const [wantOlder, setWantOlder] = useState(false);
  const older = useInfiniteQuery({ ...caseRecordsQuery(caseDetail.id), enabled: wantOlder });
  const records = loadedRecords(caseDetail, older.data?.pages.flatMap((p) => p.items) ?? []);
  const entries = buildTimeline(caseDetail, records);
  const loaded = new Set(records.map((r) => r.id));
  const remaining = Math.max(0, caseDetail.recordTotal - records.length);
  // After a page loads, focus goes to its first entry, so keyboard and screen-reader users read on.
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  const firstNew = focusFrom !== null ? records[focusFrom] : undefined;
  useEffect(() => {
    if (!firstNew) return;
    document.getElementById(entryId(`record-${firstNew.id}`))?.focus();
    setFocusFrom(null);
  }, [firstNew]);
  function showOlder() {
    setFocusFrom(records.length);
    if (wantOlder) void older.fetchNextPage();
    else setWantOlder(true);
  }
  return (
    <section aria-labelledby="case-timeline-heading" className="flex min-w-0 flex-col gap-4">
      <div className="flex min-w-0 flex-col gap-1">
        <h2 id="case-timeline-heading" className="text-std-24B-150">
          {t('timelineHeading')}
        </h2>
        <p className="text-dns-14N-130 text-solid-gray-800">{t('timelineLead')}</p>
      </div>
      {entries.length === 0 ? (
        <EmptyState title={t('timelineEmpty')} />
      ) : (
        <ol aria-labelledby="case-timeline-heading" className="flex min-w-0 flex-col gap-3">
          {entries.map((entry) => (
            <TimelineItem key={entry.key} entry={entry} loaded={loaded} onCorrect={onCorrect} />
          ))}
        </ol>
      )}
      <p aria-live="polite" className="text-dns-14N-130 text-solid-gray-800">
        {caseDetail.recordTotal > caseDetail.records.length
          ? t('recordsShown', { shown: records.length, total: caseDetail.recordTotal })
          : null}
      </p>
      {older.isError ? <Notice tone="error" live title={errorText(older.error)} /> : null}
      {remaining > 0 ? (
        <div>
          <Button variant="secondary" busy={older.isFetching} onClick={showOlder}>
            {t('olderRecords', { n: remaining })}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

function TimelineItem({
  entry,
  loaded,
  onCorrect,
}: {
  entry: TimelineEntry;
  /** The support-record entries on the page (a link to one not yet loaded would lead nowhere). */
  loaded: ReadonlySet<string>;
  onCorrect: ((record: Entry) => void) | null;
}) {
  const t = useT(casePageMessages);
  const { locale } = useI18n();
  const label = useLabel();
  const day = (iso: string) => formatDay(iso, locale);
  let marks: ReactNode = null;
  let meta: ReactNode = null;
  let body: ReactNode = null;
  switch (entry.kind) {
    case 'record': {
      const r = entry.record;
      marks = (
        <>
          {r.correctsId ? <Badge tone="warning">{t('correction')}</Badge> : null}
          {r.correctedById ? <Badge tone="neutral">{t('correctedMark')}</Badge> : null}
        </>
      );
      meta = r.agency ? t('byAgency', { name: r.author, agency: r.agency }) : r.author;
      body = (
        <>
          <p className={`whitespace-pre-wrap ${r.correctedById ? 'text-solid-gray-700' : ''}`}>{r.body}</p>
          {r.correctsId ? (
            <p className="text-dns-14N-130">
              {t('corrects', { date: r.correctsOn ? day(r.correctsOn) : '—' })}{' '}
              {loaded.has(r.correctsId) ? (
                <a
                  href={`#${entryId(`record-${r.correctsId}`)}`}
                  onClick={(e) => jumpTo(e, `record-${r.correctsId}`)}
                >
                  {t('correctsLink')}
                </a>
              ) : (
                t('correctsOlder')
              )}
            </p>
          ) : null}
          {r.correctedById ? (
            <p className="text-dns-14N-130">
              {t('correctedBy')}{' '}
              {loaded.has(r.correctedById) ? (
                <a
                  href={`#${entryId(`record-${r.correctedById}`)}`}
                  onClick={(e) => jumpTo(e, `record-${r.correctedById}`)}
                >
                  {t('correctedByLink')}
                </a>
              ) : null}
            </p>
          ) : null}
          {onCorrect && !r.correctedById ? (
            <div>
              <Button variant="secondary" size="sm" onClick={() => onCorrect(r)}>
                {t('correct')}
                <span className="sr-only">{t('correctFor', { date: day(r.occurredOn) })}</span>
              </Button>
            </div>
          ) : null}
        </>
      );
      break;
    }
    case 'contact':
      meta = entry.contact.recordedBy;
      body = (
        <>
          <p className="font-bold">
            {t('contactWith', {
              agency: entry.contact.agency.name,
              method: label(CONTACT_METHOD_LABELS[entry.contact.method]),
            })}
          </p>
          <p className="whitespace-pre-wrap">{entry.contact.content}</p>
        </>
      );
      break;
    case 'outreach':
      marks = entry.outreach.beforeConsent ? <Badge tone="warning">{t('beforeConsent')}</Badge> : null;
      meta = entry.outreach.recordedBy;
      body = (
        <>
          {entry.outreach.place ? <p>{t('placeIs', { place: entry.outreach.place })}</p> : null}
          <p className="whitespace-pre-wrap">{entry.outreach.summary}</p>
        </>
      );
      break;
    case 'meeting':
      body = (
        <>
          <p className="font-bold">
            <MeetingKindLabel kind={entry.meeting.kind} />
          </p>
          <p className="whitespace-pre-wrap">{entry.meeting.purpose}</p>
          <Link to="/staff/meetings/$id" params={{ id: entry.meeting.id }}>
            {t('openMeeting')}
          </Link>
        </>
      );
      break;
    case 'plan':
      body = (
        <p>
          {t(entry.approved ? 'planApproved' : 'planSaved', {
            n: entry.plan.version,
            by: (entry.approved ? entry.plan.approvedBy : entry.plan.createdBy) ?? '—',
          })}
        </p>
      );
      break;
    case 'monitoring': {
      const m = entry.monitoring;
      body = (
        <>
          <p className="font-bold">
            {t('monitoringDone', { n: m.planVersion })}
            {m.decision ? `：${label(MONITORING_DECISION_LABELS[m.decision])}` : ''}
          </p>
          {m.note ? <p className="whitespace-pre-wrap">{m.note}</p> : null}
        </>
      );
      break;
    }
    case 'review':
      meta = entry.review.reviewer;
      body = <p className="whitespace-pre-wrap">{entry.review.findings}</p>;
      break;
  }
  return (
    <li
      id={entryId(entry.key)}
      tabIndex={-1}
      className="flex min-w-0 flex-col gap-2 rounded-8 border border-solid-gray-420 bg-white p-4 focus:outline-4 focus:outline-yellow-700"
    >
      <p className="flex flex-wrap items-center gap-2 text-dns-14N-130">
        <time dateTime={entry.date} className="text-std-16B-170">
          {day(entry.date)}
        </time>
        <Badge tone={KIND_TONES[entry.kind]}>{t(KIND_KEYS[entry.kind])}</Badge>
        {marks}
        {meta ? <span className="text-solid-gray-800">{meta}</span> : null}
      </p>
      <div className="flex min-w-0 flex-col gap-2 text-std-16N-170">{body}</div>
    </li>
  );
}
