import { prisma, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { hashPassword } from "@/lib/auth/password";
import { closeAllSessions } from "@/lib/auth/sessions";
import { requirePermission, type SessionUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/auth/permissions";
import type { NewUser } from "./schema";

const publicUser = { id: true, email: true, name: true, role: true, disabled: true, createdAt: true } as const;

/** Creates an account; used by admins in the browser and by `npm run user:create` (whoever holds the database). */
export async function insertUser(input: NewUser) {
  const existing = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new AppError("CONFLICT", "A user with this email already exists.", { email: "Already a user." });
  return prisma.user.create({
    data: { email: input.email, name: input.name ?? input.email.split("@")[0], role: input.role, passwordHash: await hashPassword(input.password) },
    select: publicUser,
  });
}

export async function createUserAccount(actor: SessionUser, input: NewUser) {
  requirePermission(actor, "user:manage", "Only admins manage users.");
  return insertUser(input);
}

export async function listUsers(actor: SessionUser) {
  requirePermission(actor, "user:manage", "Only admins manage users.");
  return prisma.user.findMany({ orderBy: [{ disabled: "asc" }, { name: "asc" }], select: publicUser });
}

/** The desk must always keep one active admin, or nobody could manage users again. */
async function assertAnotherAdminRemains(tx: Tx, userId: string) {
  const others = await tx.user.count({ where: { role: "ADMIN", disabled: false, id: { not: userId } } });
  if (others === 0) throw new AppError("CONFLICT", "This is the last active admin: make another admin first.", { role: "The last admin stays an admin." });
}

async function loadTarget(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, disabled: true } });
  if (!user) throw notFound("That user");
  return user;
}

export async function changeRole(actor: SessionUser, userId: string, role: Role) {
  requirePermission(actor, "user:manage", "Only admins manage users.");
  return prisma.$transaction(async (tx) => {
    const user = await loadTarget(tx, userId);
    if (user.role === "ADMIN" && role !== "ADMIN" && !user.disabled) await assertAnotherAdminRemains(tx, userId);
    return tx.user.update({ where: { id: userId }, data: { role }, select: publicUser });
  });
}

export async function setDisabled(actor: SessionUser, userId: string, disabled: boolean) {
  requirePermission(actor, "user:manage", "Only admins manage users.");
  const updated = await prisma.$transaction(async (tx) => {
    const user = await loadTarget(tx, userId);
    if (disabled && user.role === "ADMIN" && !user.disabled) await assertAnotherAdminRemains(tx, userId);
    return tx.user.update({ where: { id: userId }, data: { disabled }, select: publicUser });
  });
  if (disabled) await closeAllSessions(userId);
  return updated;
}

export async function resetPassword(actor: SessionUser, userId: string, password: string) {
  requirePermission(actor, "user:manage", "Only admins manage users.");
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) throw notFound("That user");
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(password) } });
  // Whoever knew the old password is signed out everywhere.
  await closeAllSessions(userId);
}
