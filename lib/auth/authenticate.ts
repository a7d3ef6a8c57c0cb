import { prisma } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "./password";

// Verified against when the email is unknown, so a miss takes as long as a wrong password
// and the timing does not tell whether an account exists.
let decoyHash: Promise<string> | undefined;

export async function authenticate(email: string, password: string) {
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, disabled: true, passwordHash: true },
  });
  if (!user) {
    decoyHash ??= hashPassword("claimdesk-decoy-password");
    await verifyPassword(await decoyHash, password);
    return null;
  }
  const ok = await verifyPassword(user.passwordHash, password);
  if (!ok || user.disabled) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
