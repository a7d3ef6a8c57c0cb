"use server";

import { revalidatePath } from "next/cache";
import { formFields, type ActionState } from "@/lib/http/action-state";
import { runAction, saved } from "@/lib/http/run-action";
import { createApiToken, revokeApiToken, tokenNameSchema } from "@/lib/auth/api-tokens";

// Any signed-in person manages their own tokens; runAction checks the session first.

export interface TokenState extends ActionState {
  /** The new token, shown once and never again. */
  token?: string;
}

export async function createTokenAction(_prev: TokenState, form: FormData): Promise<TokenState> {
  return runAction(null, async (user) => {
    const created = await createApiToken(user, tokenNameSchema.parse(formFields(form)));
    revalidatePath("/settings/tokens");
    return { ...saved(`Token “${created.name}” created. Copy it now: it will not be shown again.`), token: created.token };
  });
}

export async function revokeTokenAction(tokenId: string, _prev: ActionState): Promise<ActionState> {
  return runAction(null, async (user) => {
    await revokeApiToken(user, tokenId);
    revalidatePath("/settings/tokens");
    return saved("Token revoked.");
  });
}
