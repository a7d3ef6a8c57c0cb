"use client";

import { useRouter } from "next/navigation";
import type { Role } from "@/lib/auth/permissions";
import { VERDICTS, type ClaimState } from "@/lib/review/rules";
import { updateClaimAction } from "../claims/[id]/actions";
import { useFormAction } from "./use-form-action";
import { useEdits } from "./use-edits";
import { CharCount, FieldError, FormStatus, Required, describedBy } from "./form-bits";
import { TEXT_LIMITS } from "@/lib/review/limits";
import { STATE_LABEL, VERDICT_LABEL } from "./labels";
import { ChangedWhileEditing } from "./live/changed-while-editing";

const FIELD_LABEL: Record<string, string> = { state: "Workflow state", verdict: "Verdict", rationale: "Rationale", correction: "Suggested correction" };

/** A field's value on the server now, in words. */
function theirValue(name: string, props: Props): string {
  if (name === "state") return STATE_LABEL[props.state] ?? props.state;
  if (name === "verdict") return props.verdict ? (VERDICT_LABEL[props.verdict as keyof typeof VERDICT_LABEL] ?? props.verdict) : "No verdict yet";
  if (name === "rationale") return props.rationale || "(empty)";
  if (name === "correction") return props.correction || "(empty)";
  return "";
}

interface Props {
  claimId: string;
  version: number;
  state: string;
  verdict: string | null;
  rationale: string | null;
  correction: string | null;
  nextStates: ClaimState[];
  /** False once signed off: then only an editor's reopen is offered. */
  canReviewContent: boolean;
  role: Role;
  /** The claim's open HIGH flags in words: signing off over them needs a reason. */
  openHighFlags: string[];
}

