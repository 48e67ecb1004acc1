import { useQueries } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { forwardRef } from 'react';
import { formatDateTime } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { householdQuery } from '../../households/api';
import { fullName, selfMember } from '../../households/people';
import type { EmergencyAccessResult as Result } from '../api';
import { emergencyMessages } from '../messages';

/**
 * What an emergency access opened: a link to each household's つなぐシート (named after its 本人 once
 * loaded, which the new link now allows) and when the access ends. Focused when it appears.
 */
export const EmergencyAccessResult = forwardRef<HTMLElement, { result: Result }>(
  function EmergencyAccessResult({ result }, ref) {
    const t = useT(emergencyMessages);
    const { locale } = useI18n();
    const households = useQueries({ queries: result.householdIds.map((id) => householdQuery(id)) });
    return (
      <section
        ref={ref}
        tabIndex={-1}
        aria-labelledby="emergency-granted"
        className="flex flex-col gap-4 rounded-8 border-l-8 border-y border-r border-success-2 bg-green-50 p-4 md:p-6"
      >
        <h2 id="emergency-granted" className="text-std-20B-150">
          <span aria-hidden="true">✓ </span>
          {t('grantedTitle')}
        </h2>
        <p className="text-std-16N-170">
          <span className="mr-3 font-bold">{t('expiresLabel')}</span>
          <time dateTime={result.expiresAt} className="text-std-18B-160">
            {t('expiresUntil', { time: formatDateTime(result.expiresAt, locale) })}
          </time>
        </p>
        <h3 className="text-std-16B-170">{t('householdsHeading', { count: result.householdIds.length })}</h3>
        <ul className="flex flex-col gap-2">
          {result.householdIds.map((id, i) => {
            const household = households[i]?.data;
            const self = household ? selfMember(household) : undefined;
            return (
              <li key={id}>
                <Link to="/staff/households/$id" params={{ id }} className="text-std-16N-170">
                  {self ? t('householdLink', { name: fullName(self.person) }) : t('householdN', { n: i + 1 })}
                </Link>
              </li>
            );
          })}
        </ul>
      </section>
    );
  },
);
