import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/json-body";
import { invalidFromZod } from "@/lib/errors/app-error";
import { citationInputSchema } from "@/lib/sources/schema";
import { attachSource } from "@/lib/sources/attach-source";
import { citeSnapshot, isSnapshotCitation, snapshotCitationSchema } from "@/lib/snapshots/cite-snapshot";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const body = await readJsonBody(request, z.unknown());
  // A body naming a snapshot cites a slice of it; otherwise the passage is typed in, as before.
  if (isSnapshotCitation(body)) {
    const parsed = snapshotCitationSchema.safeParse(body);
    if (!parsed.success) throw invalidFromZod(parsed.error);
    return NextResponse.json(await citeSnapshot(user, params.id, parsed.data), { status: 201 });
  }
  const parsed = citationInputSchema.safeParse(body);
  if (!parsed.success) throw invalidFromZod(parsed.error);
  return NextResponse.json(await attachSource(user, params.id, parsed.data), { status: 201 });
});
