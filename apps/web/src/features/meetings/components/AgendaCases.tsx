import { Link } from '@tanstack/react-router';
import { CASE_STAGES, type CaseStage, TEAM_ROLE_LABELS } from '@tsunagu/contracts/cases';
import type { MeetingDetail } from '@tsunagu/contracts/meetings';
import type { ReactNode } from 'react';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { useLabel, useT } from '../../../lib/i18n';
import { StageBadge } from '../../cases/components/CaseBadges';
import { meetingMessages } from '../messages';

type AgendaCase = MeetingDetail['agenda'][number];

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <h4 className="text-std-16B-170">{title}</h4>
      {children}
    </div>
  );
}

/**
 * 検討するケース: one card per agenda case with what the meeting needs — members, summary, the
 * current plan's goals and the team. The case page link is offered to those who can open it.
 */
export function AgendaCases({ meeting, caseLinks }: { meeting: MeetingDetail; caseLinks: boolean }) {
  const t = useT(meetingMessages);
  // Attendees read the agenda only through the meeting: not before a 支援会議 acknowledgement, nor after closure.
  const hidden = meeting.caseCount - meeting.agenda.length;
  return (
    <section aria-labelledby="meeting-agenda-heading" className="flex min-w-0 flex-col gap-4">
      <h2 id="meeting-agenda-heading" className="border-b-2 border-blue-900 pb-2 text-std-24B-150">
        {t('agendaHeading')}
      </h2>
      {hidden > 0 ? (
        <Notice tone="info">
          {t(
            meeting.kind === 'support_council' && meeting.state !== 'closed'
              ? 'agendaHiddenCouncil'
              : 'agendaHiddenClosed',
            {
              count: hidden,
            },
          )}
        </Notice>
      ) : null}
      {meeting.agenda.length === 0 ? (
        hidden > 0 ? null : (
          <EmptyState title={t('agendaEmpty')} />
        )
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2">
          {meeting.agenda.map((c) => (
            <li key={c.caseId} className="min-w-0">
              <AgendaCard agendaCase={c} link={caseLinks} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AgendaCard({ agendaCase: c, link }: { agendaCase: AgendaCase; link: boolean }) {
  const t = useT(meetingMessages);
  const label = useLabel();
  const headingId = `agenda-case-${c.caseId}`;
  const stage = (CASE_STAGES as readonly string[]).includes(c.stage) ? (c.stage as CaseStage) : null;
  return (
    <article
      aria-labelledby={headingId}
      className="flex h-full min-w-0 flex-col gap-3 rounded-12 border border-solid-gray-420 bg-white p-5"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h3 id={headingId} className="text-std-20B-150">
          {t('caseTitle', { n: c.number, name: c.personName ?? t('noName') })}
        </h3>
        {stage ? <StageBadge stage={stage} /> : <span>{c.stage}</span>}
      </div>
      <Part title={t('members')}>
        <ul className="flex flex-wrap gap-x-4">
          {c.members.map((m) => (
            <li key={`${m.name}-${m.relationship}`}>{`${m.name}（${m.relationship}）`}</li>
          ))}
        </ul>
      </Part>
      <Part title={t('summary')}>
        <p className="whitespace-pre-wrap">{c.summary}</p>
      </Part>
      <Part title={t('goals')}>
        {c.goals.length === 0 ? (
          <p>{t('noGoals')}</p>
        ) : (
          <ol className="list-decimal pl-6">
            {c.goals.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ol>
        )}
      </Part>
      <Part title={t('team')}>
        <ul className="flex min-w-0 flex-col gap-1">
          {c.team.map((m) => (
            <li
              key={`${m.agency.id}-${m.role}`}
            >{`${m.agency.name}（${label(TEAM_ROLE_LABELS[m.role])}）`}</li>
          ))}
        </ul>
      </Part>
      {link ? (
        <p className="mt-auto">
          <Link to="/staff/cases/$id" params={{ id: c.caseId }}>
            {t('openCase')}
            <span className="sr-only">{`（${t('caseTitle', { n: c.number, name: c.personName ?? t('noName') })}）`}</span>
          </Link>
        </p>
      ) : null}
    </article>
  );
}
