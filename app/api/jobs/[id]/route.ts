import { apiRoute } from "@/lib/http/api-route";
import { getJobForUser } from "@/lib/jobs/queue";
import { jobIdSchema } from "@/lib/jobs/types";

export const dynamic = "force-dynamic";

// Anyone signed in may follow their own jobs; editors and admins see every job (lib/jobs/queue.ts).
export const GET = apiRoute<{ id: string }>(async ({ user, params }) => ({ job: await getJobForUser(jobIdSchema.parse(params.id), user) }));
