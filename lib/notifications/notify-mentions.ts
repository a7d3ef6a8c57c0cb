import type { SqlTx } from "@/lib/db/client";
import { createNotifications } from "./create-notifications";
import { shortQuote } from "./kinds";

/** The people a comment names with "@Name" (their full name, case-insensitive) or "@local-part" of their email. */
export function findMentioned<T extends { name: string; email: string }>(body: string, people: T[]): T[] {
  const text = body.toLocaleLowerCase("en-US");
  return people.filter((p) => {
    const handles = [p.name, p.email.split("@")[0]].map((h) => `@${h.toLocaleLowerCase("en-US")}`);
    return handles.some((h) => {
      const at = text.indexOf(h);
      // "@ana" must not match inside "@anabel".
      return at >= 0 && !/[\p{L}\p{N}_-]/u.test(text.charAt(at + h.length));
    });
  });
}

export async function notifyMentions(tx: SqlTx, claimId: string, actor: { id: string; name: string }, body: string) {
  if (!body.includes("@")) return;
  const people = await tx.$queryRaw<{ id: string; name: string; email: string }[]>`SELECT "id", "name", "email" FROM "User" WHERE "disabled" = FALSE`;
  const mentioned = findMentioned(body, people);
  if (mentioned.length === 0) return;
  const [claim] = await tx.$queryRaw<{ quote: string }[]>`SELECT "quote" FROM "Claim" WHERE "id" = ${claimId}`;
  const quote = claim ? shortQuote(claim.quote) : "a claim";
  await createNotifications(
    tx,
    claimId,
    actor.id,
    mentioned.map((p) => ({ userId: p.id, kind: "MENTIONED" as const, text: `${actor.name} mentioned you on ${quote}` })),
  );
}
