import { type DispatchRequest, SESSION_FORMAT_LABELS } from '@tsunagu/contracts/community';
import type { ReactNode } from 'react';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { dispatchMessages } from '../support-dispatch-messages';

type Step = { key: string; title: string; done: boolean; detail: ReactNode };

/**
 * 経過: 受付 → 派遣の調整 → 派遣の実施 → each follow-up → 完了 (or 取下げ / 対象外), each step marked
 * done or not yet, in words as well as by the dot.
 */
export function DispatchTimeline({
  request: r,
  maxFollowUps,
}: {
  request: DispatchRequest;
  maxFollowUps: number;
}) {
  const t = useT(dispatchMessages);
  const label = useLabel();
  const { locale } = useI18n();
  const day = (iso: string) => formatDay(iso, locale);
  const held = r.status === 'held' || r.status === 'closed';
  const steps: Step[] = [
    { key: 'received', title: t('stepReceived'), done: true, detail: day(r.receivedOn) },
  ];
  if (r.status === 'ineligible') {
    steps.push({ key: 'ineligible', title: t('stepIneligible'), done: true, detail: null });
  } else {
    steps.push({
      key: 'scheduled',
      title: t('stepScheduled'),
      done: r.advisorId !== null,
      detail:
        r.advisorName && r.sessionOn
          ? t('scheduledWith', { advisor: r.advisorName, date: day(r.sessionOn) })
          : null,
    });
    steps.push({
      key: 'held',
      title: t('stepHeld'),
      done: held,
      detail:
        held && r.sessionOn ? (
          <>
            {t('heldSummary', {
              date: day(r.sessionOn),
              hours: r.sessionHours ?? '—',
              format: r.sessionFormat ? label(SESSION_FORMAT_LABELS[r.sessionFormat]) : '—',
              participants: r.sessionParticipants ?? '—',
            })}
            {r.sessionNote ? <span className="block whitespace-pre-line">{r.sessionNote}</span> : null}
          </>
        ) : null,
    });
    for (let n = 1; n <= maxFollowUps; n++) {
      const f = r.followUps.find((x) => x.number === n);
      if (!f && r.status !== 'held') continue;
      steps.push({
        key: `follow-up-${n}`,
        title: t('stepFollowUp', { n }),
        done: Boolean(f),
        detail: f ? day(f.heldOn) : null,
      });
    }
    if (r.status === 'withdrawn')
      steps.push({ key: 'withdrawn', title: t('stepWithdrawn'), done: true, detail: null });
    else steps.push({ key: 'closed', title: t('stepClosed'), done: r.status === 'closed', detail: null });
  }
  return (
    <ol className="flex flex-col">
      {steps.map((step, i) => (
        <li key={step.key} className="relative flex gap-4 pb-5 last:pb-0">
          {i < steps.length - 1 ? (
            <span
              aria-hidden="true"
              className="absolute top-7 bottom-0 left-[0.6875rem] w-0.5 bg-solid-gray-300"
            />
          ) : null}
          <span
            aria-hidden="true"
            className={`relative mt-1 size-6 shrink-0 rounded-full border-2 ${
              step.done ? 'border-blue-900 bg-blue-900' : 'border-solid-gray-536 bg-white'
            }`}
          />
          <div className="flex min-w-0 flex-col">
            <p className="text-std-16B-170">
              {step.title}
              {step.done ? null : (
                <span className="ml-2 font-normal text-solid-gray-800">{t('stepNotYet')}</span>
              )}
            </p>
            {step.detail ? <div className="text-std-16N-170 text-solid-gray-800">{step.detail}</div> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
