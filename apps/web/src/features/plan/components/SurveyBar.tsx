/** A percentage as written text: one decimal at most ('26.7%', '100%'), or null as a dash. */
export function percentText(n: number | null): string {
  return n === null ? '—' : `${Number(n.toFixed(1))}%`;
}

/**
 * A 0–100% bar with its value written beside it. The bar is drawn for the eye only; the text carries
 * the figure for everyone (the colour is dark enough against white for graphics, WCAG 1.4.11).
 */
export function SurveyBar({
  percent,
  text,
  colour = 'bg-blue-900',
}: {
  percent: number | null;
  text: string;
  colour?: string;
}) {
  const width = Math.max(0, Math.min(100, percent ?? 0));
  return (
    <div className="flex min-w-48 flex-col gap-1">
      <div
        aria-hidden="true"
        className="h-3 w-full overflow-hidden rounded-4 bg-solid-gray-50 ring-1 ring-solid-gray-536"
      >
        <div className={`h-3 ${colour}`} style={{ width: `${width}%`, minWidth: width > 0 ? '2px' : 0 }} />
      </div>
      <span className="text-dns-14N-130">{text}</span>
    </div>
  );
}
