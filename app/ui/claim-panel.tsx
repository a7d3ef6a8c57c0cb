import type { ClaimDetail } from "@/lib/review/claim-detail";
import type { Role } from "@/lib/auth/permissions";
import type { ClaimState } from "@/lib/review/rules";
import { describeValue } from "@/lib/review/stored-values";
import { ANCHOR_LABEL, FLAG_KIND_LABEL, FLAG_STATUS_LABEL, KIND_LABEL, SEVERITY_LABEL, STATE_LABEL, VERDICT_LABEL, describeFlag, formatDateTime, labelOf, stateClass } from "./labels";
import { ReviewForm } from "./review-form";
import { CitationForm } from "./citation-form";
import { CommentForm } from "./comment-form";
import { ClaimHistory } from "./claim-history";
import { RaiseFlagForm, ResolveFlagForm } from "./flag-forms";
import { ActionButton } from "./action-button";
import { AssignForm } from "./assign-form";
import { CitationList } from "./citation-list";
import { toCitationRows } from "./citation-rows";
import { EvidenceFinder } from "./evidence-finder";
import { decideSuggestionAction } from "../claims/[id]/actions";
import { suggestVerdict } from "@/lib/review/suggest-verdict";
import { can } from "@/lib/auth/permissions";
import { ShortcutsHelp } from "./shortcuts-help";
import { NoticeForm } from "./notice-form";
import type { NoticeLineInput } from "@/lib/reports/notice";

interface Props {
  claim: ClaimDetail;
  paragraph: number;
  role: Role;
  nextStates: ClaimState[];
  /** People a claim can be assigned to (editors and admins only see the control). */
  people: { email: string; name: string }[];
  /** For an Inaccurate or Misleading verdict: what the correction notice's line is generated from. */
  noticeDraft?: Omit<NoticeLineInput, "noticeWording"> | null;
  todayIso?: string;
}

function stanceCounts(claim: ClaimDetail) {
  const count = (stance: string) => claim.citations.filter((c) => c.stance === stance).length;
  return { supports: count("SUPPORTS"), contradicts: count("CONTRADICTS"), context: count("CONTEXT") };
}

