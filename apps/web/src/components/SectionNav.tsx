import { Link, type LinkProps } from '@tanstack/react-router';

/** One page of a section: where it is, its name, and whether only that exact path marks it current. */
export type SectionLink = { to: LinkProps['to']; label: string; exact?: boolean };

/** The pages of a section as a row of tab-like links; the current one is marked (aria-current="page"). */
export function SectionNav({ label, links }: { label: string; links: readonly SectionLink[] }) {
  return (
    <nav aria-label={label} className="-mt-4">
      <ul className="flex flex-wrap gap-x-1 border-b-2 border-solid-gray-420">
        {links.map((link) => (
          <li key={String(link.to)}>
            <Link
              to={link.to}
              activeOptions={{ exact: link.exact ?? false, includeSearch: false }}
              className="link-plain -mb-0.5 block rounded-t-8 border-b-4 px-4 py-3 text-std-16N-170 hover:bg-solid-gray-50 hover:text-blue-1000"
              activeProps={{ className: 'border-blue-900 font-bold text-blue-1000' }}
              inactiveProps={{ className: 'border-transparent text-solid-gray-800' }}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
