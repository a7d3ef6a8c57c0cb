import type { ReactNode } from "react";

/**
 * A wide table's own scrolling box: on a narrow screen the table scrolls inside it instead of widening
 * the page. Focusable and named, so a keyboard user can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
