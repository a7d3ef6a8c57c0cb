import type { CitationRow } from "./citation-rows";
import { SOURCE_CHECK_LABEL, labelOf } from "@/lib/review/labels";
import { formatDate, formatDateTime } from "./labels";
import { CheckSourceButton } from "./check-source-button";

type Citation = Pick<CitationRow, "passage" | "source" | "snapshot" | "check">;

/** The passage with its surrounding text when it is a slice of a kept snapshot; the typed passage otherwise. */
export function CitationPassage({ citation }: { citation: Citation }) {
  const { snapshot } = citation;
  if (!snapshot) return <blockquote>{citation.passage}</blockquote>;
  return (
    <>
      <blockquote className="snapshot-passage">
        <span className="muted">…{snapshot.prefix}</span>
        <mark>{citation.passage}</mark>
        <span className="muted">{snapshot.suffix}…</span>
      </blockquote>
      <p className="muted small">
        Retrieved on {formatDate(snapshot.retrievedAt)} ·{" "}
        {/* A download (Content-Disposition: attachment): the original is never shown inside the app. */}
        <a href={`/api/snapshots/${encodeURIComponent(snapshot.id)}/original`} download>
          Download the original
        </a>
        {isWebUrl(citation.source.url) ? (
          <>
            {" "}
            · <CheckSourceButton sourceId={citation.source.id} title={citation.source.title} />
          </>
        ) : (
          // An upload or a paste without a URL: there is no page to fetch again, so no link-rot check.
          " · Kept without a web address, so it cannot be checked for link rot"
        )}
      </p>
    </>
  );
}

/** The source's latest link-rot check, said in words. */
export function CitationCheck({ citation }: { citation: Citation }) {
  const { check } = citation;
  if (!check) return null;
  const status = check.status === "PASSAGES_MISSING" && !check.passageMissing ? "CHANGED" : check.status;
  return (
    <p className={`small source-check source-check-${status.toLowerCase()}`}>
      Source checked {formatDateTime(check.checkedAt)}: {labelOf(SOURCE_CHECK_LABEL, status)}
      {check.passageMissing && " — this passage is no longer on the page"}
    </p>
  );
}

export const isWebUrl = (url: string) => url.startsWith("http://") || url.startsWith("https://");
