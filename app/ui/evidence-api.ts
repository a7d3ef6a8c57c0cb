// The evidence desk's calls from the browser to its JSON API (API.md), with API.md's error shape turned into one
// sentence a person can read (the field's own message first).

import type { EvidencePassage } from "@/lib/evidence/types";

/** A passage as the evidence API sends it (lib/evidence's shape, without the values the page does not show). */
export type Passage = Omit<EvidencePassage, "values">;

export interface KeptSource {
  source: { id: string; title: string; publisher: string | null };
  snapshot: { id: string; retrievedAt: string; chars: number };
}

export async function callApi<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { cache: "no-store", ...init });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const fields = body?.error?.fields as Record<string, string> | undefined;
    const first = fields ? Object.values(fields)[0] : undefined;
    throw new Error(first ?? body?.error?.message ?? `The request failed (${response.status}).`);
  }
  return body as T;
}

export const postJson = <T,>(url: string, data?: unknown) =>
  callApi<T>(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: data === undefined ? undefined : JSON.stringify(data) });
