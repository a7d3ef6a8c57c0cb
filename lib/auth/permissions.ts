/**
 * Who may do what: the one table of roles × actions. Pure, so every server action, route
 * handler and page asks the same question the same way and the table is unit-tested.
 */
export const ROLES = ["REVIEWER", "EDITOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  "article:read",
  "article:import",
  "article:revise",
  "claim:read",
  "claim:create",
  "claim:edit",
  "claim:propose-verdict",
  "claim:sign-off",
  "claim:send-back",
  "claim:reopen",
  "claim:assign",
  "citation:write",
  "source:write",
  "source:check-desk",
  "flag:raise",
  "flag:resolve",
  "comment:write",
  "report:read",
  "dashboard:all",
  "user:manage",
  "organization:manage",
] as const;
export type Action = (typeof ACTIONS)[number];

const REVIEWER_ACTIONS: readonly Action[] = [
  "article:read",
  "article:import",
  "claim:read",
  "claim:create",
  "claim:edit",
  "claim:propose-verdict",
  "citation:write",
  "source:write",
  "flag:raise",
  "flag:resolve",
  "comment:write",
  "report:read",
];

const EDITOR_ACTIONS: readonly Action[] = [
  ...REVIEWER_ACTIONS,
  "article:revise",
  "claim:sign-off",
  "claim:send-back",
  "claim:reopen",
  "claim:assign",
  "dashboard:all",
  // Re-fetching every source on the desk is heavy background work: an editor's call.
  "source:check-desk",
];

export const PERMISSIONS: Record<Role, ReadonlySet<Action>> = {
  REVIEWER: new Set(REVIEWER_ACTIONS),
  EDITOR: new Set(EDITOR_ACTIONS),
  ADMIN: new Set([...EDITOR_ACTIONS, "user:manage", "organization:manage"]),
};

export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].has(action);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
