import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AppError, invalidFromZod } from "@/lib/errors/app-error";
import { requireUser } from "@/lib/auth/current-user";
import { databaseUnavailable, isDatabaseUnavailable } from "@/lib/db/unavailable";
import type { SessionUser } from "@/lib/auth/session-user";

type Params = Record<string, string | string[] | undefined>;
interface RouteContext<P> {
  params: Promise<P>;
}

/** Seconds a client should wait before trying again when the database is away. */
const RETRY_AFTER_SECONDS = "2";

export function errorResponse(error: unknown): NextResponse {
  if (isDatabaseUnavailable(error)) {
    console.error("The database did not answer:", error instanceof Error ? error.message.split("\n").at(-1) : error);
    return NextResponse.json(databaseUnavailable().toJSON(), { status: 503, headers: { "Retry-After": RETRY_AFTER_SECONDS } });
  }
  const appError =
    error instanceof AppError ? error : error instanceof ZodError ? invalidFromZod(error) : null;
  if (appError) return NextResponse.json(appError.toJSON(), { status: appError.status });
  // Logged with its stack for us; the client learns only that something went wrong.
  console.error("Unhandled error in a route handler", error);
  return NextResponse.json(new AppError("INTERNAL", "Something went wrong on our side.").toJSON(), { status: 500 });
}

/**
 * Wraps a route handler: the session is checked here (not only in the proxy), errors are mapped
 * once to API.md's error shape, and a plain object answer becomes JSON.
 */
export function apiRoute<P extends Params = Params>(
  handler: (args: { request: Request; params: P; user: SessionUser }) => Promise<unknown>,
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const user = await requireUser();
      const result = await handler({ request, params: await context.params, user });
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** For the few routes that answer anonymous callers (health, the OpenAPI document). */
export function publicRoute(handler: (request: Request) => Promise<unknown>) {
  return async (request: Request): Promise<Response> => {
    try {
      const result = await handler(request);
      return result instanceof Response ? result : NextResponse.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
