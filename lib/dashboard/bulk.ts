import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { updateClaim } from "@/lib/review/update-claim";
import { dashboardScope } from "./scope";
import { STATE_LABEL, labelOf } from "@/lib/review/labels";
import { doneResult, refusedResult, type BulkInput, type BulkResult } from "./bulk-schema";


/** A claim outside the person's slice is refused before any rule runs. */
async function checkSlice(user: SessionUser, ids: string[]) {
  const scope = dashboardScope(user);
  const rows = await prisma.claim.findMany({ where: { id: { in: ids } }, select: { id: true, quote: true, assigneeId: true, suggestion: true } });
  const found = new Map(rows.map((r) => [r.id, r]));
  const refusals = new Map<string, AppError>();
  for (const id of ids) {
    const claim = found.get(id);
    if (!claim) refusals.set(id, new AppError("NOT_FOUND", "That claim was not found."));
    else if (claim.suggestion !== "ACCEPTED")
      refusals.set(id, new AppError("INVALID", "This is a suggestion, not a claim under review: accept it on its article first."));
    else if (!scope.all && claim.assigneeId !== user.id) refusals.set(id, new AppError("FORBIDDEN", "This claim is not assigned to you."));
  }
  return { refusals, quotes: new Map(rows.map((r) => [r.id, r.quote])) };
}

/** One claim's outcome, with its wording so a person can tell which claim it was. */
export type BulkClaimResult = BulkResult & { quote: string | null };

/**
 * Assigns or moves many claims, each through the same `updateClaim` as a single change: its own
 * rules, its own version check (409 when it changed since the browser showed it), its own
 * transaction and history. One claim's refusal never undoes another's change, and the answer says
 * per claim what was done and what was refused.
 */
export async function runBulkAction(user: SessionUser, input: BulkInput): Promise<BulkClaimResult[]> {
  if (input.action === "assign") requirePermission(user, "claim:assign", "Only editors and admins assign claims.");
  else requirePermission(user, "claim:edit");
  const { refusals, quotes } = await checkSlice(user, input.claims.map((c) => c.id));
  const results: BulkResult[] = [];
  // The outcome names the person, not their email.
  const assigneeName = input.assigneeEmail ? ((await prisma.user.findUnique({ where: { email: input.assigneeEmail }, select: { name: true } }))?.name ?? null) : null;
  // One at a time: SQLite has one writer anyway, and each claim's transaction stays short.
  for (const { id, version } of input.claims) {
    const refusal = refusals.get(id);
    if (refusal) {
      results.push(refusedResult(id, refusal));
      continue;
    }
    try {
      const change =
        input.action === "assign"
          ? { version, assigneeEmail: input.assigneeEmail ?? null }
          : { version, state: input.state, reason: input.reason || null };
      const { changed } = await updateClaim(user, id, change);
      results.push(doneResult(id, input, changed, (s) => labelOf(STATE_LABEL, s), assigneeName));
    } catch (error) {
      results.push(refusedResult(id, error));
    }
  }
  return results.map((result) => ({ ...result, quote: quotes.get(result.id) ?? null }));
}
