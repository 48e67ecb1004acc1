import { RELATIONSHIP_LABELS } from '@tsunagu/contracts/households';
import { Button } from '../../../components/Button';
import { useLabel, useT } from '../../../lib/i18n';
import { editMessages } from '../edit-messages';
import { householdMessages } from '../messages';
import { fullKana, fullName, type Member } from '../people';
import { SensitivePanel } from './SensitivePanel';

/** What can be done to a member from their card. */
export interface MemberActions {
  onEdit: (member: Member) => void;
  onChange: (member: Member) => void;
  onRemove: (member: Member) => void;
}

/**
 * One member on screen: name, ふりがな, 続柄 and 同居, the buttons to correct them (the 本人 can be
 * corrected but neither removed nor given another 続柄), and their 要配慮個人情報 behind its own button.
 */
export function MemberCard({
  householdId,
  member,
  actions,
}: {
  householdId: string;
  member: Member;
  actions: MemberActions | null;
}) {
  const t = useT(editMessages);
  const h = useT(householdMessages);
  const label = useLabel();
  const isSelf = member.relationship === 'self';
  const name = fullName(member.person);
  const ofName = <span className="sr-only">{t('ofName', { name })}</span>;
  const headingId = `member-${member.person.id}`;
  return (
    <li className="flex flex-col gap-4 rounded-8 border border-solid-gray-420 p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col">
          <h3 id={headingId} className="text-std-18B-160">
            {name}
          </h3>
          <p className="text-dns-16N-130 text-solid-gray-800">
            {fullKana(member.person)}{' '}
            <span className="ml-2">
              {isSelf
                ? label(RELATIONSHIP_LABELS.self)
                : t('memberFacts', {
                    relationship: label(RELATIONSHIP_LABELS[member.relationship]),
                    together: member.livesTogether ? h('livesTogether') : h('livesApart'),
                  })}
            </span>
          </p>
        </div>
        {actions ? (
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" size="sm" onClick={() => actions.onEdit(member)}>
              {t('editPerson')}
              {ofName}
            </Button>
            {isSelf ? null : (
              <>
                <Button variant="secondary" size="sm" onClick={() => actions.onChange(member)}>
                  {t('changeMember')}
                  {ofName}
                </Button>
                <Button variant="danger" size="sm" onClick={() => actions.onRemove(member)}>
                  {t('removeMember')}
                  {ofName}
                </Button>
              </>
            )}
          </div>
        ) : null}
      </div>
      {actions && isSelf ? <p className="text-dns-14N-130 text-solid-gray-700">{t('selfFixed')}</p> : null}
      <SensitivePanel householdId={householdId} member={member} canRecord={actions !== null} />
    </li>
  );
}
