"use client";

import { editCitationAction } from "../claims/[id]/actions";
import { useFormAction } from "./use-form-action";
import { useEdits } from "./use-edits";
import { CharCount, FieldError, FormStatus } from "./form-bits";
import { TEXT_LIMITS } from "@/lib/review/limits";
import { STANCE_CHOICE } from "./labels";
import { ChangedWhileEditing } from "./live/changed-while-editing";
import { Disclosure } from "./disclosure";

interface Props {
  claimId: string;
  citationId: string;
  source: string;
  passage: string;
  stance: string;
}

/** Corrects a citation's passage or stance in place; the history keeps what it was and the checks run again. */
export function EditCitationForm({ claimId, citationId, source, passage, stance }: Props) {
  const { state, submitWith, pending, ready } = useFormAction(editCitationAction.bind(null, claimId, citationId));
  // Only the field the person changed is sent: changing the stance never writes back a passage someone else just corrected.
  const { values, set, prepare, changedUnder, keepMine, takeTheirs } = useEdits({ passage, stance }, state.savedAt);
  const id = `citation-${citationId}`;
  return (
    <Disclosure
      className="inline-form"
      summary={
        <>
          Edit citation<span className="visually-hidden"> from {source}</span>
        </>
      }
    >
      <form onSubmit={submitWith(prepare)} className="stack" noValidate>
        <div className="field">
          <label htmlFor={`${id}-passage`}>Passage</label>
          <textarea
            id={`${id}-passage`}
            name="passage"
            rows={3}
            value={values.passage}
            onChange={set("passage")}
            aria-describedby={state.fields?.passage ? `${id}-passage-count ${id}-passage-error` : `${id}-passage-count`}
            aria-invalid={values.passage.length > TEXT_LIMITS.passage || !!state.fields?.passage || undefined}
          />
          <CharCount id={`${id}-passage-count`} value={values.passage} max={TEXT_LIMITS.passage} />
          <FieldError id={`${id}-passage-error`} state={state} name="passage" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-stance`}>Stance</label>
          <select id={`${id}-stance`} name="stance" value={values.stance} onChange={set("stance")}>
            {Object.entries(STANCE_CHOICE).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {changedUnder.length > 0 && (
          <ChangedWhileEditing
            changes={changedUnder.map((name) => ({ label: name === "passage" ? "Passage" : "Stance", theirs: name === "passage" ? passage : (STANCE_CHOICE[stance as keyof typeof STANCE_CHOICE] ?? stance) }))}
            onKeepMine={keepMine}
            onTakeTheirs={takeTheirs}
          />
        )}
        <FormStatus state={state} fields={["passage"]} />
        {/* A citation has no version to refuse a stale save with: the person chooses first. */}
        <button type="submit" className="button-secondary" disabled={pending || !ready || values.passage.length > TEXT_LIMITS.passage || changedUnder.length > 0}>
          Save citation
        </button>
      </form>
    </Disclosure>
  );
}
