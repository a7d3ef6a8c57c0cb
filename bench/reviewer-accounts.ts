import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";

// Creates the load test's reviewer accounts in the database named by DATABASE_URL.
async function main() {
  const count = Number(process.argv[2] ?? 50);
  const passwordHash = await hashPassword("load-test-password");
  await prisma.user.createMany({
    data: Array.from({ length: count }, (_, i) => ({ email: `load-reviewer-${i}@claimdesk.test`, name: `Load reviewer ${i}`, role: "REVIEWER" as const, passwordHash })),
  });
}

main().finally(() => prisma.$disconnect());
