"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { actionError, type ActionState } from "@/lib/http/action-state";
import { bulkInputFromForm, bulkInputSchema, summarizeBulk } from "@/lib/dashboard/bulk-schema";
import { runBulkAction, type BulkClaimResult } from "@/lib/dashboard/bulk";

export interface BulkActionState extends ActionState {
  results?: BulkClaimResult[];
}

/**
 * The dashboard's bulk assign / state change. A server action is a public POST endpoint, so the
 * session and role are checked here and again per claim by the rules, exactly as the JSON API does.
 */
export async function bulkClaimsAction(_prev: BulkActionState, form: FormData): Promise<BulkActionState> {
  try {
    const user = await requireUser();
    const input = bulkInputSchema.parse(bulkInputFromForm(form));
    const results = await runBulkAction(user, input);
    // The layout path covers the dashboard and the claims table under it.
    revalidatePath("/dashboard", "layout");
    return { status: results.every((r) => r.ok) ? "saved" : "error", message: summarizeBulk(results), results, savedAt: Date.now() };
  } catch (error) {
    return actionError(error);
  }
}
