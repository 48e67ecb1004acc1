import type { ReactNode } from 'react';

/** The page's one h1, with an optional lead paragraph and actions on the right. */
export function PageHeader({
  title,
  lead,
  actions,
  breadcrumbs,
}: {
  title: ReactNode;
  lead?: ReactNode;
  actions?: ReactNode;
  breadcrumbs?: ReactNode;
}) {
  return (
    <div className="mb-8 flex flex-col gap-4">
      {breadcrumbs}
      <div className="flex flex-col gap-4 md:flex-row md:items-end md:justify-between">
        <div className="flex flex-col gap-2">
          <h1 className="text-std-32B-150 text-solid-gray-900 md:text-std-36B-140">{title}</h1>
          {lead ? <p className="max-w-3xl text-std-16N-170 text-solid-gray-800">{lead}</p> : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-3">{actions}</div> : null}
      </div>
    </div>
  );
}