export function ClaimPanel({ claim, paragraph, role, nextStates, people, noticeDraft, todayIso }: Props) {
  const signedOff = claim.state === "SIGNED_OFF";
  const openFlags = claim.flags.filter((f) => f.status === "OPEN");
  const suggestion = suggestVerdict({ ...stanceCounts(claim), openFlags });
  return (
    <div className="claim-panel">
      <div className="panel-head">
        <h2 id="claim-title">Claim</h2>
        <ShortcutsHelp />
      </div>
      <p className="badges">
        <span className="badge">{KIND_LABEL[claim.kind] ?? claim.kind}</span>
        <span className={`badge ${stateClass(claim.state)}`}>{STATE_LABEL[claim.state]}</span>
        {claim.verdict && <span className={`badge verdict-${claim.verdict.toLowerCase()}`}>{VERDICT_LABEL[claim.verdict]}</span>}
        {claim.anchor !== "ANCHORED" && <span className="badge badge-warn">{ANCHOR_LABEL[claim.anchor]}</span>}
      </p>
      {claim.suggestion === "SUGGESTED" && (
        <div className="notice" role="note">
          <p>Detected automatically: accept it to check it, or reject it if it is not worth checking.</p>
          <div className="button-row">
            <ActionButton action={decideSuggestionAction.bind(null, claim.id, "ACCEPTED")} label="Accept suggestion" className="button-primary" />
            <ActionButton action={decideSuggestionAction.bind(null, claim.id, "REJECTED")} label="Reject suggestion" className="button-secondary" />
          </div>
        </div>
      )}
      <blockquote className="claim-quote">{claim.quote}</blockquote>
      {claim.previousQuote && (
        <div className="notice notice-warn">
          <p>
            <strong>{claim.anchor === "TEXT_CHANGED" ? "The text changed." : "Earlier wording:"}</strong> It used to read:
          </p>
          <blockquote className="claim-quote old-quote">{claim.previousQuote}</blockquote>
          {claim.correctionApplied && <p className="badge badge-ok">Correction applied</p>}
        </div>
      )}
      {claim.anchor === "ORPHANED" && <p className="notice notice-warn">The text of this claim was removed in a revision.</p>}
      <p className="muted small">
        Paragraph {paragraph} · characters {claim.start}–{claim.end} · check-worthiness {Math.round(claim.score * 100)}%
        {claim.assignee && <> · assigned to {claim.assignee.name}</>}
      </p>


      <section aria-labelledby="evidence-title">
        <h3 id="evidence-title">Evidence ({claim.citations.length})</h3>
        {claim.citations.length === 0 && <p className="muted">No sources attached yet.</p>}
        <CitationList claimId={claim.id} citations={toCitationRows(claim.citations)} editable={!signedOff} />
        {!signedOff && <CitationForm claimId={claim.id} />}
      </section>

      <section aria-labelledby="review-title">
        <h3 id="review-title">Review</h3>
        <p className="suggested-verdict">
          <strong>Suggested verdict:</strong> {suggestion.verdict ? VERDICT_LABEL[suggestion.verdict] : "none yet"}{" "}
          <span className="muted">— {suggestion.reason}</span>
        </p>
        {claim.rationale && (
          <p>
            <strong>Rationale:</strong> {claim.rationale}
          </p>
        )}
        {claim.correction && (
          <p>
            <strong>Suggested correction:</strong> {claim.correction}
          </p>
        )}
        <ReviewForm
          claimId={claim.id}
          version={claim.version}
          state={claim.state}
          verdict={claim.verdict}
          rationale={claim.rationale}
          correction={claim.correction}
          nextStates={nextStates}
          canReviewContent={!signedOff}
          role={role}
          openHighFlags={openFlags.filter((f) => f.severity === "HIGH").map(describeFlag)}
        />
      </section>

      {noticeDraft && (
        <section aria-labelledby="notice-title">
          <h3 id="notice-title">Correction notice</h3>
          <NoticeForm
            claimId={claim.id}
            version={claim.version}
            draft={noticeDraft}
            notice={claim.notice}
            canEdit={can(role, "claim:sign-off")}
            signedOff={signedOff}
            todayIso={todayIso ?? new Date().toISOString()}
          />
        </section>
      )}

      {!signedOff && <EvidenceFinder claimId={claim.id} />}

      <section aria-labelledby="flags-title">
        <h3 id="flags-title">Flags ({openFlags.length} open)</h3>
        {claim.flags.length === 0 ? (
          <p className="muted">No flags.</p>
        ) : (
          <ul className="flags">
            {claim.flags.map((flag) => (
              <li key={flag.id} className={`flag severity-${flag.severity.toLowerCase()}`}>
                <strong>
                  {labelOf(SEVERITY_LABEL, flag.severity)} · {labelOf(FLAG_KIND_LABEL, flag.kind).toLowerCase()}
                </strong>{" "}
                <span className="muted">({labelOf(FLAG_STATUS_LABEL, flag.status).toLowerCase()}, {flag.automatic ? "automatic check" : flag.raisedBy?.name})</span>
                <p>{flag.note}</p>
                {flag.resolutionNote && <p className="muted small">{flag.resolutionNote}</p>}
                {flag.status === "OPEN" && <ResolveFlagForm claimId={claim.id} flagId={flag.id} />}
              </li>
            ))}
          </ul>
        )}
        <RaiseFlagForm claimId={claim.id} />
      </section>

      <section aria-labelledby="values-title">
        <h3 id="values-title">Values</h3>
        {claim.values.length === 0 ? (
          <p className="muted">No normalized values.</p>
        ) : (
          <dl className="values">
            {claim.values.map((value, i) => (
              <div key={i}>
                <dt>{value.text}</dt>
                <dd>{describeValue(value)}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      {can(role, "claim:assign") && (
        <section aria-labelledby="assign-title">
          <h3 id="assign-title">Assignment</h3>
          <AssignForm claimId={claim.id} version={claim.version} current={claim.assignee?.email ?? null} people={people} />
        </section>
      )}

      <section aria-labelledby="comments-title">
        <h3 id="comments-title">Comments ({claim.comments.length})</h3>
        <ul className="comments">
          {claim.comments.map((comment) => (
            <li key={comment.id}>
              <p className="muted small">
                {comment.author.name} · {formatDateTime(comment.createdAt)}
              </p>
              <p className="comment-body">{comment.body}</p>
            </li>
          ))}
        </ul>
        <CommentForm claimId={claim.id} />
      </section>

      <ClaimHistory claimId={claim.id} events={claim.events} />
    </div>
  );
}
