import { cache } from "react";
import { withAssigneeNames } from "./assignee-names";
import { prisma } from "@/lib/db/client";
import { claimSelect, toClaimJson, type ClaimJson } from "./claim-json";
import { parseStoredValues } from "./stored-values";
import type { ClaimValue } from "@/lib/claims/types";

/** The stored JSON list of citation ids; anything else reads as none. */
function missingIds(json: string): string[] {
  try {
    const ids: unknown = JSON.parse(json);
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

const person = { select: { name: true, email: true } } as const;

/** One line of a claim's history as the pages show it (also the dashboard's recent activity). */
export interface HistoryEvent {
  id: string;
  type: string;
  field: string | null;
  from: string | null;
  to: string | null;
  detail: unknown;
  createdAt: string;
  actor: { name: string; email: string } | null;
}

export interface ClaimDetail extends ClaimJson {
  citations: {
    id: string;
    passage: string;
    stance: string;
    values: ClaimValue[];
    createdAt: string;
    createdBy: { name: string; email: string } | null;
    source: { id: string; url: string; title: string; publisher: string | null; kind: string };
    /** Set when the passage is a slice of a kept snapshot (older citations have none). */
    snapshot: { id: string; retrievedAt: string; prefix: string; suffix: string } | null;
    /** The source's latest link-rot check, and whether it found this citation's passage gone. */
    check: { status: string; checkedAt: string; passageMissing: boolean } | null;
  }[];
  flags: {
    id: string;
    kind: string;
    severity: string;
    status: string;
    note: string;
    articleSays: string | null;
    evidenceSays: string | null;
    automatic: boolean;
    raisedBy: { name: string; email: string } | null;
    resolutionNote: string | null;
    createdAt: string;
  }[];
  comments: { id: string; body: string; createdAt: string; author: { name: string; email: string } }[];
  events: HistoryEvent[];
}

function parseDetail(detail: string | null): unknown {
  if (!detail) return null;
  try {
    return JSON.parse(detail);
  } catch {
    return null;
  }
}

/** A claim with its evidence, flags, discussion and full history (oldest first); cached per request. */
export const getClaimDetail = cache(async function getClaimDetail(id: string): Promise<ClaimDetail | null> {
  const row = await prisma.claim.findUnique({
    where: { id },
    select: {
      ...claimSelect,
      citations: {
        where: { removedAt: null },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          passage: true,
          stance: true,
          values: true,
          createdAt: true,
          createdBy: person,
          source: {
            select: {
              id: true,
              url: true,
              title: true,
              publisher: true,
              kind: true,
              checks: { orderBy: { checkedAt: "desc" }, take: 1, select: { status: true, checkedAt: true, missingCitationIds: true } },
            },
          },
          prefix: true,
          suffix: true,
          snapshot: { select: { id: true, retrievedAt: true } },
        },
      },
      flags: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          kind: true,
          severity: true,
          status: true,
          note: true,
          articleSays: true,
          evidenceSays: true,
          automatic: true,
          raisedBy: person,
          resolutionNote: true,
          createdAt: true,
        },
      },
      comments: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: person } },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, type: true, field: true, fromValue: true, toValue: true, detail: true, createdAt: true, actor: person },
      },
    },
  });
  if (!row) return null;
  return {
    ...toClaimJson(row),
    citations: row.citations.map(({ prefix, suffix, snapshot, source: { checks, ...source }, ...c }) => ({
      ...c,
      source,
      values: parseStoredValues(c.values),
      createdAt: c.createdAt.toISOString(),
      snapshot: snapshot ? { id: snapshot.id, retrievedAt: snapshot.retrievedAt.toISOString(), prefix: prefix ?? "", suffix: suffix ?? "" } : null,
      check: checks[0] ? { status: checks[0].status, checkedAt: checks[0].checkedAt.toISOString(), passageMissing: missingIds(checks[0].missingCitationIds).includes(c.id) } : null,
    })),
    flags: row.flags.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
    comments: row.comments.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    events: await withAssigneeNames(
      row.events.map((e) => ({
        id: e.id,
        type: e.type,
        field: e.field,
        from: e.fromValue,
        to: e.toValue,
        detail: parseDetail(e.detail),
        createdAt: e.createdAt.toISOString(),
        actor: e.actor,
      })),
    ),
  };
});
