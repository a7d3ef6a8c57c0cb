"use client";

import { useEffect, useState } from "react";
import { keepOnlyEdited, withEdits, type Edits } from "./edited-fields";

/**
 * The fields of a form the person changed, over fresh values from the server. `prepare` drops the
 * untouched fields from a submission; the edits are forgotten once a save succeeds (`savedAt`).
 */
export function useEdits<T extends Record<string, string>>(fresh: T, savedAt: number | undefined) {
  const [edits, setEdits] = useState<Edits<T>>({});
  useEffect(() => {
    if (savedAt) setEdits({});
  }, [savedAt]);
  const set = (name: keyof T & string) => (event: { target: { value: string } }) => setEdits((e) => ({ ...e, [name]: event.target.value }));
  const prepare = (form: FormData) => keepOnlyEdited(form, Object.keys(fresh), edits);
  return { values: withEdits(fresh, edits), set, prepare, edited: edits };
}
