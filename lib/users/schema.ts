import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";

export const MIN_PASSWORD = 10;

export const passwordSchema = z
  .string({ error: "Give a password." })
  .min(MIN_PASSWORD, `Use at least ${MIN_PASSWORD} characters.`)
  .max(512, "Keep the password under 512 characters.");

export const roleSchema = z.enum(ROLES, { error: "Choose a role: reviewer, editor or admin." });

export const newUserSchema = z.object({
  email: z.string({ error: "Give an email." }).trim().toLowerCase().email("Not an email address.").max(320),
  name: z.string().trim().max(200).transform((n) => n || undefined).optional(),
  role: roleSchema,
  password: passwordSchema,
});
export type NewUser = z.infer<typeof newUserSchema>;
