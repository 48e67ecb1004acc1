import { SENSITIVE_CATEGORIES, SENSITIVE_CATEGORY_LABELS } from '@tsunagu/contracts/households';
import { useEffect, useRef, useState } from 'react';
import { Badge } from '../../../components/Badge';
import { Button } from '../../../components/Button';
import { useLabel, useT } from '../../../lib/i18n';
import { fullName, type Member } from '../people';
import { sensitiveMessages } from '../sensitive-messages';
import { type NoteTarget, SensitiveNoteDialog } from './SensitiveNoteDialog';
import { SensitiveNotes } from './SensitiveNotes';

/**
 * 要配慮個人情報 of one member, on screen only. The member's record says only which kinds exist; the
 * content is fetched (a logged read) when the user presses 表示する, and forgotten on 閉じる.
 */
export function SensitivePanel({
  householdId,
  member,
  canRecord,
}: {
  householdId: string;
  member: Member;
  canRecord: boolean;
}) {
  const t = useT(sensitiveMessages);
  const label = useLabel();
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<NoteTarget | null>(null);
  const [recordings, setRecordings] = useState(0);
  const panel = useRef<HTMLElement>(null);
  const personId = member.person.id;
  const name = fullName(member.person);
  const panelId = `sensitive-${personId}`;
  const headingId = `${panelId}-heading`;
  const kinds = SENSITIVE_CATEGORIES.filter((c) => member.sensitiveCategories.includes(c));

  function recorded() {
    // A new entry is not shown unasked (that would be a view); a correction is made with the list open.
    if (target?.corrects) setRecordings((n) => n + 1);
    setTarget(null);
  }
  // A correction retires the entry whose 訂正 button opened the dialog: show the list and focus it.
  // This runs after the dialog's own effect has closed it and tried to give focus back.
  useEffect(() => {
    if (recordings > 0) panel.current?.focus();
  }, [recordings]);

  return (
    <section aria-labelledby={headingId} className="print-hide flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <h4 id={headingId} className="text-std-16B-170">
          {t('heading')}
        </h4>
        {kinds.length ? (
          <Badge tone="warning">
            {t('marker', { categories: kinds.map((k) => label(SENSITIVE_CATEGORY_LABELS[k])).join('、') })}
          </Badge>
        ) : (
          <span className="text-dns-16N-130 text-solid-gray-800">{t('noneRecorded')}</span>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        {kinds.length ? (
          <Button
            variant="secondary"
            size="sm"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? (
              <>
                {t('hide')}
                <span className="sr-only">{t('hideOf', { name })}</span>
              </>
            ) : (
              <>
                <span className="sr-only">{t('ofName', { name })}</span>
                {t('show')}
              </>
            )}
          </Button>
        ) : null}
        {canRecord ? (
          <Button variant="tertiary" size="sm" onClick={() => setTarget({ corrects: null })}>
            {t('record')}
            <span className="sr-only">{t('recordOf', { name })}</span>
          </Button>
        ) : null}
      </div>
      <section
        id={panelId}
        ref={panel}
        tabIndex={-1}
        hidden={!open}
        aria-label={t('listLabel', { name })}
        className="outline-none"
      >
        {open ? (
          <SensitiveNotes
            personId={personId}
            onCorrect={canRecord ? (note) => setTarget({ corrects: note }) : undefined}
          />
        ) : null}
      </section>
      <SensitiveNoteDialog
        householdId={householdId}
        personId={personId}
        name={name}
        target={target}
        onClose={() => setTarget(null)}
        onRecorded={recorded}
      />
    </section>
  );
}
