"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { isTyping, spanOf } from "./shortcut-keys";

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
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        // Ctrl+Enter saves the form the person is in (a textarea keeps Enter for new lines).
        const form = (event.target as HTMLElement | null)?.closest("form");
        if (form) {
          event.preventDefault();
          form.requestSubmit();
        }
        return;
      }
      if (event.key === "Escape") {
        // Back to the claim's words in the text, from anywhere in the page, unless Escape already closed
        // something of its own (a dialog, a menu, the @-mention list).
        const target = event.target as HTMLElement | null;
        if (event.defaultPrevented || target?.closest("dialog[open], [popover]:popover-open")) return;
        const span = spanOf(claimId);
        if (span) {
          event.preventDefault();
          span.focus();
          span.scrollIntoView({ block: "center" });
        }
        return;
      }
      if (isTyping(event)) return;
      if (event.key === "a" || event.key === "v") {
        // a: open "Attach a source" at its first field; v: the verdict. The loop by keyboard alone.
        const attach = document.getElementById("attach-source") as HTMLDetailsElement | null;
        if (event.key === "a" && attach) attach.open = true;
        const field = document.getElementById(event.key === "a" ? "citation-url" : "review-verdict");
        if (field) {
          event.preventDefault();
          field.focus();
        }
        return;
      }
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
      <button type="button" className="button-quiet drawer-toggle" aria-expanded={!folded} aria-controls="claim-panel" onClick={() => setFolded(!folded)}>
        {folded ? "Show the card" : "Fold the card"}
      </button>
    </nav>
  );
}
