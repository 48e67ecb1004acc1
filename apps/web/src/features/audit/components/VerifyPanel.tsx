import type { AuditVerifyResult } from '@tsunagu/contracts/audit';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/FormError';
import { useErrorText } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n, useT } from '../../../lib/i18n';
import { verifyAuditChain } from '../api';
import { auditMessages } from '../messages';

/** 改ざん検証: runs the chain verification and announces the result. */
export function VerifyPanel() {
  const t = useT(auditMessages);
  const { locale } = useI18n();
  const errorText = useErrorText();
  const [result, setResult] = useState<AuditVerifyResult | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    setFailure(null);
    setResult(null);
    try {
      setResult(await verifyAuditChain());
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section
      aria-labelledby="verify-heading"
      className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 p-5"
    >
      <h2 id="verify-heading" className="text-std-20B-150">
        {t('verifyHeading')}
      </h2>
      <p className="text-std-16N-170 text-solid-gray-800">{t('verifyBody')}</p>
      <div>
        <Button variant="secondary" onClick={verify} busy={busy}>
          {busy ? t('verifying') : t('verify')}
        </Button>
      </div>
      <div aria-live="polite" className="empty:hidden">
        {failure ? <Notice tone="error" title={errorText(failure)} /> : null}
        {result ? (
          result.ok ? (
            <Notice tone="success" title={t('verifyOk', { checked: formatCount(result.checked, locale) })} />
          ) : (
            <Notice
              tone="error"
              title={t('verifyBroken', {
                id: result.firstBrokenEventId ?? '—',
                checked: formatCount(result.checked, locale),
              })}
            >
              {result.reason ? t('reason', { reason: result.reason }) : null}
            </Notice>
          )
        ) : null}
      </div>
    </section>
  );
}
