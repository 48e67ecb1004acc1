import { AnchorLinkButton } from '../../../components/Button';
import { useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { EXPORTS } from '../api';
import { agencyMessages } from '../messages';

/** Download links of the directory as HSDS JSON, CSV and Excel. */
export function ExportLinks() {
  const t = useT(agencyMessages);
  const c = useT(commonMessages);
  return (
    <section aria-labelledby="export-heading" className="flex flex-wrap items-center gap-3">
      <h2 id="export-heading" className="text-std-16B-170">
        {t('exportHeading')}
      </h2>
      {EXPORTS.map((item) => (
        <AnchorLinkButton key={item.key} href={item.href} download={item.file} variant="tertiary" size="sm">
          <span>
            {t(item.key)}
            <span className="sr-only">{c('newWindow')}</span>
          </span>
        </AnchorLinkButton>
      ))}
    </section>
  );
}
