import { SOURCE_CHECK_LABEL, labelOf } from "@/lib/review/labels";
import { CheckSourcesButton } from "../ui/check-sources-button";

/** The sources as their latest check found them, and (for editors) a desk-wide check as background work. */
export function LinkRot({ counts, canCheckDesk }: { counts: Record<string, number>; canCheckDesk: boolean }) {
  const statuses = ["PASSAGES_MISSING", "UNREACHABLE", "CHANGED", "UNCHANGED"].filter((s) => counts[s]);
  return (
    <section aria-labelledby="link-rot-title">
      <h2 id="link-rot-title">Sources checked again</h2>
      {statuses.length === 0 ? (
        <p className="muted">No source has been checked again yet.</p>
      ) : (
        <ul>
          {statuses.map((status) => (
            <li key={status}>
              {labelOf(SOURCE_CHECK_LABEL, status)}: {counts[status].toLocaleString("en-US")} {counts[status] === 1 ? "source" : "sources"}
            </li>
          ))}
        </ul>
      )}
      {canCheckDesk && <CheckSourcesButton path="/api/sources/check" label="Check every source on the desk" />}
    </section>
  );
}
