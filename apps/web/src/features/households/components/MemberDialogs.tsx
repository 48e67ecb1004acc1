import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import {
  type MemberUpdate,
  memberUpdateSchema,
  RELATIONSHIP_LABELS,
  RELATIONSHIPS,
} from '@tsunagu/contracts/households';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '../../../components/Button';
import { Checkbox } from '../../../components/Checkbox';
import { Dialog } from '../../../components/Dialog';
import { Notice } from '../../../components/FormError';
import { Select } from '../../../components/Select';
import { useToast } from '../../../components/Toast';
import { useErrorText } from '../../../lib/errors';
import { useLabel, useT } from '../../../lib/i18n';
import { commonMessages } from '../../../lib/messages';
import { householdQuery, removeMember, updateMember } from '../api';
import { editMessages } from '../edit-messages';
import { fullName, type Member } from '../people';

const FORM_ID = 'member-change';

/** 続柄・同居 of a member other than the 本人 (the server refuses making or unmaking the 本人). */
export function MemberChangeDialog({
  householdId,
  member,
  onClose,
}: {
  householdId: string;
  member: Member | null;
  onClose: () => void;
}) {
  const t = useT(editMessages);
  const c = useT(commonMessages);
  const [busy, setBusy] = useState(false);
  const name = member ? fullName(member.person) : '';
  return (
    <Dialog
      open={member !== null}
      onClose={onClose}
      title={t('memberTitle', { name })}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {c('cancel')}
          </Button>
          <Button type="submit" form={FORM_ID} busy={busy}>
            {t('save')}
          </Button>
        </>
      }
    >
      {member ? (
        // Filled once, when the dialog opens for the member: the form has the member's values from its
        // first paint, and a reload of the household while it is open cannot undo what is chosen.
        <MemberChangeForm
          key={member.person.id}
          householdId={householdId}
          member={member}
          onBusy={setBusy}
          onDone={onClose}
        />
      ) : null}
    </Dialog>
  );
}

function MemberChangeForm({
  householdId,
  member,
  onBusy,
  onDone,
}: {
  householdId: string;
  member: Member;
  onBusy: (busy: boolean) => void;
  onDone: () => void;
}) {
  const t = useT(editMessages);
  const label = useLabel();
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<MemberUpdate>({
    resolver: zodResolver(memberUpdateSchema),
    defaultValues: { relationship: member.relationship, livesTogether: member.livesTogether },
  });

  async function submit(input: MemberUpdate) {
    setFailure(null);
    onBusy(true);
    try {
      await updateMember(householdId, member.person.id, input);
      await queryClient.invalidateQueries({ queryKey: householdQuery(householdId).queryKey });
      notify(t('memberSaved', { name: fullName(member.person) }));
      onDone();
    } catch (err) {
      setFailure(err);
    } finally {
      onBusy(false);
    }
  }

  return (
    <form id={FORM_ID} noValidate onSubmit={form.handleSubmit(submit)} className="flex flex-col gap-5">
      {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
      <Select id={`${FORM_ID}-relationship`} label={t('relationship')} {...form.register('relationship')}>
        {RELATIONSHIPS.filter((r) => r !== 'self').map((r) => (
          <option key={r} value={r}>
            {label(RELATIONSHIP_LABELS[r])}
          </option>
        ))}
      </Select>
      <Checkbox
        id={`${FORM_ID}-livesTogether`}
        label={t('livesTogether')}
        {...form.register('livesTogether')}
      />
    </form>
  );
}

/**
 * 世帯から外す behind a confirmation. The person and what is recorded about them stay; the membership
 * ends. `onRemoved` runs once the household has been reloaded (the button that opened it is gone).
 */
export function RemoveMemberDialog({
  householdId,
  member,
  onClose,
  onRemoved,
}: {
  householdId: string;
  member: Member | null;
  onClose: () => void;
  onRemoved: () => void;
}) {
  const t = useT(editMessages);
  const c = useT(commonMessages);
  const errorText = useErrorText();
  const notify = useToast();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const name = member ? fullName(member.person) : '';

  useEffect(() => {
    if (member) setFailure(null);
  }, [member]);

  async function confirm() {
    if (!member) return;
    setBusy(true);
    setFailure(null);
    try {
      await removeMember(householdId, member.person.id);
      await queryClient.invalidateQueries({ queryKey: householdQuery(householdId).queryKey });
      notify(t('removed', { name }));
      onRemoved();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={member !== null}
      onClose={onClose}
      role="alertdialog"
      title={t('removeTitle', { name })}
      description={t('removeBody')}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} data-autofocus>
            {c('cancel')}
          </Button>
          <Button variant="danger" onClick={confirm} busy={busy}>
            {t('removeConfirm')}
          </Button>
        </>
      }
    >
      {failure ? <Notice tone="error" live title={errorText(failure)} /> : null}
    </Dialog>
  );
}