export function ReviewForm(props: Props) {
  const router = useRouter();
  const { state, submitWith, pending, ready } = useFormAction(updateClaimAction.bind(null, props.claimId));
  // Never keyed by version: after a conflict the person reloads the claim and keeps what they typed,
  // while every field they did not touch shows the fresh value and is left out of the next save.
  const { values, set, prepare, changedUnder, keepMine, takeTheirs, version } = useEdits(
    { state: props.state, verdict: props.verdict ?? "", rationale: props.rationale ?? "", correction: props.correction ?? "", reason: "", overrideOpenFlags: "" },
    state.savedAt,
    props.version,
  );
  const onSubmit = submitWith(prepare);
  const tooLong = values.rationale.length > TEXT_LIMITS.rationale || values.correction.length > TEXT_LIMITS.correction;
  const needsOverride = values.state === "SIGNED_OFF" && props.state !== "SIGNED_OFF" && props.openHighFlags.length > 0;
  const needsReason = (props.state === "AWAITING_SIGNOFF" || props.state === "SIGNED_OFF") && values.state === "IN_REVIEW";

  // Proposing a verdict on a claim nobody has started is starting its review: the state follows, visibly,
  // unless the person already chose a state themselves.
  const verdictMovesState = props.state === "UNREVIEWED" && props.nextStates.includes("IN_REVIEW") && values.verdict !== "" && values.state === "IN_REVIEW" && props.verdict === null;
  const chooseVerdict = (event: { target: { value: string } }) => {
    set("verdict")(event);
    if (event.target.value && props.state === "UNREVIEWED" && values.state === "UNREVIEWED" && props.nextStates.includes("IN_REVIEW")) set("state")({ target: { value: "IN_REVIEW" } });
  };
  // A verdict stands only with its rationale (rules.ts): marked before sending, not only refused after.
  const rationaleRequired = values.verdict !== "";

  if (!props.canReviewContent && props.nextStates.length === 0)
    return <p className="muted">Signed off. Only an editor can reopen this claim.</p>;

  return (
    <form onSubmit={onSubmit} className="stack" noValidate>
      <input type="hidden" name="version" value={version ?? props.version} />
      {changedUnder.length > 0 && (
        <ChangedWhileEditing
          changes={changedUnder.map((name) => ({ label: FIELD_LABEL[name] ?? name, theirs: theirValue(name, props) }))}
          onKeepMine={keepMine}
          onTakeTheirs={takeTheirs}
        />
      )}
      <div className="field">
        <label htmlFor="review-state">Workflow state</label>
        <select id="review-state" name="state" value={values.state} onChange={set("state")} {...describedBy(state, "state", "review-state-error")}>
          <option value={props.state}>{STATE_LABEL[props.state]} (current)</option>
          {props.nextStates.map((s) => (
            <option key={s} value={s}>
              {props.state === "SIGNED_OFF" && s === "IN_REVIEW" ? "Reopen for review" : props.state === "AWAITING_SIGNOFF" && s === "IN_REVIEW" ? "Send back to review" : STATE_LABEL[s]}
            </option>
          ))}
        </select>
        <FieldError id="review-state-error" state={state} name="state" />
      </div>
      {props.canReviewContent && (
        <>
          <div className="field">
            <label htmlFor="review-verdict">Verdict</label>
            <select id="review-verdict" name="verdict" value={values.verdict} onChange={chooseVerdict} aria-describedby={[verdictMovesState ? "review-verdict-moves" : "", state.fields?.verdict ? "review-verdict-error" : ""].filter(Boolean).join(" ") || undefined} aria-invalid={state.fields?.verdict ? true : undefined}>
              <option value="">No verdict yet</option>
              {VERDICTS.map((v) => (
                <option key={v} value={v}>
                  {VERDICT_LABEL[v]}
                </option>
              ))}
            </select>
            {verdictMovesState && (
              <p id="review-verdict-moves" className="muted small">
                Proposing a verdict moves the claim to In review (change the state above to keep it Unreviewed).
              </p>
            )}
            <FieldError id="review-verdict-error" state={state} name="verdict" />
          </div>
          <div className="field">
            <label htmlFor="review-rationale">
              Rationale
              {rationaleRequired && <Required />}
            </label>
            <textarea id="review-rationale" name="rationale" rows={3} value={values.rationale} onChange={set("rationale")} aria-describedby={state.fields?.rationale ? "review-rationale-count review-rationale-error" : "review-rationale-count"} aria-invalid={values.rationale.length > TEXT_LIMITS.rationale || !!state.fields?.rationale || undefined} />
            <CharCount id="review-rationale-count" value={values.rationale} max={TEXT_LIMITS.rationale} />
            <FieldError id="review-rationale-error" state={state} name="rationale" />
          </div>
          <div className="field">
            <label htmlFor="review-correction">Suggested correction</label>
            <textarea id="review-correction" name="correction" rows={2} value={values.correction} onChange={set("correction")} aria-describedby={state.fields?.correction ? "review-correction-count review-correction-error" : "review-correction-count"} aria-invalid={values.correction.length > TEXT_LIMITS.correction || !!state.fields?.correction || undefined} />
            <CharCount id="review-correction-count" value={values.correction} max={TEXT_LIMITS.correction} />
            <FieldError id="review-correction-error" state={state} name="correction" />
          </div>
        </>
      )}
      {needsReason && (
        <div className="field">
          <label htmlFor="review-reason">
            Reason <span className="required">(required)</span>
          </label>
          <input id="review-reason" name="reason" value={values.reason} onChange={set("reason")} {...describedBy(state, "reason", "review-reason-error")} />
          <FieldError id="review-reason-error" state={state} name="reason" />
        </div>
      )}
      {needsOverride && (
        <div className="field">
          <p id="review-override-flags" className="notice notice-warn">
            {props.openHighFlags.length === 1 ? "A high-severity flag is still open" : `${props.openHighFlags.length} high-severity flags are still open`}:{" "}
            {props.openHighFlags.join("; ")}. Resolve {props.openHighFlags.length === 1 ? "it" : "them"} first, or say why you sign off anyway (kept in the history).
          </p>
          <label htmlFor="review-override">
            Reason to sign off despite open flags <span className="required">(required)</span>
          </label>
          <textarea
            id="review-override"
            name="overrideOpenFlags"
            rows={2}
            maxLength={2000}
            required
            value={values.overrideOpenFlags}
            onChange={set("overrideOpenFlags")}
            aria-describedby="review-override-flags"
          />
        </div>
      )}
      <FormStatus state={state} fields={props.canReviewContent ? ["state", "verdict", "rationale", "correction", "reason"] : ["state", "reason"]} />
      {state.status === "conflict" && (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            keepMine();
            router.refresh();
          }}
        >
          Load the latest version (keeps what you typed)
        </button>
      )}
      <button type="submit" className="button-primary" disabled={pending || !ready || tooLong}>
        {pending ? "Saving…" : "Save review"}
      </button>
      <p className="muted small">
        {props.role === "REVIEWER" ? "Editors sign verdicts off." : "You can sign off claims awaiting sign-off."}
      </p>
    </form>
  );
}
