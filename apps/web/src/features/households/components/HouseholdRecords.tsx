import type { Household } from '@tsunagu/contracts/households';
import { type MouseEvent, useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/Button';
import { useT } from '../../../lib/i18n';
import { useCodeLabel } from '../../settings/api';
import { editMessages } from '../edit-messages';
import type { Member } from '../people';
import { HistorySection } from './HistorySection';
import { HouseholdAddressDialog } from './HouseholdAddressDialog';
import { MemberAddDialog } from './MemberAddDialog';
import { MemberCard } from './MemberCard';
import { MemberChangeDialog, RemoveMemberDialog } from './MemberDialogs';
import { PersonEditDialog } from './PersonEditDialog';

/** The id the page's 「修正する」 link jumps to. */
export const RECORDS_ID = 'household-records';

/**
 * The link to this part scrolls to it and moves focus to its heading itself: a bare fragment would go
 * through the router, which keeps the scroll position, and would leave focus at the top.
 */
export function jumpToRecords(event: MouseEvent<HTMLAnchorElement>) {
  const heading = document.getElementById(`${RECORDS_ID}-heading`);
  if (!heading) return;
  event.preventDefault();
  heading.scrollIntoView({ block: 'start' });
  heading.focus();
}

/**
 * 記録の修正, under the sheet and never printed: the household's address, each member with 修正,
 * 続柄・同居 and 世帯から外す and their 要配慮個人情報, 世帯員を追加, and the 変更履歴. The buttons show
 * when the server says the user may correct the records (`abilities.edit`).
 */
export function HouseholdRecords({ household }: { household: Household }) {
  const t = useT(editMessages);
  const codeLabel = useCodeLabel();
  const canEdit = household.abilities.edit;
  const [editing, setEditing] = useState<string | null>(null);
  const [changing, setChanging] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [editingAddress, setEditingAddress] = useState(false);
  const [removals, setRemovals] = useState(0);
  const membersHeading = useRef<HTMLHeadingElement>(null);
  const find = (id: string | null) => household.members.find((m) => m.person.id === id) ?? null;
  const pick = (set: (id: string) => void) => (m: Member) => set(m.person.id);
  const actions = canEdit
    ? { onEdit: pick(setEditing), onChange: pick(setChanging), onRemove: pick(setRemoving) }
    : null;

  // The removed member's card (and the button that opened the dialog) is gone: focus the list instead.
  useEffect(() => {
    if (removals > 0) membersHeading.current?.focus();
  }, [removals]);

  return (
    <section
      id={RECORDS_ID}
      aria-labelledby={`${RECORDS_ID}-heading`}
      className="print-hide mx-auto flex w-full max-w-[960px] flex-col gap-6 rounded-4 border border-solid-gray-420 bg-white p-5 md:p-10"
    >
      <div className="flex flex-col gap-2">
        <h2
          id={`${RECORDS_ID}-heading`}
          tabIndex={-1}
          className="border-b-2 border-blue-900 pb-2 text-std-24B-150"
        >
          {t('recordsHeading')}
        </h2>
        <p className="text-std-16N-170 text-solid-gray-800">{canEdit ? t('recordsLead') : t('readOnly')}</p>
      </div>

      <section aria-labelledby="records-household" className="flex flex-col gap-3">
        <h3 id="records-household" className="text-std-20B-150">
          {t('householdHeading')}
        </h3>
        <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-1 text-std-16N-170">
          <dt className="font-bold">{t('householdAddress')}</dt>
          <dd>{household.address ?? t('notSet')}</dd>
          <dt className="font-bold">{t('householdDistrict')}</dt>
          <dd>
            {household.schoolDistrictCode
              ? codeLabel('school_district', household.schoolDistrictCode)
              : t('notSet')}
          </dd>
        </dl>
        {canEdit ? (
          <div>
            <Button variant="secondary" size="sm" onClick={() => setEditingAddress(true)}>
              {t('editHousehold')}
            </Button>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="records-members" className="flex flex-col gap-3">
        <h3 id="records-members" ref={membersHeading} tabIndex={-1} className="text-std-20B-150">
          {t('membersHeading')}
        </h3>
        <ul className="flex flex-col gap-4">
          {household.members.map((m) => (
            <MemberCard key={m.person.id} householdId={household.id} member={m} actions={actions} />
          ))}
        </ul>
        {canEdit ? (
          <div>
            <Button variant="secondary" onClick={() => setAdding(true)}>
              {t('addMember')}
            </Button>
          </div>
        ) : null}
      </section>

      <HistorySection household={household} />

      <PersonEditDialog
        householdId={household.id}
        person={find(editing)?.person ?? null}
        onClose={() => setEditing(null)}
      />
      <MemberChangeDialog
        householdId={household.id}
        member={find(changing)}
        onClose={() => setChanging(null)}
      />
      <RemoveMemberDialog
        householdId={household.id}
        member={find(removing)}
        onClose={() => setRemoving(null)}
        onRemoved={() => {
          setRemoving(null);
          setRemovals((n) => n + 1);
        }}
      />
      <MemberAddDialog householdId={household.id} open={adding} onClose={() => setAdding(false)} />
      <HouseholdAddressDialog
        household={household}
        open={editingAddress}
        onClose={() => setEditingAddress(false)}
      />
    </section>
  );
}
