import { ZodError } from "zod";
import { AppError, fieldErrorsFromZod, type ErrorCode, type FieldErrors } from "@/lib/errors/app-error";
import { databaseUnavailable, isDatabaseUnavailable } from "@/lib/db/unavailable";

/** What a server action hands back to its form: never a thrown 500, always a sentence and the fields. */
export interface ActionState {
  status: "idle" | "saved" | "error" | "conflict";
  /** The error's code, as an API answer would carry it (UNAUTHENTICATED, FORBIDDEN, INVALID...). */
  code?: ErrorCode;
  message?: string;
  fields?: FieldErrors;
  /** Bumped on each save, so a form can reset itself after success. */
  savedAt?: number;
  /** Long work was queued instead of done at once: the form follows this job (GET /api/jobs/{id}). */
  jobId?: string;
}

export const IDLE: ActionState = { status: "idle" };

export function actionError(error: unknown): ActionState {
  if (isDatabaseUnavailable(error)) error = databaseUnavailable();
  if (error instanceof ZodError) return { status: "error", code: "INVALID", message: "Some fields need attention.", fields: fieldErrorsFromZod(error) };
  if (error instanceof AppError) {
    if (error.code === "CONFLICT") return { status: "conflict", code: error.code, message: error.message, fields: error.fields };
    return { status: "error", code: error.code, message: error.message, fields: error.fields };
  }
  console.error("Unhandled error in a server action", error);
  return { status: "error", code: "INTERNAL", message: "Something went wrong on our side; nothing was saved." };
}

/**
 * FormData fields as a plain object of strings (the last value wins), for zod. Anything else a
 * caller of the public action endpoint sends in its place reads as an empty form.
 */
export function formFields(form: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!(form instanceof FormData)) return fields;
  for (const [key, value] of form.entries()) if (typeof value === "string") fields[key] = value;
  return fields;
}
