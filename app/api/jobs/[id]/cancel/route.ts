import { apiRoute } from "@/lib/http/api-route";
import { cancelJob } from "@/lib/jobs/queue";
import { jobIdSchema } from "@/lib/jobs/types";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ id: string }>(async ({ user, params }) => ({ job: await cancelJob(jobIdSchema.parse(params.id), user) }));
