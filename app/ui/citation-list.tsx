"use client";

import { STANCE_LABEL } from "./labels";
import { EditCitationForm } from "./edit-citation-form";
import { RemoveCitationButton } from "./remove-citation-button";
import { CitationCheck, CitationPassage, isWebUrl } from "./citation-snapshot";
import type { CitationRow } from "./citation-rows";

/**
 * A claim's evidence, rendered in the browser from compact rows. Rendered on the server, every citation's markup
 * and its forms' props rode in the page's React payload on every visit: a third of a busy claim's payload.
 */
export function CitationList({ claimId, citations, editable }: { claimId: string; citations: CitationRow[]; editable: boolean }) {
  return (
    <ul className="citations">
      {citations.map((citation) => (
        <li key={citation.id} className={`citation stance-${citation.stance.toLowerCase()}`}>
          <p>
            <span className={`badge stance-badge-${citation.stance.toLowerCase()}`}>{STANCE_LABEL[citation.stance]}</span>{" "}
            {isWebUrl(citation.source.url) ? (
              <a href={citation.source.url} rel="noopener noreferrer" target="_blank">
                {citation.source.title}
              </a>
            ) : (
              <span>{citation.source.title}</span>
            )}
            {citation.source.publisher && <span className="muted"> · {citation.source.publisher}</span>}
          </p>
          <CitationPassage citation={citation} />
          <CitationCheck citation={citation} />
          {citation.values && <p className="muted small">Values in the passage: {citation.values}</p>}
          {editable && (
            <>
              <EditCitationForm claimId={claimId} citationId={citation.id} source={citation.source.title} passage={citation.passage} stance={citation.stance} />
              <RemoveCitationButton claimId={claimId} citationId={citation.id} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
