"use client";

import { useEffect, useState } from "react";
import { changedUnderEdits, keepOnlyEdited, withEdits, type Edits } from "./edited-fields";

/**
 * The fields of a form the person changed, over fresh values from the server. `prepare` drops the
 * untouched fields from a submission; the edits are forgotten once a save succeeds (`savedAt`).
 *
 * Pages refresh live when someone else saves (app/ui/live): untouched fields then show the new
 * values, while the person's own edits stay. When a field they are editing was itself changed,
 * `changedUnder` names it and `version` stays the one they began from, so a save gets 409 instead of
 * overwriting the change unseen; `keepMine` or `takeTheirs` settles it.
 */
export function useEdits<T extends Record<string, string>>(fresh: T, savedAt: number | undefined, freshVersion?: number) {
  const [edits, setEdits] = useState<Edits<T>>({});
  const [startedFrom, setStartedFrom] = useState<Edits<T>>({});
  const [startVersion, setStartVersion] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (!savedAt) return;
    setEdits({});
    setStartedFrom({});
    setStartVersion(undefined);
  }, [savedAt]);
  const set = (name: keyof T & string) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    setEdits((e) => ({ ...e, [name]: value }));
    setStartedFrom((s) => (Object.hasOwn(s, name) ? s : { ...s, [name]: fresh[name] }));
    setStartVersion((v) => v ?? freshVersion);
  };
  const prepare = (form: FormData) => keepOnlyEdited(form, Object.keys(fresh), edits);
  const changedUnder = changedUnderEdits(fresh, edits, startedFrom);
  /** The person has seen the other change and saves their own text over it. */
  const keepMine = () => {
    setStartedFrom((s) => ({ ...s, ...Object.fromEntries(changedUnder.map((name) => [name, fresh[name]])) }));
    setStartVersion(freshVersion);
  };
  /** The person drops their edits of the fields changed under them. */
  const takeTheirs = () => {
    const drop = <V,>(record: Edits<T>) => Object.fromEntries(Object.entries(record).filter(([name]) => !changedUnder.includes(name as keyof T & string))) as V;
    setEdits((e) => drop(e));
    setStartedFrom((s) => drop(s));
  };
  const version = changedUnder.length > 0 ? startVersion : freshVersion;
  return { values: withEdits(fresh, edits), set, prepare, edited: edits, changedUnder, keepMine, takeTheirs, version };
}
