import { parseArgs } from "node:util";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError, fieldErrorsFromZod } from "@/lib/errors/app-error";
import { newUserSchema } from "@/lib/users/schema";
import { insertUser } from "@/lib/users/manage-users";

// npm run -s user:create -- --email E --role R [--name N]   (the password is read from stdin)

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password: ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing line break is the end of the line typed or echoed, not part of the password.
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

async function main() {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } }, strict: true }));
  } catch (error) {
    fail(`user:create: ${(error as Error).message}. Usage: npm run -s user:create -- --email E --role REVIEWER|EDITOR|ADMIN [--name N] < password`);
  }
  const parsed = newUserSchema.safeParse({ email: values.email, role: values.role?.toUpperCase(), name: values.name, password: await readStdin() });
  if (!parsed.success) {
    const fields = fieldErrorsFromZod(parsed.error);
    fail(`user:create: ${Object.entries(fields).map(([field, message]) => `${field}: ${message}`).join("; ")}`);
  }
  try {
    const user = await insertUser(parsed.data);
    console.log(`Created ${user.role.toLowerCase()} ${user.email}`);
  } catch (error) {
    if (error instanceof AppError) fail(`user:create: ${error.message}`);
    throw error;
  }
}

main().finally(() => prisma.$disconnect());
