import { Link, type LinkProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/**
 * One card of the 地域づくり hub: a heading that is the link to the page, what the page is for and,
 * where known, a figure of the current 年度.
 */
export function HubCard({
  link,
  title,
  text,
  extra,
  headingLevel = 3,
}: {
  link: Pick<LinkProps, 'to' | 'params'>;
  title: string;
  text: ReactNode;
  extra?: ReactNode;
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <li className="flex min-w-0 flex-col gap-2 rounded-8 border border-solid-gray-420 bg-white p-4 sm:p-6">
      <Heading className="text-std-18B-160">
        <Link {...link}>{title}</Link>
      </Heading>
      <p className="text-std-16N-170 text-solid-gray-800">{text}</p>
      {extra ? <p className="text-std-16B-170">{extra}</p> : null}
    </li>
  );
}

/** The cards of one part of the hub, two or three to a row on wide screens. */
export function HubCards({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <ul aria-label={label} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {children}
    </ul>
  );
}
