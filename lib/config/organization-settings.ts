import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import { deskConfig, httpUrl, type Organization } from "./organization";

/**
 * The fact-checking organization as an admin sets it in the app (the Setting table, one row), over the
 * defaults CLAIMDESK_ORG_NAME and CLAIMDESK_ORG_URL give (API.md, "The fact-checking organization").
 * Saving is compare-and-swap on the row's updatedAt: an admin who saves over a colleague's newer save
 * gets 409 instead of silently overwriting it.
 */
export const ORGANIZATION_SETTING = "organization";

const NAME_MAX = 200;

/** What the settings form and PUT /api/settings/organization send. */
export const organizationInputSchema = z.object({
  name: z
    .string({ error: "Give the organization's name." })
    .trim()
    .min(1, "Give the organization's name.")
    .max(NAME_MAX, `Keep the name under ${NAME_MAX} characters.`),
  url: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    httpUrl("The organization's site").nullable().optional().transform((value) => value ?? null),
  ),
  /** The version the person edited: the `version` they were shown, or null when nothing was saved yet. */
  version: z.preprocess((value) => (value === "" ? null : value), z.string({ error: "Send the version you edited (null when none was saved)." }).max(40).nullable()),
});
export type OrganizationInput = z.infer<typeof organizationInputSchema>;

/** What is stored in the row's value: only these two fields, validated again on every read. */
const storedSchema = z.object({ name: z.string().min(1).max(NAME_MAX), url: z.string().nullable() });

export interface OrganizationSettings {
  /** What reports and ClaimReview use now. */
  organization: Organization;
  /** "settings" once an admin saved them; "environment" while the defaults (or the built-in name) apply. */
  source: "settings" | "environment";
  /** The saved row's version (its updatedAt as ISO text), or null while nothing was saved. */
  version: string | null;
  /** The defaults from the environment, shown beside the form. */
  defaults: Organization;
}

function parseStored(value: string): Organization | null {
  try {
    const parsed = storedSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function getOrganizationSettings(): Promise<OrganizationSettings> {
  const defaults = deskConfig().organization;
  const row = await prisma.setting.findUnique({ where: { key: ORGANIZATION_SETTING } });
  const saved = row ? parseStored(row.value) : null;
  return {
    organization: saved ?? defaults,
    source: saved ? "settings" : "environment",
    version: row ? row.updatedAt.toISOString() : null,
    defaults,
  };
}

/** The organization that signs reports and authors every ClaimReview right now. */
export async function currentOrganization(): Promise<Organization> {
  return (await getOrganizationSettings()).organization;
}

const conflict = () =>
  new AppError(
    "CONFLICT",
    "Someone else saved the organization's settings after you opened them. Load the latest version, then make your change again.",
  );

/** Admins only. Writes only when the row is still at the version the person edited; otherwise 409. */
export async function saveOrganizationSettings(user: SessionUser, input: OrganizationInput): Promise<OrganizationSettings> {
  requirePermission(user, "organization:manage", "Only admins change the organization's settings.");
  const value = JSON.stringify({ name: input.name, url: input.url });
  if (input.version === null) {
    try {
      await prisma.setting.create({ data: { key: ORGANIZATION_SETTING, value } });
    } catch (error) {
      // Two first saves at once: the key is the primary key, so the second is the conflict it is.
      if ((error as { code?: unknown })?.code === "P2002") throw conflict();
      throw error;
    }
  } else {
    const at = new Date(input.version);
    if (Number.isNaN(at.getTime())) throw new AppError("INVALID", "Some fields need attention.", { version: "Send the version you were shown." });
    const { count } = await prisma.setting.updateMany({ where: { key: ORGANIZATION_SETTING, updatedAt: at }, data: { value } });
    if (count === 0) throw conflict();
  }
  return getOrganizationSettings();
}
