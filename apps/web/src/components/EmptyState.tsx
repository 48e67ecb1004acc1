import type { ReactNode } from 'react';

/** What a list shows when it has nothing in it: a title, a hint and an optional action. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-8 border border-dashed border-solid-gray-420 bg-solid-gray-50 px-6 py-10 text-center">
      <p className="text-std-18B-160">{title}</p>
      {children ? <div className="max-w-prose text-std-16N-170 text-solid-gray-800">{children}</div> : null}
      {action}
    </div>
  );
}
