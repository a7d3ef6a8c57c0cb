import { ActionButton } from "./action-button";
import { decideAllSuggestionsAction } from "../articles/[slug]/actions";

export function SuggestionsBar({ slug, count }: { slug: string; count: number }) {
  if (count === 0) return null;
  return (
    <div className="notice toolbar" role="region" aria-label="Suggestions">
      <span>
        <strong>{count}</strong> detected claim{count === 1 ? "" : "s"} await a decision (dashed underline).
      </span>
      <ActionButton action={decideAllSuggestionsAction.bind(null, slug, "ACCEPTED")} label="Accept all suggestions" className="button-primary" />
      <ActionButton action={decideAllSuggestionsAction.bind(null, slug, "REJECTED")} label="Reject all suggestions" className="button-secondary" confirm="Reject every remaining suggestion?" />
    </div>
  );
}
