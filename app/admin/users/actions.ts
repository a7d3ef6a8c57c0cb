"use server";

import { revalidatePath } from "next/cache";
import { formFields, type ActionState } from "@/lib/http/action-state";
import { runAction, saved } from "@/lib/http/run-action";
import { newUserSchema, passwordSchema, roleSchema } from "@/lib/users/schema";
import { changeRole, createUserAccount, resetPassword, setDisabled } from "@/lib/users/manage-users";

// Only admins manage users: runAction checks it first, and the domain functions again.

const done = (message: string) => {
  revalidatePath("/admin/users");
  return saved(message);
};

export async function createUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction("user:manage", async (admin) => {
    const user = await createUserAccount(admin, newUserSchema.parse(formFields(form)));
    return done(`Created ${user.email}.`);
  });
}

export async function changeRoleAction(userId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction("user:manage", async (admin) => {
    const user = await changeRole(admin, userId, roleSchema.parse(formFields(form).role));
    return done(`${user.name} is now ${user.role.toLowerCase()}.`);
  });
}

export async function setDisabledAction(userId: string, disabled: boolean, _prev: ActionState): Promise<ActionState> {
  return runAction("user:manage", async (admin) => {
    const user = await setDisabled(admin, userId, disabled === true);
    return done(`${user.name} is ${user.disabled ? "disabled and signed out" : "enabled"}.`);
  });
}

export async function resetPasswordAction(userId: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction("user:manage", async (admin) => {
    await resetPassword(admin, userId, passwordSchema.parse(formFields(form).password));
    return done("Password reset; their sessions were ended.");
  });
}
