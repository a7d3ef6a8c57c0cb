import { z } from "zod";

/**
 * The fact-checking organization that publishes the checks (API.md, "The fact-checking organization"):
 * the author of every ClaimReview and the signer of the corrections report. Read from the environment
 * and validated once; a bad value stops the report with a message naming the variable.
 */
export interface Organization {
  name: string;
  /** The organization's own site; null when not configured (then no address is claimed for it). */
  url: string | null;
}

export const httpUrl = (name: string) =>
  z
    .string()
    .trim()
    .refine((value) => {
      try {
        return ["http:", "https:"].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `${name} must be an http or https address, such as https://factcheck.example.org`)
    .transform((value) => value.replace(/\/+$/, ""));

const blankAsMissing = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const envSchema = z.object({
  CLAIMDESK_ORG_NAME: z.preprocess(blankAsMissing, z.string().trim().max(200, "CLAIMDESK_ORG_NAME must be under 200 characters").default("Claimdesk fact-checking desk")),
  CLAIMDESK_ORG_URL: z.preprocess(blankAsMissing, httpUrl("CLAIMDESK_ORG_URL").optional()),
  CLAIMDESK_PUBLIC_URL: z.preprocess(blankAsMissing, httpUrl("CLAIMDESK_PUBLIC_URL").optional()),
});

export interface DeskConfig {
  organization: Organization;
  /** The app's public address for links in exports, when configured. */
  publicUrl: string | null;
}

/** Pure: the configuration from an environment, or an Error whose message names each bad variable. */
export function parseDeskConfig(env: Record<string, string | undefined>): DeskConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid configuration: ${parsed.error.issues.map((i) => i.message).join("; ")}.`);
  const { CLAIMDESK_ORG_NAME, CLAIMDESK_ORG_URL, CLAIMDESK_PUBLIC_URL } = parsed.data;
  return {
    organization: { name: CLAIMDESK_ORG_NAME, url: CLAIMDESK_ORG_URL ?? CLAIMDESK_PUBLIC_URL ?? null },
    publicUrl: CLAIMDESK_PUBLIC_URL ?? null,
  };
}

let cached: DeskConfig | undefined;

/** The process's configuration, validated on first use and kept. */
export function deskConfig(): DeskConfig {
  cached ??= parseDeskConfig(process.env);
  return cached;
}
