import type { DuplicateCandidate, DuplicateCheck } from '@tsunagu/contracts/households';
import { toFullWidthKatakana } from '@tsunagu/japan';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { checkDuplicates } from '../duplicates/api';
import type { IntakeForm, MemberFormValues } from './form-values';

/** How long typing in ふりがな, 生年月日 or 電話番号 must pause before the server is asked. */
export const DUPLICATE_CHECK_DELAY_MS = 600;

/** A candidate the user's agency already has: shown in full. */
export type VisibleCandidate = Extract<DuplicateCandidate, { visible: true }>;

/** What the server said about the member being entered: candidates in full, and a count of the others. */
export type DuplicateResult = { visible: VisibleCandidate[]; hidden: number };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A Japanese phone number has 10 or 11 digits; a shorter one is still being typed. */
const PHONE_DIGITS = 10;

const line = (text: string | null | undefined) => (text ?? '').trim();

/**
 * The duplicate check body for a member, or null while too little is typed to be worth asking (each
 * check is audited): both ふりがな parts, and a birth date or a whole phone number.
 */
/** The person fields a duplicate check reads (a form's person, phones optional). */
export type CheckedPerson = Pick<
  MemberFormValues['person'],
  'familyName' | 'givenName' | 'familyNameKana' | 'givenNameKana' | 'birthDate' | 'address'
> & { phones?: MemberFormValues['person']['phones'] };

export function duplicateCheckOf(person: CheckedPerson): DuplicateCheck | null {
  const familyNameKana = toFullWidthKatakana(line(person.familyNameKana));
  const givenNameKana = toFullWidthKatakana(line(person.givenNameKana));
  const birthDate = ISO_DATE.test(line(person.birthDate)) ? line(person.birthDate) : null;
  const phones = (person.phones ?? []).map(line).filter((p) => p !== '');
  const wholePhone = phones.some((p) => p.replace(/\D/g, '').length >= PHONE_DIGITS);
  if (familyNameKana === '' || givenNameKana === '' || (!birthDate && !wholePhone)) return null;
  return {
    familyName: line(person.familyName),
    givenName: line(person.givenName),
    familyNameKana,
    givenNameKana,
    birthDate,
    address: line(person.address) || null,
    phones,
  };
}

/**
 * Asks the server for possible duplicates of member `index` while it is being entered: ~600 ms after
 * its ふりがな, birth date or phone last changed, and at once when focus leaves a box inside `area` (the
 * element the returned ref is put on) or `check` is called.
 * The same values are never sent twice in a row, and nothing is sent until {@link duplicateCheckOf}
 * finds enough typed. A failed check shows nothing: it is a warning only, never a block.
 */
export function useDuplicateCheck(form: IntakeForm, index: number) {
  const base = `members.${index}.person` as const;
  const watched = useWatch({
    control: form.control,
    name: [`${base}.familyNameKana`, `${base}.givenNameKana`, `${base}.birthDate`, `${base}.phones`],
  });
  const read = useCallback(() => form.getValues(base), [form, base]);
  return usePersonDuplicateCheck(watched, read);
}

/**
 * The same check for any form holding one person: `watched` are the values whose change re-arms the
 * check (ふりがな, birth date, phones), `read` returns the person as typed.
 */
export function usePersonDuplicateCheck(watched: unknown, read: () => CheckedPerson) {
  const [result, setResult] = useState<DuplicateResult | null>(null);
  const lastSent = useRef('');
  const inFlight = useRef<AbortController | null>(null);

  const check = useCallback(() => {
    const body = duplicateCheckOf(read());
    if (!body) {
      inFlight.current?.abort();
      lastSent.current = '';
      setResult(null);
      return;
    }
    const key = JSON.stringify(body);
    if (key === lastSent.current) return;
    lastSent.current = key;
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    checkDuplicates(body, controller.signal).then(
      ({ items }) => {
        if (controller.signal.aborted) return;
        setResult({
          visible: items.filter((c): c is VisibleCandidate => c.visible),
          hidden: items.filter((c) => !c.visible).length,
        });
      },
      () => {
        if (controller.signal.aborted) return;
        // Try again on the next change or blur; stale candidates would mislead.
        lastSent.current = '';
        setResult(null);
      },
    );
  }, [read]);

  // Re-armed whenever ふりがな, birth date or phone change (by value: the phones array is a new one each time).
  const watchedKey = JSON.stringify(watched);
  useEffect(() => {
    void watchedKey;
    const timer = window.setTimeout(check, DUPLICATE_CHECK_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [check, watchedKey]);

  // Leaving any box inside the member's area checks at once (values already sent are skipped).
  const area = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = area.current;
    element?.addEventListener('focusout', check);
    return () => element?.removeEventListener('focusout', check);
  }, [check]);

  useEffect(() => () => inFlight.current?.abort(), []);

  return { result, check, area };
}
