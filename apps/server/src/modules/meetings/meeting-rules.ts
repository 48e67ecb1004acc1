import type { MeetingKind } from '@tsunagu/contracts/meetings';
import { MEETING_KIND_LABELS } from '@tsunagu/contracts/meetings';
import type { Tx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { findAgency } from '../agencies/agencies.repository';
import * as caseRepo from '../cases/cases.repository';
import { findCoveringConsent } from '../consents/consents.repository';

type Agency = { id: string; name: string; categoryCode: string; supportCouncilMember: boolean };
type AgendaCase = { id: string; number: number; personId: string | null };

/** The attending agencies, each one found in the directory (else 400 naming the row). */
export async function attendingAgencies(tx: Tx, attendees: { agencyId: string }[]): Promise<Agency[]> {
  const found: Agency[] = [];
  const issues: { path: string; message: string }[] = [];
  for (const [i, a] of attendees.entries()) {
    const agency = await findAgency(tx, a.agencyId);
    if (agency) found.push(agency);
    else issues.push({ path: `attendees.${i}.agencyId`, message: '機関が見つかりません / no such agency' });
  }
  if (issues.length) throw new AppError('validation_failed', undefined, issues);
  return found;
}

/** The agenda: open coordinated cases the coordinator sees (else 400 naming the row). */
export async function agendaCases(tx: Tx, kind: MeetingKind, caseIds: string[]): Promise<AgendaCase[]> {
  if (kind !== 'advisor' && caseIds.length === 0)
    throw new AppError('validation_failed', undefined, [
      {
        path: 'caseIds',
        message: `${MEETING_KIND_LABELS[kind].ja}には検討するケースを1件以上選んでください / choose at least one case`,
      },
    ]);
  if (new Set(caseIds).size !== caseIds.length)
    throw new AppError('validation_failed', undefined, [
      { path: 'caseIds', message: '同じケースが重複しています / a case is repeated' },
    ]);
  const found: AgendaCase[] = [];
  for (const [i, id] of caseIds.entries()) {
    const c = (await caseRepo.findListed(tx, id))?.case;
    if (c?.kind !== 'coordinated' || c.stage === 'closed')
      throw new AppError('validation_failed', undefined, [
        {
          path: `caseIds.${i}`,
          message: '支援調整中のケースを選んでください / choose an open coordinated case',
        },
      ]);
    found.push({ id: c.id, number: c.number, personId: c.personId });
  }
  return found;
}

/**
 * The legal rule of the meeting's kind. 支援会議: only registered member agencies (支援会議構成員),
 * bound to secrecy. 重層的支援会議: the person of each agenda case has consented to sharing at the
 * meeting with every attending agency (by name or category).
 */
export async function checkLegalBasis(tx: Tx, kind: MeetingKind, agencies: Agency[], agenda: AgendaCase[]) {
  if (kind === 'support_council') {
    const outsiders = agencies.filter((a) => !a.supportCouncilMember);
    if (outsiders.length)
      throw new AppError(
        'unprocessable',
        { agencies: outsiders.map((a) => ({ id: a.id, name: a.name })) },
        undefined,
        {
          ja: `支援会議に出席できるのは構成員の機関だけです：${outsiders.map((a) => a.name).join('、')} は構成員ではありません。`,
          en: `Only member agencies may attend a support council: ${outsiders.map((a) => a.name).join(', ')} are not members.`,
        },
      );
  }
  if (kind === 'multi_agency') {
    const missing: { caseNumber: number; agency: string }[] = [];
    for (const c of agenda) {
      for (const a of agencies) {
        const consent = c.personId
          ? await findCoveringConsent(tx, c.personId, 'multi_agency_meeting', a)
          : undefined;
        if (!consent) missing.push({ caseNumber: c.number, agency: a.name });
      }
    }
    if (missing.length)
      throw new AppError('consent_required', { missing }, undefined, {
        ja: `重層的支援会議での情報共有について、本人の同意が次の出席機関に及んでいません：${missing.map((m) => `ケース${m.caseNumber}（${m.agency}）`).join('、')}。`,
        en: `The person's consent to sharing at the meeting does not cover: ${missing.map((m) => `case ${m.caseNumber} (${m.agency})`).join(', ')}.`,
      });
  }
}
