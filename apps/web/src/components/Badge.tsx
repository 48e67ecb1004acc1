import type { ReactNode } from 'react';

/** Colour families of badges; each pairing passes WCAG AA contrast. */
export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'accent';

const tones: Record<BadgeTone, string> = {
  neutral: 'border-solid-gray-536 bg-solid-gray-50 text-solid-gray-900',
  info: 'border-blue-900 bg-blue-50 text-blue-1000',
  success: 'border-green-900 bg-green-50 text-green-1000',
  warning: 'border-yellow-1000 bg-yellow-50 text-yellow-1200',
  danger: 'border-red-1000 bg-red-50 text-red-1100',
  accent: 'border-purple-900 bg-purple-50 text-purple-1000',
};

/** A small label for a status or a category; meaning never rests on colour alone (the text says it). */
export function Badge({
  tone = 'neutral',
  children,
  className = '',
}: {
  tone?: BadgeTone;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-4 border px-2 py-0.5 text-dns-14B-130 whitespace-nowrap ${tones[tone]} ${className}`}
    >
      {children}
    </span>
  );
}

/** A pill-shaped tag, for lists of fields or topics. */
export function Tag({ children }: { children: ReactNode }) {
  return (
    <span className="inline-flex items-center rounded-full bg-solid-gray-50 px-3 py-0.5 text-dns-14N-130 text-solid-gray-800 ring-1 ring-solid-gray-200 ring-inset">
      {children}
    </span>
  );
}
