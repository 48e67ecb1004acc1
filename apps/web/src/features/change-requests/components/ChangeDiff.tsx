import type { AgencyInput } from '@tsunagu/contracts/agencies';
import type { ReactNode } from 'react';
import { ScrollRegion } from '../../../components/Table';
import { useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { useAgencyFieldLabel } from '../../agencies/field-labels';
import { agencyMessages } from '../../agencies/messages';
import { useCodeLabel, useDistrictLabel } from '../../settings/api';
import { changeRequestMessages } from '../messages';

function valueAt(input: AgencyInput | undefined, path: string): unknown {
  let value: unknown = input;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The changed fields of a proposal, current value beside proposed value. */
export function ChangeDiff({
  current,
  proposed,
  fields,
}: {
  current: AgencyInput | undefined;
  proposed: AgencyInput;
  fields: string[];
}) {
  const t = useT(changeRequestMessages);
  const a = useT(agencyMessages);
  const c = useT(commonMessages);
  const fieldLabel = useAgencyFieldLabel();
  const codeLabel = useCodeLabel();
  const districtLabel = useDistrictLabel();

  function show(path: string, value: unknown): ReactNode {
    if (
      value === null ||
      value === undefined ||
      value === '' ||
      (Array.isArray(value) && value.length === 0)
    ) {
      return <span className="text-solid-gray-700">{t('empty')}</span>;
    }
    if (typeof value === 'boolean') return value ? c('yes') : c('no');
    if (path === 'fields') return (value as string[]).map((v) => codeLabel('problem_category', v)).join('、');
    if (path === 'districts') return (value as string[]).map(districtLabel).join('、');
    if (path === 'categoryCode') return codeLabel('agency_category', String(value));
    if (path === 'services') {
      return (
        <ul className="list-disc pl-5">
          {(value as AgencyInput['services']).map((s) => (
            <li key={s.name}>
              <span className="font-bold">{s.name}</span>
              {s.description ? `：${s.description}` : ''}
            </li>
          ))}
        </ul>
      );
    }
    if (path === 'contact') {
      const contact = value as AgencyInput['contact'];
      return (
        <ul>
          {(['phone', 'email', 'address', 'url'] as const).map((k) =>
            contact[k] ? <li key={k}>{`${a(k)}: ${contact[k]}`}</li> : null,
          )}
        </ul>
      );
    }
    return <span className="whitespace-pre-line">{String(value)}</span>;
  }

  if (fields.length === 0) return <p>{t('noChanges')}</p>;
  return (
    <ScrollRegion label={t('compareCaption')}>
      <table className="w-full border-collapse text-left text-dns-16N-130">
        <caption className="sr-only">{t('compareCaption')}</caption>
        <thead className="bg-solid-gray-50">
          <tr>
            <th scope="col" className="w-48 border-b border-solid-gray-420 px-4 py-3">
              {t('colField')}
            </th>
            <th scope="col" className="border-b border-solid-gray-420 px-4 py-3">
              {t('colCurrent')}
            </th>
            <th scope="col" className="border-b border-solid-gray-420 px-4 py-3">
              {t('colProposed')}
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((path) => {
            return (
              <tr key={path} className="border-b border-solid-gray-200 last:border-b-0">
                <th scope="row" className="px-4 py-3 align-top">
                  {fieldLabel(path)}
                </th>
                <td className="bg-red-50 px-4 py-3 align-top">{show(path, valueAt(current, path))}</td>
                <td className="bg-green-50 px-4 py-3 align-top">{show(path, valueAt(proposed, path))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
