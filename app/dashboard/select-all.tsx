"use client";

import { SELECTION_CHANGED } from "./bulk-form-id";

/** Ticks or clears every claim checkbox of the bulk form on this page. */
export function SelectAll({ form }: { form: string }) {
  return (
    <input
      type="checkbox"
      aria-label="Select every claim on this page"
      onChange={(event) => {
        const boxes = document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="claim"][form="${form}"]`);
        for (const box of boxes) box.checked = event.currentTarget.checked;
        // Ticked from code, the boxes fire no change event of their own: the bulk form recounts on this one.
        document.dispatchEvent(new Event(SELECTION_CHANGED));
      }}
    />
  );
}
