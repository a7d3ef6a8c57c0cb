import { z } from "zod";
import type { ClaimValue } from "@/lib/claims/types";
import type { IndexedPassage } from "./types";

// A snapshot's passage index as the database keeps it: JSON text beside the snapshot, read back through zod (as
// claim values are, lib/review/stored-values.ts) so a malformed or outdated row is re-indexed, never trusted.

/** Bump when lib/claims or lib/evidence read values or words differently: stored indexes are then rebuilt. */
export const EVIDENCE_INDEX_VERSION = 1;

const storedValue = z.object({ kind: z.string(), value: z.union([z.number(), z.string()]), text: z.string() }).passthrough();

const storedPassage = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  terms: z.array(z.string()),
  contextTerms: z.array(z.string()),
  values: z.array(storedValue),
  valueKeys: z.array(z.string()),
});

const storedIndex = z.object({ version: z.literal(EVIDENCE_INDEX_VERSION), passages: z.array(storedPassage) });

export function serializePassages(passages: readonly IndexedPassage[]): string {
  return JSON.stringify({ version: EVIDENCE_INDEX_VERSION, passages });
}

/** The stored passages, or null when the row is malformed or from another index version (rebuild it). */
export function parseStoredPassages(json: string | null | undefined, textLength: number): IndexedPassage[] | null {
  if (!json) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null; // not JSON: the caller rebuilds the index from the snapshot's text
  }
  const parsed = storedIndex.safeParse(raw);
  if (!parsed.success) return null;
  // Offsets must fit the text they index, or the passages belong to another text.
  if (parsed.data.passages.some((p) => p.end > textLength || p.start > p.end)) return null;
  return parsed.data.passages.map((p) => ({ ...p, values: p.values as ClaimValue[] }));
}
