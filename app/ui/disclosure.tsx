"use client";

import { useState, type ReactNode } from "react";

interface Props {
  summary: ReactNode;
  className?: string;
  children: ReactNode;
}

/**
 * A collapsed `<details>` whose content is rendered once it is first opened: a claim page carries an edit form per
 * citation and a resolve form per flag, most never opened, and rendering each of them on the server (as markup
 * and again as React's payload) made a well-cited claim's page twice as heavy. Once opened, the content stays
 * mounted, so what a person typed survives closing it.
 */
export function Disclosure({ summary, className, children }: Props) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && children}
    </details>
  );
}
