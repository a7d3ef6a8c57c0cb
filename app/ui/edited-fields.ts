/**
 * A form over a record that someone else may change while it is open keeps only the fields the
 * person touched; every other field shows, and leaves to, what the server holds now. So after
 * "Load the latest version" a field they never touched takes the fresh value and is not sent back.
 */
export type Edits<T> = Partial<Record<keyof T & string, string>>;

/** What the form shows: the server's current values, overlaid with the person's own edits. */
export function withEdits<T extends Record<string, string>>(fresh: T, edits: Edits<T>): T {
  return { ...fresh, ...edits } as T;
}

/**
 * The submitted form without the tracked fields the person never touched (hidden fields such as
 * the version are not tracked, so they always go).
 */
export function keepOnlyEdited(form: FormData, tracked: readonly string[], edits: Record<string, unknown>): FormData {
  for (const name of tracked) if (!Object.hasOwn(edits, name)) form.delete(name);
  return form;
}

/**
 * The fields the person is editing whose value on the server changed since they began (someone
 * else saved it meanwhile): saving them as they are would overwrite that change unseen.
 */
export function changedUnderEdits<T extends Record<string, string>>(fresh: T, edits: Edits<T>, startedFrom: Edits<T>): Array<keyof T & string> {
  return (Object.keys(edits) as Array<keyof T & string>).filter((name) => Object.hasOwn(startedFrom, name) && startedFrom[name] !== fresh[name]);
}
