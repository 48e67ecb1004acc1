import { CASE_OUTCOME_LABELS, STORY_STATE_LABELS, type StoryState } from '@tsunagu/contracts/cases';
import { fiscalYearLabel } from '@tsunagu/japan';
import { Badge, type BadgeTone, Tag } from '../../../components/Badge';
import { useI18n, useLabel, useT } from '../../../lib/i18n';
import { useCodeLabel } from '../../settings/api';
import type { StorySummary } from '../api';
import { libraryMessages } from '../messages';

const STATE_TONES: Record<StoryState, BadgeTone> = {
  draft: 'warning',
  in_review: 'info',
  published: 'success',
};

/** 下書き / 確認待ち / 公開中. */
export function StoryStateBadge({ state }: { state: StoryState }) {
  const label = useLabel();
  return <Badge tone={STATE_TONES[state]}>{label(STORY_STATE_LABELS[state])}</Badge>;
}

/** 年度 (和暦), welfare district, outcome, problem fields and agency kinds of a story. */
export function StoryMeta({ story }: { story: StorySummary }) {
  const t = useT(libraryMessages);
  const label = useLabel();
  const codeLabel = useCodeLabel();
  const { locale } = useI18n();
  return (
    <dl className="grid gap-x-6 gap-y-2 text-dns-16N-130 sm:grid-cols-[auto_1fr]">
      <dt className="font-bold">{t('fiscalYear')}</dt>
      <dd>{fiscalYearLabel(story.fiscalYear, { locale })}</dd>
      {story.welfareDistrict ? (
        <>
          <dt className="font-bold">{t('district')}</dt>
          <dd>{codeLabel('welfare_district', story.welfareDistrict)}</dd>
        </>
      ) : null}
      {story.outcome ? (
        <>
          <dt className="font-bold">{t('outcome')}</dt>
          <dd>{label(CASE_OUTCOME_LABELS[story.outcome])}</dd>
        </>
      ) : null}
      {story.problemFields.length > 0 ? (
        <>
          <dt className="font-bold">{t('fields')}</dt>
          <dd>
            <ul className="flex flex-wrap gap-2">
              {story.problemFields.map((code) => (
                <li key={code}>
                  <Tag>{codeLabel('problem_category', code)}</Tag>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {story.agencyKinds.length > 0 ? (
        <>
          <dt className="font-bold">{t('agencies')}</dt>
          <dd>
            <ul className="flex flex-wrap gap-2">
              {story.agencyKinds.map((code) => (
                <li key={code}>
                  <Tag>{codeLabel('agency_category', code)}</Tag>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
