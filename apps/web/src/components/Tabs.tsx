import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';

/** One tab of {@link Tabs}. */
export interface TabItem {
  key: string;
  label: ReactNode;
}

/**
 * ARIA tabs (manual activation is not needed here: panels are cheap, so arrow keys select). Left/Right,
 * Home and End move between tabs; only the selected tab is in the Tab order.
 */
export function Tabs({
  label,
  items,
  selected,
  onSelect,
  children,
}: {
  label: string;
  items: TabItem[];
  selected: string;
  onSelect: (key: string) => void;
  children: ReactNode;
}) {
  const id = useId();
  const refs = useRef(new Map<string, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = items.findIndex((item) => item.key === selected);
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % items.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    const item = items[next];
    if (!item) return;
    event.preventDefault();
    onSelect(item.key);
    refs.current.get(item.key)?.focus();
  }

  return (
    <div>
      <div
        role="tablist"
        aria-label={label}
        onKeyDown={onKeyDown}
        className="flex flex-wrap gap-1 border-b-2 border-solid-gray-420"
      >
        {items.map((item) => {
          const active = item.key === selected;
          return (
            <button
              key={item.key}
              ref={(el) => {
                if (el) refs.current.set(item.key, el);
                else refs.current.delete(item.key);
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${item.key}`}
              aria-selected={active}
              aria-controls={`${id}-panel`}
              tabIndex={active ? 0 : -1}
              onClick={() => onSelect(item.key)}
              className={
                active
                  ? '-mb-0.5 rounded-t-8 border-b-4 border-blue-900 bg-white px-4 py-3 text-std-16B-170 text-blue-1000'
                  : '-mb-0.5 rounded-t-8 border-b-4 border-transparent px-4 py-3 text-std-16N-170 text-solid-gray-800 hover:bg-solid-gray-50 hover:text-blue-1000'
              }
            >
              {item.label}
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${selected}`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the APG tabs pattern makes the panel focusable
        tabIndex={0}
        className="pt-6"
      >
        {children}
      </div>
    </div>
  );
}
