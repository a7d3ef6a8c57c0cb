"use client";

import { useEffect, useState } from "react";
import { createManualClaimAction } from "../articles/[slug]/actions";
import { useFormAction } from "./use-form-action";
import { FieldError, FormStatus, describedBy } from "./form-bits";

/** Offsets of a selection inside the article text, read from the data-start of the spans around it. */
function selectionOffsets(): { text: string; start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const offsetOf = (node: Node, offset: number) => {
    const holder = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>("[data-start]");
    if (!holder || !holder.closest(".article-text")) return null;
    return Number(holder.dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { text: selection.toString(), start, end };
}

/**
 * Make a claim from any words of the article: select them in the text (their exact span is kept),
 * or type them when they appear only once.
 */
export function ManualClaimForm({ slug }: { slug: string }) {
  const { state, onSubmit, pending, ready } = useFormAction(createManualClaimAction.bind(null, slug));
  const [picked, setPicked] = useState<{ text: string; start?: number; end?: number }>({ text: "" });
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onSelect = () => {
      const found = selectionOffsets();
      if (found) {
        setPicked(found);
        setOpen(true);
      }
    };
    document.addEventListener("mouseup", onSelect);
    document.addEventListener("keyup", onSelect);
    return () => {
      document.removeEventListener("mouseup", onSelect);
      document.removeEventListener("keyup", onSelect);
    };
  }, []);

  return (
    <details className="form-box" open={open || state.status === "error" || undefined} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>Make a claim by hand</summary>
      <form onSubmit={onSubmit} className="stack" noValidate>
        <p className="muted small">Select words in the article, or type words that appear once in it.</p>
        <div className="field">
          <label htmlFor="manual-text">Words of the claim</label>
          <textarea
            id="manual-text"
            name="text"
            rows={3}
            value={picked.text}
            onChange={(e) => setPicked({ text: e.target.value })}
            {...describedBy(state, "text", "manual-text-error")}
          />
          <FieldError id="manual-text-error" state={state} name="text" />
        </div>
        {picked.start !== undefined && (
          <>
            <input type="hidden" name="start" value={picked.start} />
            <input type="hidden" name="end" value={picked.end} />
            <p className="muted small">
              Characters {picked.start}–{picked.end} of the article.
            </p>
          </>
        )}
        <FormStatus state={state} />
        <button type="submit" className="button-secondary" disabled={pending || !ready}>
          Make claim
        </button>
      </form>
    </details>
  );
}
