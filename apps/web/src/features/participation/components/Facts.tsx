import type { ReactNode } from 'react';

/** A list of facts as term–value pairs in two columns on wide screens. */
export function Facts({ items, label }: { items: [string, ReactNode][]; label?: string }) {
  return (
    <dl aria-label={label} className="grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(8rem,14rem)_1fr]">
      {items.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-std-16B-170 text-solid-gray-800">{term}</dt>
          <dd className="min-w-0 text-std-16N-170 break-words whitespace-pre-line">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A section of a page: its heading with a blue rule, an explanation line, and what it holds. */
export function Section({
  id,
  title,
  lead,
  actions,
  children,
}: {
  id: string;
  title: ReactNode;
  lead?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="flex min-w-0 flex-col gap-4">
      <div className="flex min-w-0 flex-col gap-3 border-b-2 border-blue-900 pb-2 sm:flex-row sm:items-end sm:justify-between">
        <div className="flex min-w-0 flex-col gap-1">
          <h2 id={`${id}-heading`} tabIndex={-1} className="text-std-24B-150">
            {title}
          </h2>
          {lead ? <p className="text-dns-14N-130 text-solid-gray-800">{lead}</p> : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-3">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
