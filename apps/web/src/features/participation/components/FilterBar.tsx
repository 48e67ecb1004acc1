import { createContext, type FormEvent, type ReactNode, useContext, useId } from 'react';
import { Button } from '../../../components/Button';
import { Select } from '../../../components/Select';

/** The grey frame the filters of a list page stand in. */
export const FILTER_FRAME = 'flex flex-wrap items-end gap-4 rounded-8 bg-solid-gray-50 p-4';

/** A filter's value as sent: trimmed, or undefined when empty. */
export const filterValue = (form: FormData, name: string) => String(form.get(name) ?? '').trim() || undefined;

/** The words a filter bar needs from its page's messages. */
type FilterWords = (key: 'filterLabel' | 'filterSubmit' | 'filterClear' | 'all') => string;

const FilterContext = createContext<{ id: string; all: string }>({ id: 'filter', all: '' });

/**
 * The filters of a list page as a search landmark (named by `filterLabel`): the fields, 絞り込む, and
 * 条件をクリア once a filter is set. The form is rebuilt when `search` changes, so the fields show what
 * the URL says.
 */
export function FilterBar({
  t,
  search,
  filtered,
  onSearch,
  onClear,
  children,
}: {
  t: FilterWords;
  /** The page's search params (the form's key). */
  search: object;
  filtered: boolean;
  /** Called with the form's data on submit. */
  onSearch: (form: FormData) => void;
  onClear: () => void;
  children: ReactNode;
}) {
  const id = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(new FormData(event.currentTarget));
  }
  return (
    <search aria-label={t('filterLabel')}>
      <form key={JSON.stringify(search)} onSubmit={submit} className={FILTER_FRAME}>
        <FilterContext value={{ id, all: t('all') }}>{children}</FilterContext>
        <div className="flex gap-3">
          <Button type="submit">{t('filterSubmit')}</Button>
          {filtered ? (
            <Button variant="tertiary" onClick={onClear}>
              {t('filterClear')}
            </Button>
          ) : null}
        </div>
      </form>
    </search>
  );
}

/** One select of a filter bar: すべて (the empty value) first, then the options given. */
export function FilterSelect({
  name,
  label,
  value,
  width,
  children,
}: {
  name: string;
  label: string;
  /** The current value from the URL. */
  value: string | undefined;
  /** The width class of the field's box. */
  width: string;
  children: ReactNode;
}) {
  const { id, all } = useContext(FilterContext);
  return (
    <div className={`w-full ${width}`}>
      <Select id={`${id}-${name}`} name={name} label={label} defaultValue={value ?? ''}>
        <option value="">{all}</option>
        {children}
      </Select>
    </div>
  );
}
