import { apiRoute } from "@/lib/http/api-route";
import { lookupPeople, peopleQuerySchema } from "@/lib/users/people-lookup";

export const dynamic = "force-dynamic";

/** `GET /api/people?q=ri`: colleagues to @mention, `{"people":[{"id","name","handle"}]}`. */
export const GET = apiRoute(async ({ request, user }) => {
  const { q } = peopleQuerySchema.parse({ q: new URL(request.url).searchParams.get("q") ?? undefined });
  return lookupPeople(user, q);
});
