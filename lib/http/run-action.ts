import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import type { Action } from "@/lib/auth/permissions";
import { actionError, type ActionState } from "./action-state";

type Outcome = ActionState | { redirectTo: string };

/**
 * The one shape of every server action: a server action is a public POST endpoint, so the session
 * and the role are checked here first, whatever the form sent; errors become the form's state, and
 * a redirect happens only after the work succeeded.
 */
export async function runAction(permission: Action | null, work: (user: SessionUser) => Promise<Outcome>): Promise<ActionState> {
  let outcome: Outcome;
  try {
    const user = await requireUser();
    if (permission) requirePermission(user, permission);
    outcome = await work(user);
  } catch (error) {
    return actionError(error);
  }
  if ("redirectTo" in outcome) redirect(outcome.redirectTo);
  return outcome;
}

export const saved = (message: string): ActionState => ({ status: "saved", message, savedAt: Date.now() });
