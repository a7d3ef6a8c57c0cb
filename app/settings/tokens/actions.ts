"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { actionError, formFields, type ActionState } from "@/lib/http/action-state";
import { createApiToken, revokeApiToken, tokenNameSchema } from "@/lib/auth/api-tokens";

export interface TokenState extends ActionState {
  /** The new token, shown once and never again. */
  token?: string;
}

export async function createTokenAction(_prev: TokenState, form: FormData): Promise<TokenState> {
  try {
    const user = await requireUser();
    const created = await createApiToken(user, tokenNameSchema.parse(formFields(form)));
    revalidatePath("/settings/tokens");
    return { status: "saved", message: `Token “${created.name}” created. Copy it now: it will not be shown again.`, token: created.token, savedAt: Date.now() };
  } catch (error) {
    return actionError(error);
  }
}

export async function revokeTokenAction(tokenId: string, _prev: ActionState): Promise<ActionState> {
  try {
    await revokeApiToken(await requireUser(), tokenId);
    revalidatePath("/settings/tokens");
    return { status: "saved", message: "Token revoked.", savedAt: Date.now() };
  } catch (error) {
    return actionError(error);
  }
}
