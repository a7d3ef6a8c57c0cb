"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { actionError, formFields, type ActionState } from "@/lib/http/action-state";
import { newUserSchema, passwordSchema, roleSchema } from "@/lib/users/schema";
import { changeRole, createUserAccount, resetPassword, setDisabled } from "@/lib/users/manage-users";

// Server actions are public POST endpoints: each checks the session, and the domain function the role.

async function run(work: () => Promise<string>): Promise<ActionState> {
  try {
    const message = await work();
    revalidatePath("/admin/users");
    return { status: "saved", message, savedAt: Date.now() };
  } catch (error) {
    return actionError(error);
  }
}

export async function createUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return run(async () => {
    const user = await createUserAccount(await requireUser(), newUserSchema.parse(formFields(form)));
    return `Created ${user.email}.`;
  });
}

export async function changeRoleAction(userId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return run(async () => {
    const user = await changeRole(await requireUser(), userId, roleSchema.parse(formFields(form).role));
    return `${user.name} is now ${user.role.toLowerCase()}.`;
  });
}

export async function setDisabledAction(userId: string, disabled: boolean, _prev: ActionState): Promise<ActionState> {
  return run(async () => {
    const user = await setDisabled(await requireUser(), userId, disabled);
    return `${user.name} is ${disabled ? "disabled and signed out" : "enabled"}.`;
  });
}

export async function resetPasswordAction(userId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return run(async () => {
    const password = passwordSchema.parse(formFields(form).password);
    await resetPassword(await requireUser(), userId, password);
    return "Password reset; their sessions were ended.";
  });
}
