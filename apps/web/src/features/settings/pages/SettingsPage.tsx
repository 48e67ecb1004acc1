import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { CODE_LIST_LABELS, CODE_LISTS } from '@tsunagu/contracts/settings';
import { Notice } from '../../../components/FormError';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { Tabs } from '../../../components/Tabs';
import { useErrorText } from '../../../lib/errors';
import { useLabel, useT } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/title';
import { hasRole, useMe } from '../../auth/api';
import { codeListsQuery, tenantSettingsQuery } from '../api';
import { CodeListTable } from '../components/CodeListTable';
import { TenantSettingsForm } from '../components/TenantSettingsForm';
import { settingsMessages } from '../messages';
import { SETTINGS_TABS, type SettingsTab } from '../search';

const route = getRouteApi('/_auth/settings');

/** 設定: one tab per code list and one for the tenant settings; admins edit, others read. */
export function SettingsPage() {
  const t = useT(settingsMessages);
  const label = useLabel();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const me = useMe();
  const canEdit = hasRole(me, 'admin');
  const tab: SettingsTab = route.useSearch().tab ?? CODE_LISTS[0];
  const lists = useQuery(codeListsQuery);
  const tenant = useQuery({ ...tenantSettingsQuery, enabled: tab === 'tenant' });
  useDocumentTitle(t('title'));

  const items = SETTINGS_TABS.map((key) => ({
    key,
    label: key === 'tenant' ? t('tenantTab') : label(CODE_LIST_LABELS[key]),
  }));

  function panel() {
    if (tab === 'tenant') {
      if (tenant.isError) return <Notice tone="error" live title={errorText(tenant.error)} />;
      if (!tenant.data) return <Loading />;
      return <TenantSettingsForm view={tenant.data} canEdit={canEdit} />;
    }
    if (lists.isError) return <Notice tone="error" live title={errorText(lists.error)} />;
    if (!lists.data) return <Loading />;
    return <CodeListTable list={tab} lists={lists.data} canEdit={canEdit} />;
  }

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('title')} lead={t('lead')} />
      {canEdit ? null : <Notice tone="info" title={t('readOnly')} />}
      <Tabs
        label={t('tabsLabel')}
        items={items}
        selected={tab}
        onSelect={(key) =>
          void navigate({ to: '/settings', search: { tab: key as SettingsTab }, replace: true })
        }
      >
        {panel()}
      </Tabs>
    </div>
  );
}
