"use client";

import { removeCitationAction } from "../claims/[id]/actions";
import { ActionButton } from "./action-button";

/**
 * A citation's Remove button. The ids are bound here, in the browser: bound in a server component, Next.js
 * serializes and encrypts them into the page for every citation on every render (a heavy claim's page paid that 29
 * times per visit). The action checks the person, their role and the citation itself, whatever ids arrive.
 */
export function RemoveCitationButton({ claimId, citationId }: { claimId: string; citationId: string }) {
  return <ActionButton action={removeCitationAction.bind(null, claimId, citationId)} label="Remove citation" confirm="Remove this citation? It stays in the history." />;
}
