"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { isTyping, spanOf } from "./shortcut-keys";
import { ShortcutsHelp } from "./shortcuts-help";

interface Props {
  claimId: string;
  articleSlug: string;
  previousId: string | null;
  nextId: string | null;
  /** 1-based position in reading order. */
  position: number;
  total: number;
}

/**
 * The top of a claim's card: previous / next claim in reading order, back to the article, and the shortcuts:
 * j and k move to the next and previous claim, Escape returns focus to the claim's words in the text.
 */
export function ClaimNav({ claimId, articleSlug, previousId, nextId, position, total }: Props) {
  const router = useRouter();
  // On a phone the card is a drawer over the text (globals.css); the person can fold it to read the text.
  const [folded, setFolded] = useState(false);
  useEffect(() => {
    document.getElementById("claim-panel")?.setAttribute("data-drawer", folded ? "folded" : "open");
  }, [folded]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        // Escape in a field leaves it first (the browser's own behaviour); from anywhere else, back to the text.
        const target = event.target as HTMLElement | null;
        if (target?.closest("dialog[open], [popover]:popover-open") || ["INPUT", "TEXTAREA", "SELECT"].includes(target?.tagName ?? "")) return;
        const span = spanOf(claimId);
        if (span) {
          event.preventDefault();
          span.focus();
          span.scrollIntoView({ block: "center" });
        }
        return;
      }
      if (isTyping(event)) return;
      const to = event.key === "j" ? nextId : event.key === "k" ? previousId : null;
      if (!to) return;
      event.preventDefault();
      router.push(`/claims/${to}`);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [claimId, nextId, previousId, router]);

  return (
    <nav className="claim-nav" aria-label="Claims of this article">
      <Link href={`/articles/${articleSlug}`} className="claim-nav-back">
        All claims
      </Link>
      <span className="claim-nav-steps">
        {previousId ? (
          <Link href={`/claims/${previousId}`} rel="prev" aria-keyshortcuts="k">
            <span aria-hidden="true">← </span>Previous
          </Link>
        ) : (
          <span className="muted">
            <span aria-hidden="true">← </span>Previous
          </span>
        )}
        <span className="muted">
          {position} of {total}
        </span>
        {nextId ? (
          <Link href={`/claims/${nextId}`} rel="next" aria-keyshortcuts="j">
            Next<span aria-hidden="true"> →</span>
          </Link>
        ) : (
          <span className="muted">
            Next<span aria-hidden="true"> →</span>
          </span>
        )}
      </span>
      <ShortcutsHelp />
      <button type="button" className="button-quiet drawer-toggle" aria-expanded={!folded} aria-controls="claim-panel" onClick={() => setFolded(!folded)}>
        {folded ? "Show the card" : "Fold the card"}
      </button>
    </nav>
  );
}
