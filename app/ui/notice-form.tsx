"use client";

import { correctionSentence, noticeText, type NoticeLineInput } from "@/lib/reports/notice";
import { TEXT_LIMITS } from "@/lib/review/limits";
import { updateClaimAction } from "../claims/[id]/actions";
import { useFormAction } from "./use-form-action";
import { useEdits } from "./use-edits";
import { CharCount, FieldError, FormStatus } from "./form-bits";

interface Props {
  claimId: string;
  version: number;
  /** What the generated line is made from: the claim's sentence, corrected, and whether the text already has it. */
  draft: Omit<NoticeLineInput, "noticeWording">;
  /** The editor's saved wording, or null while the generated one stands. */
  notice: string | null;
  /** Editors and admins word the notice, until the claim is signed off. */
  canEdit: boolean;
  signedOff: boolean;
  /** Today, from the server, so the preview's date is the same in the HTML and after hydration. */
  todayIso: string;
}

/** The notice as it will be published with this correction alone, one paragraph per block. */
function Preview({ lines, todayIso }: { lines: NoticeLineInput[]; todayIso: string }) {
  return (
    <div className="notice-preview" aria-live="polite">
      {noticeText(lines, new Date(todayIso))
        .split("\n\n")
        .map((paragraph, i) => (
          <p key={i}>{i === 0 ? <strong>{paragraph}</strong> : paragraph}</p>
        ))}
    </div>
  );
}

/**
 * The claim's line in the corrections report's notice. Editors may put it in their own words before
 * they sign off, watching the notice as readers will see it; saving the generated wording (or
 * emptying the field) returns to it, so it keeps following the suggested correction.
 */
export function NoticeForm({ claimId, version, draft, notice, canEdit, signedOff, todayIso }: Props) {
  const generated = correctionSentence(draft);
  const { state, submitWith, pending, ready } = useFormAction(updateClaimAction.bind(null, claimId));
  const { values, set, prepare, version: editedVersion } = useEdits({ notice: notice ?? generated }, state.savedAt, version);
  const wording = values.notice.trim();
  const lines = [{ ...draft, noticeWording: wording || null }];
  const onSubmit = submitWith((form) => {
    const prepared = prepare(form);
    if (prepared.get("notice")?.toString().trim() === generated) prepared.set("notice", "");
    return prepared;
  });

  if (!canEdit || signedOff)
    return (
      <>
        <Preview lines={[{ ...draft, noticeWording: notice }]} todayIso={todayIso} />
        <p className="muted small">
          {signedOff ? "Signed off: this is the notice the report publishes for this claim." : "Editors can reword it before they sign the claim off."}
        </p>
      </>
    );

  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <input type="hidden" name="version" value={editedVersion ?? version} />
      <div className="field">
        <label htmlFor="notice-wording">Wording in the correction notice</label>
        <textarea
          id="notice-wording"
          name="notice"
          rows={6}
          value={values.notice}
          onChange={set("notice")}
          aria-describedby="notice-wording-count notice-wording-help"
          aria-invalid={values.notice.length > TEXT_LIMITS.notice || !!state.fields?.notice || undefined}
        />
        <CharCount id="notice-wording-count" value={values.notice} max={TEXT_LIMITS.notice} />
        <p id="notice-wording-help" className="muted small">
          {notice ? "Your wording replaces the generated one." : "Generated from the claim's sentence and the suggested correction."} Empty the field to use the generated wording.
        </p>
        <FieldError id="notice-wording-error" state={state} name="notice" />
      </div>
      <h4 className="small-heading">Preview</h4>
      <Preview lines={lines} todayIso={todayIso} />
      <FormStatus state={state} fields={["notice"]} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={pending || !ready || values.notice.length > TEXT_LIMITS.notice}>
          {pending ? "Saving…" : "Save notice"}
        </button>
        {notice !== null && (
          <button type="button" className="button-secondary" onClick={() => set("notice")({ target: { value: generated } })}>
            Use the generated wording
          </button>
        )}
      </div>
    </form>
  );
}
