import type { CaseDetail } from '@tsunagu/contracts/cases';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { useT } from '../../../lib/i18n';
import { casePageMessages } from '../case-messages';
import { caseFormMessages } from '../form-messages';
import { CloseDialog } from './CloseDialog';
import { ContactDialog } from './ContactDialog';
import { OutreachDialog } from './OutreachDialog';
import { StoryDialog } from './StoryDialog';
import { TriageDialog } from './TriageDialog';

type DialogKey = 'triage' | 'contact' | 'outreach' | 'close' | 'story';

/** What the case lets the user add: the record, contacts and outreach need a coordinated, open case. */
export function canAddRecords(c: CaseDetail): boolean {
  return c.abilities.record && c.kind === 'coordinated';
}

/**
 * このケースへの対応: the buttons for what the server says the user may do (`abilities`) — 振り分ける,
 * 支援経過を記録, 個別調整を記録, アウトリーチを記録, ケースを終結する, 事例集に載せる — each opening its
 * dialog. Nothing shows when the user may do none of them.
 */
export function CaseActions({ caseDetail: c, onRecord }: { caseDetail: CaseDetail; onRecord: () => void }) {
  const t = useT(casePageMessages);
  const f = useT(caseFormMessages);
  const [dialog, setDialog] = useState<DialogKey | null>(null);
  const records = canAddRecords(c);
  const contact = c.abilities.contact && c.kind === 'coordinated';
  const any = c.abilities.triage || records || contact || c.abilities.close || c.abilities.makeStory;
  if (!any) return null;
  const props = { caseDetail: c, onClose: () => setDialog(null) };
  return (
    <section
      aria-labelledby="case-actions-heading"
      className="print-hide flex flex-col gap-4 rounded-12 border-2 border-blue-900 bg-blue-50 p-5"
    >
      <h2 id="case-actions-heading" tabIndex={-1} className="text-std-20B-150">
        {t('actionsHeading')}
      </h2>
      <div className="flex flex-wrap gap-3">
        {c.abilities.triage ? <Button onClick={() => setDialog('triage')}>{t('triage')}</Button> : null}
        {records ? <Button onClick={onRecord}>{t('addRecord')}</Button> : null}
        {contact ? (
          <Button variant="secondary" onClick={() => setDialog('contact')}>
            {t('addContact')}
          </Button>
        ) : null}
        {records ? (
          <Button variant="secondary" onClick={() => setDialog('outreach')}>
            {t('addOutreach')}
          </Button>
        ) : null}
        {c.abilities.makeStory ? (
          <Button variant="secondary" onClick={() => setDialog('story')}>
            {f('storyButton')}
          </Button>
        ) : null}
        {c.abilities.close ? (
          <Button variant="danger" onClick={() => setDialog('close')}>
            {t('close')}
          </Button>
        ) : null}
      </div>
      {c.abilities.triage ? (
        <TriageDialog
          target={{ caseId: c.id }}
          about={`${c.personName ?? ''}${c.requestAgency ? `（${c.requestAgency.name}）` : ''}`}
          open={dialog === 'triage'}
          onClose={props.onClose}
        />
      ) : null}
      {contact ? <ContactDialog {...props} open={dialog === 'contact'} /> : null}
      {records ? <OutreachDialog {...props} open={dialog === 'outreach'} /> : null}
      {c.abilities.close ? <CloseDialog {...props} open={dialog === 'close'} /> : null}
      {c.abilities.makeStory ? <StoryDialog {...props} open={dialog === 'story'} /> : null}
    </section>
  );
}
