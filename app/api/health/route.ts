import { prisma } from "@/lib/db/client";
import { publicRoute } from "@/lib/http/api-route";

export const dynamic = "force-dynamic";

export const GET = publicRoute(async () => {
  await prisma.$queryRaw`SELECT 1`;
  return { status: "ok" };
});
