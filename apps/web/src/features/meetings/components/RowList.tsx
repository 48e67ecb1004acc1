import type { ReactNode } from 'react';
import { Button } from '../../../components/Button';
import { Fieldset } from '../../../components/Checkbox';

/**
 * A list of form rows under one legend: each row a bordered group with its own legend and a remove
 * button, and an add button below while fewer than `max` rows.
 */
export function RowList({
  id,
  legend,
  hint,
  error,
  keys,
  rowLegend,
  renderRow,
  onRemove,
  removeLabel,
  onAdd,
  addLabel,
  max,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  /** One stable key per row (react-hook-form's field ids). */
  keys: string[];
  rowLegend: (index: number) => string;
  renderRow: (index: number) => ReactNode;
  onRemove: (index: number) => void;
  removeLabel: (index: number) => string;
  onAdd: () => void;
  addLabel: string;
  max: number;
}) {
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      {keys.length > 0 ? (
        <ol className="mb-3 flex flex-col gap-4">
          {keys.map((key, i) => (
            <li key={key}>
              <Fieldset
                id={`${id}-${i}`}
                legend={rowLegend(i)}
                nested
                className="rounded-8 border border-solid-gray-420 bg-white p-4"
              >
                {renderRow(i)}
                <Button variant="tertiary" size="sm" className="mt-3" onClick={() => onRemove(i)}>
                  {removeLabel(i)}
                </Button>
              </Fieldset>
            </li>
          ))}
        </ol>
      ) : null}
      {keys.length < max ? (
        <Button variant="secondary" size="sm" onClick={onAdd}>
          {addLabel}
        </Button>
      ) : null}
    </Fieldset>
  );
}
