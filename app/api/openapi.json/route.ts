import { openApiDocument } from "@/lib/api/openapi";
import { publicRoute } from "@/lib/http/api-route";

export const GET = publicRoute(async () => openApiDocument);
