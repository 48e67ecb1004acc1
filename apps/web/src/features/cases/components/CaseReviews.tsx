import type { CaseDetail } from '@tsunagu/contracts/cases';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { useI18n, useT } from '../../../lib/i18n';
import { formatDay } from '../../households/people';
import { casePageMessages } from '../case-messages';
import { ReviewDialog } from './ReviewDialog';

/**
 * 検証: a case closed unresolved must be reviewed. While the review is missing the page says so
 * prominently (検証が必要です), with 検証を記録する for the coordinator; recorded reviews are listed.
 */
export function CaseReviews({ caseDetail: c }: { caseDetail: CaseDetail }) {
  const t = useT(casePageMessages);
  const { locale } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      {c.reviewPending || c.abilities.review ? (
        <Notice
          tone="error"
          title={t('reviewNeeded')}
          action={
            c.abilities.review ? <Button onClick={() => setOpen(true)}>{t('reviewButton')}</Button> : null
          }
        >
          {t('reviewNeededBody')}
        </Notice>
      ) : null}
      {c.abilities.review ? <ReviewDialog caseDetail={c} open={open} onClose={() => setOpen(false)} /> : null}
      {c.reviews.length > 0 ? (
        <section aria-labelledby="case-reviews-heading" className="flex min-w-0 flex-col gap-4">
          <h2 id="case-reviews-heading" className="border-b-2 border-blue-900 pb-2 text-std-24B-150">
            {t('reviewsHeading')}
          </h2>
          {c.reviews.map((r) => (
            <article
              key={r.id}
              className="flex min-w-0 flex-col gap-2 rounded-8 border border-solid-gray-420 p-4"
            >
              <p className="text-dns-14N-130 text-solid-gray-800">
                {t('reviewedBy', { date: formatDay(r.reviewedOn, locale), name: r.reviewer })}
              </p>
              <h3 className="text-std-16B-170">{t('findings')}</h3>
              <p className="whitespace-pre-wrap">{r.findings}</p>
              {r.lessons ? (
                <>
                  <h3 className="text-std-16B-170">{t('lessons')}</h3>
                  <p className="whitespace-pre-wrap">{r.lessons}</p>
                </>
              ) : null}
            </article>
          ))}
        </section>
      ) : null}
    </>
  );
}
