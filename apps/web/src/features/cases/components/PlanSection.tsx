import type { CaseDetail, Plan } from '@tsunagu/contracts/cases';
import { useEffect, useRef, useState } from 'react';
import { AnchorLinkButton, Button, LinkButton } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { Notice } from '../../../components/FormError';
import { type Column, Table } from '../../../components/Table';
import { useErrorText } from '../../../lib/errors';
import { formatDate } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { approvePlan, planSheetUrl } from '../api';
import { planMessages } from '../plan-messages';
import { useCaseUpdate } from '../use-case-update';
import { PlanStateBadge } from './CaseBadges';
import { PlanForm } from './PlanForm';
import { PlanSheet } from './PlanSheet';

const FORM_HEADING = 'case-plan-form-heading';
const SECTION_HEADING = 'case-plan-heading';

/**
 * 支援計画: the current (approved) version as a プランシート, drafts waiting for approval (with 承認する
 * for the coordinator), the history of versions, the xlsx download, and 新しい版を作成 for the team.
 */
export function PlanSection({ caseDetail: c }: { caseDetail: CaseDetail }) {
  const t = useT(planMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const { apply, reload } = useCaseUpdate();
  const [drafting, setDrafting] = useState(false);
  const [approving, setApproving] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const current = c.plans.find((p) => p.state === 'approved');
  const drafts = c.plans.filter((p) => p.state === 'draft');
  const older = c.plans.filter((p) => p.state === 'superseded');

  useEffect(() => {
    if (drafting) document.getElementById(FORM_HEADING)?.focus();
  }, [drafting]);

  function finish(saved: boolean) {
    setDrafting(false);
    // Focus goes where the user continues: the section (with the new draft) or back to the button.
    requestAnimationFrame(() =>
      (saved ? document.getElementById(SECTION_HEADING) : newButton.current)?.focus(),
    );
  }

  async function approve(plan: Plan) {
    setApproving(plan.id);
    setFailure(null);
    try {
      await apply(await approvePlan(plan.id), t('approved', { n: plan.version }));
    } catch (err) {
      setFailure(err);
      reload(c.id);
    } finally {
      setApproving(null);
    }
  }

  const historyColumns: Column<Plan>[] = [
    {
      key: 'version',
      header: t('colVersion'),
      rowHeader: true,
      cell: (p) => t('versionN', { n: p.version }),
    },
    { key: 'state', header: t('colState'), cell: (p) => <PlanStateBadge state={p.state} /> },
    {
      key: 'created',
      header: t('colCreated'),
      cell: (p) => `${formatDate(p.createdAt, locale)}（${p.createdBy}）`,
    },
    {
      key: 'approved',
      header: t('colApproved'),
      cell: (p) => (p.approvedAt ? `${formatDate(p.approvedAt, locale)}（${p.approvedBy ?? '—'}）` : '—'),
    },
  ];

  return (
    <section aria-labelledby={SECTION_HEADING} className="flex min-w-0 flex-col gap-6">
      <div className="flex min-w-0 flex-col gap-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id={SECTION_HEADING} tabIndex={-1} className="text-std-24B-150">
            {t('heading')}
          </h2>
          <div className="flex flex-wrap gap-3">
            {c.plans.length > 0 ? (
              <>
                <LinkButton to="/staff/cases/$id/plan-sheet" params={{ id: c.id }} variant="secondary">
                  {t('printLink')}
                </LinkButton>
                <AnchorLinkButton href={planSheetUrl(c.id)} download variant="secondary">
                  {t('download')}
                </AnchorLinkButton>
              </>
            ) : null}
            {c.abilities.draftPlan && !drafting ? (
              <Button ref={newButton} onClick={() => setDrafting(true)}>
                {t('newVersion')}
              </Button>
            ) : null}
          </div>
        </div>
        <p className="text-dns-14N-130 text-solid-gray-800">{t('lead')}</p>
      </div>
      {drafting ? (
        <section
          aria-labelledby={FORM_HEADING}
          className="flex min-w-0 flex-col gap-4 rounded-12 border-2 border-blue-900 bg-blue-50 p-5"
        >
          <h3 id={FORM_HEADING} tabIndex={-1} className="text-std-20B-150">
            {t('formHeading')}
          </h3>
          <p className="text-std-16N-170">{t('formLead')}</p>
          <PlanForm caseDetail={c} onDone={finish} />
        </section>
      ) : null}
      {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
      {c.plans.length === 0 && !drafting ? (
        <EmptyState title={t('noPlan')}>{t('noPlanHint')}</EmptyState>
      ) : null}
      {drafts.length > 0 ? (
        <div className="flex min-w-0 flex-col gap-4">
          <h3 className="text-std-20B-150">{t('drafts')}</h3>
          {drafts.map((plan) => (
            <PlanSheet
              key={plan.id}
              plan={plan}
              actions={
                c.abilities.approvePlan ? (
                  <Button busy={approving === plan.id} onClick={() => void approve(plan)}>
                    {t('approve')}
                    <span className="sr-only">{t('approveFor', { n: plan.version })}</span>
                  </Button>
                ) : null
              }
            />
          ))}
        </div>
      ) : null}
      {c.plans.length > 0 ? (
        <div className="flex min-w-0 flex-col gap-4">
          <h3 className="text-std-20B-150">{t('current')}</h3>
          {current ? <PlanSheet plan={current} /> : <p className="text-std-16N-170">{t('noApproved')}</p>}
        </div>
      ) : null}
      {c.plans.length > 1 ? (
        <div className="flex min-w-0 flex-col gap-4">
          <h3 className="text-std-20B-150">{t('historyHeading')}</h3>
          <Table
            caption={t('historyCaption', { count: c.plans.length })}
            captionHidden
            columns={historyColumns}
            rows={c.plans}
            rowKey={(p) => p.id}
          />
          {older.map((plan) => (
            <details key={plan.id} className="min-w-0 rounded-8 border border-solid-gray-420">
              <summary className="cursor-pointer px-4 py-3 text-std-16B-170">
                {t('showVersion', { n: plan.version })}
              </summary>
              <div className="border-t border-solid-gray-200 p-4">
                <PlanSheet plan={plan} />
              </div>
            </details>
          ))}
        </div>
      ) : null}
    </section>
  );
}
