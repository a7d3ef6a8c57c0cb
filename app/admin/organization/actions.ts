"use server";

import { revalidatePath } from "next/cache";
import { formFields, type ActionState } from "@/lib/http/action-state";
import { runAction, saved } from "@/lib/http/run-action";
import { organizationInputSchema, saveOrganizationSettings } from "@/lib/config/organization-settings";

/** Admins only (runAction checks the role first, the domain function again); a save over a newer one is a conflict (409). */
export async function saveOrganizationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction("organization:manage", async (admin) => {
    const settings = await saveOrganizationSettings(admin, organizationInputSchema.parse(formFields(form)));
    revalidatePath("/admin/organization");
    return saved(`Saved. Reports are now signed by ${settings.organization.name}.`);
  });
}
