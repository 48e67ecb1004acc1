import type { SurveyState } from '@tsunagu/contracts/plan';
import { Badge } from '../../../components/Badge';
import { useT } from '../../../lib/i18n';
import { surveyMessages } from '../survey-messages';

/** 回答受付中 / 締切, with a mark as well as a colour. */
export function SurveyStateBadge({ state }: { state: SurveyState }) {
  const t = useT(surveyMessages);
  return state === 'open' ? (
    <Badge tone="info">
      <span aria-hidden="true">●</span>
      {t('stateOpen')}
    </Badge>
  ) : (
    <Badge tone="neutral">
      <span aria-hidden="true">■</span>
      {t('stateClosed')}
    </Badge>
  );
}
