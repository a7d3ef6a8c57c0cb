"use client";

import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { createManualClaimAction } from "../articles/[slug]/actions";
import { useFormAction } from "./use-form-action";
import { selectionOffsets } from "./selection-offsets";

interface Picked {
  text: string;
  start: number;
  end: number;
  /** Where the button goes: just under the selection's end, in page coordinates. */
  top: number;
  left: number;
}

/**
 * Selecting any words of the article offers "Make a claim" right at the selection: one click makes the claim
 * from exactly that span and opens its card. (Words can also be typed in "Make a claim by hand".)
 */
export function SelectionClaim({ slug }: { slug: string }) {
  const { state, onSubmit, pending, ready } = useFormAction(createManualClaimAction.bind(null, slug));
  const [picked, setPicked] = useState<Picked | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const onSelect = (event: Event) => {
      // A click on the button itself must not clear what it is about to send.
      if (event.target instanceof Node && button.current?.closest("form")?.contains(event.target)) return;
      const found = selectionOffsets();
      if (!found) return setPicked(null);
      const width = document.documentElement.clientWidth;
      setPicked({
        text: found.text,
        start: found.start,
        end: found.end,
        top: found.rect.bottom + window.scrollY + 6,
        left: Math.max(8, Math.min(found.rect.left + window.scrollX, width - 200)),
      });
    };
    document.addEventListener("mouseup", onSelect);
    document.addEventListener("keyup", onSelect);
    return () => {
      document.removeEventListener("mouseup", onSelect);
      document.removeEventListener("keyup", onSelect);
    };
  }, []);

  if (!picked) return null;
  const error = state.status === "error" ? (state.fields?.text ?? state.message) : null;
  // In the page's body: the panel this sits in is sticky, which would place it against the panel instead.
  return createPortal(
    <form onSubmit={onSubmit} className="selection-claim" style={{ top: picked.top, left: picked.left }} aria-label="The selected words">
      <input type="hidden" name="text" value={picked.text} />
      <input type="hidden" name="start" value={picked.start} />
      <input type="hidden" name="end" value={picked.end} />
      <button ref={button} type="submit" className="button-primary" disabled={pending || !ready}>
        {pending ? "Making the claim…" : "Make a claim"}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>,
    document.body,
  );
}
