import type { APIRequestContext } from "@playwright/test";

export interface ActionOutcome {
  /** The ActionState's code (UNAUTHENTICATED, FORBIDDEN, INVALID, NOT_FOUND...), "REDIRECT" or "SAVED". */
  code: string;
  httpStatus: number;
}

/**
 * Calls a server action the way anyone on the internet can: a POST with its id, its arguments
 * encoded as React does (the form's fields as "_1_name" parts before the "0" root, which refers to
 * the form as "$K1").
 */
export async function callAction(request: APIRequestContext, id: string, page: string, args: unknown[], form: Record<string, string> | null): Promise<ActionOutcome> {
  const multipart: Record<string, string> = {};
  for (const [key, value] of Object.entries(form ?? {})) multipart[`_1_${key}`] = value;
  multipart["0"] = JSON.stringify(form ? [...args, "$K1"] : args);
  const path = page.replace(/\[[^\]]+\]/g, "authz");
  const response = await request.post(path, { headers: { "Next-Action": id, Accept: "text/x-component" }, multipart, maxRedirects: 0 });
  if (response.headers()["x-action-redirect"]) return { code: "REDIRECT", httpStatus: response.status() };
  const text = await response.text();
  for (const line of text.split("\n")) {
    const json = line.slice(line.indexOf(":") + 1);
    if (!json.startsWith("{")) continue;
    try {
      const value = JSON.parse(json) as { status?: string; code?: string };
      if (value.status) return { code: value.code ?? value.status.toUpperCase(), httpStatus: response.status() };
    } catch {
      // Not the action's result line.
    }
  }
  return { code: `UNREADABLE ${response.status()}`, httpStatus: response.status() };
}
