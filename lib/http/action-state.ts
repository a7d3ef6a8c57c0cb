import { ZodError } from "zod";
import { AppError, fieldErrorsFromZod, type FieldErrors } from "@/lib/errors/app-error";

/** What a server action hands back to its form: never a thrown 500, always a sentence and the fields. */
export interface ActionState {
  status: "idle" | "saved" | "error" | "conflict";
  message?: string;
  fields?: FieldErrors;
  /** Bumped on each save, so a form can reset itself after success. */
  savedAt?: number;
}

export const IDLE: ActionState = { status: "idle" };

export function actionError(error: unknown): ActionState {
  if (error instanceof ZodError) return { status: "error", message: "Some fields need attention.", fields: fieldErrorsFromZod(error) };
  if (error instanceof AppError) {
    if (error.code === "CONFLICT") return { status: "conflict", message: error.message, fields: error.fields };
    return { status: "error", message: error.message, fields: error.fields };
  }
  console.error("Unhandled error in a server action", error);
  return { status: "error", message: "Something went wrong on our side; nothing was saved." };
}

/** FormData fields as a plain object of strings (the last value wins), for zod. */
export function formFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") fields[key] = value;
  return fields;
}
