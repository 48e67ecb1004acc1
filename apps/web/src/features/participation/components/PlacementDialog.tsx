import { type MatchPlace, matchPlaceSchema } from '@tsunagu/contracts/participation';
import { useForm, useWatch } from 'react-hook-form';
import { FormFailure } from '../../../components/FormFailure';
import { fieldId } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { FormDialog } from '../../households/components/FormDialog';
import { WarekiDateField } from '../../intakes/components/WarekiDateField';
import { sharedResolver } from '../../referrals/form-values';
import { recordPlacement } from '../api';
import { matchMessages } from '../match-messages';
import { FormProblems } from './FormProblems';
import { type Busy, type MatchDialogProps, useMatchChange } from './MatchChange';

const PLACE = 'match-place';
const placeResolver = sharedResolver<MatchPlace, MatchPlace>(matchPlaceSchema, () => {});

/** 就労・参加開始: the date the person started (not in the future, not before the proposal). */
export function PlacementDialog(props: MatchDialogProps) {
  const t = useT(matchMessages);
  return (
    <FormDialog
      open={props.open}
      onClose={props.onClose}
      title={t('placeTitle', { name: props.match.target.name })}
      formId={PLACE}
      submitLabel={t('placeSubmit')}
    >
      {(onBusy) => <PlacementForm {...props} onBusy={onBusy} />}
    </FormDialog>
  );
}

function PlacementForm({ participant, match, onClose, onBusy }: MatchDialogProps & Busy) {
  const t = useT(matchMessages);
  const form = useForm<MatchPlace, unknown, MatchPlace>({
    resolver: placeResolver,
    shouldFocusError: false,
    defaultValues: { version: match.version, placedOn: todayIso() },
  });
  const { failure, box, msg, save } = useMatchChange({ participant, onClose, onBusy }, form.setError);
  const placedOn = useWatch({ control: form.control, name: 'placedOn' });
  const { errors, submitCount } = form.formState;
  async function submit(input: MatchPlace) {
    await save(() => recordPlacement(match.id, input), t('placeRecorded'), `match-${match.id}`);
  }
  return (
    <form id={PLACE} noValidate onSubmit={form.handleSubmit(submit)} className="flex min-w-0 flex-col gap-6">
      <p className="text-std-16N-170 text-solid-gray-800">
        {t(match.target.kind === 'opening' ? 'placeLeadJob' : 'placeLeadPlace')}
      </p>
      <FormProblems
        formId={PLACE}
        errors={errors}
        submitCount={submitCount}
        labels={{ placedOn: t('placedOn') }}
      />
      <FormFailure ref={box} failure={failure} hasFieldErrors={Object.keys(errors).length > 0} />
      <WarekiDateField
        id={fieldId(PLACE, 'placedOn')}
        label={t('placedOn')}
        required
        min={match.proposedOn}
        max={todayIso()}
        registration={form.register('placedOn')}
        value={placedOn}
        error={msg(errors.placedOn?.message)}
      />
    </form>
  );
}
