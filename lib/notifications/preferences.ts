import { z } from "zod";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { NOTIFICATION_KINDS, notificationKindSchema, type NotificationKind } from "./kinds";
import { parseKinds } from "./create-notifications";

export const preferencesSchema = z
  .object({
    /** The kinds the person wants in their inbox; the others are not created for them. */
    kinds: z.array(notificationKindSchema).max(NOTIFICATION_KINDS.length),
    /** A digest of unread notifications by e-mail, when the server has SMTP_URL. */
    email: z.boolean(),
  })
  .strict();
export type Preferences = z.infer<typeof preferencesSchema>;

export async function getPreferences(user: SessionUser): Promise<Preferences> {
  const row = await prisma.notificationPreference.findUnique({ where: { userId: user.id }, select: { mutedKinds: true, email: true } });
  const muted = new Set(parseKinds(row?.mutedKinds ?? "[]"));
  return { kinds: NOTIFICATION_KINDS.filter((k) => !muted.has(k)), email: row?.email ?? false };
}

/** Saves one person's own preferences (nobody sets another's): stored as the kinds turned off. */
export async function savePreferences(user: SessionUser, input: Preferences): Promise<Preferences> {
  const wanted = new Set<NotificationKind>(input.kinds);
  const mutedKinds = JSON.stringify(NOTIFICATION_KINDS.filter((k) => !wanted.has(k)));
  await prisma.notificationPreference.upsert({
    where: { userId: user.id },
    create: { userId: user.id, mutedKinds, email: input.email },
    update: { mutedKinds, email: input.email },
  });
  return getPreferences(user);
}
