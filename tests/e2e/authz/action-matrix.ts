import type { Role } from "./fixture";

/**
 * Every server action with the outcome each role gets when it calls the action directly (not
 * through its form). "PASS" means the session and role were accepted and the action went on to its
 * own validation (these calls carry made-up ids and empty forms, so they change nothing).
 */
type Outcome = "UNAUTHENTICATED" | "FORBIDDEN" | "PASS";
interface ActionCase {
  expect: Record<Role, Outcome>;
  /** The arguments before the form (bound ids); `form` false for actions without a form. */
  args: unknown[];
  form?: false;
}

const anyone: Record<Role, Outcome> = { anonymous: "UNAUTHENTICATED", reviewer: "PASS", editor: "PASS", admin: "PASS" };
const editors: Record<Role, Outcome> = { anonymous: "UNAUTHENTICATED", reviewer: "FORBIDDEN", editor: "PASS", admin: "PASS" };
const admins: Record<Role, Outcome> = { anonymous: "UNAUTHENTICATED", reviewer: "FORBIDDEN", editor: "FORBIDDEN", admin: "PASS" };
const idle = { status: "idle" };

export const ACTION_MATRIX: Record<string, ActionCase> = {
  "app/admin/users/actions.ts#createUserAction": { expect: admins, args: [idle] },
  "app/admin/organization/actions.ts#saveOrganizationAction": { expect: admins, args: [idle] },
  "app/admin/users/actions.ts#changeRoleAction": { expect: admins, args: ["authz-none", idle] },
  "app/admin/users/actions.ts#setDisabledAction": { expect: admins, args: ["authz-none", true, idle], form: false },
  "app/admin/users/actions.ts#resetPasswordAction": { expect: admins, args: ["authz-none", idle] },
  "app/articles/[slug]/actions.ts#decideAllSuggestionsAction": { expect: anyone, args: ["authz-none", "REJECTED", idle], form: false },
  "app/articles/[slug]/actions.ts#createManualClaimAction": { expect: anyone, args: ["authz-none", idle] },
  "app/articles/[slug]/actions.ts#reviseArticleAction": { expect: editors, args: ["authz-none", idle] },
  "app/articles/new/actions.ts#importArticleAction": { expect: anyone, args: [idle] },
  "app/claims/[id]/actions.ts#attachSourceAction": { expect: anyone, args: ["authz-none", idle] },
  "app/claims/[id]/actions.ts#updateClaimAction": { expect: anyone, args: ["authz-none", idle] },
  "app/claims/[id]/actions.ts#addCommentAction": { expect: anyone, args: ["authz-none", idle] },
  "app/claims/[id]/actions.ts#raiseFlagAction": { expect: anyone, args: ["authz-none", idle] },
  "app/claims/[id]/actions.ts#resolveFlagAction": { expect: anyone, args: ["authz-none", "authz-none", idle] },
  "app/claims/[id]/actions.ts#editCitationAction": { expect: anyone, args: ["authz-none", "authz-none", idle] },
  "app/claims/[id]/actions.ts#removeCitationAction": { expect: anyone, args: ["authz-none", "authz-none", idle], form: false },
  "app/claims/[id]/actions.ts#assignClaimAction": { expect: editors, args: ["authz-none", idle] },
  "app/claims/[id]/actions.ts#decideSuggestionAction": { expect: anyone, args: ["authz-none", "REJECTED", idle], form: false },
  "app/dashboard/actions.ts#bulkClaimsAction": { expect: anyone, args: [idle] },
  "app/settings/tokens/actions.ts#createTokenAction": { expect: anyone, args: [idle] },
  "app/settings/tokens/actions.ts#revokeTokenAction": { expect: anyone, args: ["authz-none", idle], form: false },
};
