import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createApiToken, listApiTokens, revokeApiToken, userForBearerToken } from "@/lib/auth/api-tokens";
import { closeSession, isSessionActive, openSession } from "@/lib/auth/sessions";
import { loginWaitSeconds, recordLoginAttempt } from "@/lib/auth/login-attempts";
import { changeRole, createUserAccount, listUsers, resetPassword, setDisabled } from "@/lib/users/manage-users";
import { authenticate } from "@/lib/auth/authenticate";
import { clearDatabase, createUser } from "../factories";

beforeEach(clearDatabase);

describe("personal access tokens", () => {
  it("are shown once, stored hashed, carry their owner's role and stop working when revoked or disabled", async () => {
    const editor = await createUser("EDITOR");
    const { token, id } = await createApiToken(editor, { name: "CMS" });
    const stored = await prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(JSON.stringify(await listApiTokens(editor.id))).not.toContain(token);
    expect(await userForBearerToken(token)).toMatchObject({ id: editor.id, role: "EDITOR" });

    await prisma.user.update({ where: { id: editor.id }, data: { role: "REVIEWER" } });
    expect(await userForBearerToken(token)).toMatchObject({ role: "REVIEWER" });
    await prisma.user.update({ where: { id: editor.id }, data: { disabled: true } });
    expect(await userForBearerToken(token)).toBeNull();
    await prisma.user.update({ where: { id: editor.id }, data: { disabled: false } });

    await revokeApiToken(editor, id);
    expect(await userForBearerToken(token)).toBeNull();
    expect(await userForBearerToken("cdk_not-a-token")).toBeNull();
  });

  it("cannot be revoked by someone else", async () => {
    const owner = await createUser("REVIEWER");
    const other = await createUser("ADMIN");
    const { id, token } = await createApiToken(owner, { name: "script" });
    await expect(revokeApiToken(other, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await userForBearerToken(token)).not.toBeNull();
  });
});

describe("sessions", () => {
  it("end when closed, when expired, and when the user is disabled or their password reset", async () => {
    const reviewer = await createUser("REVIEWER");
    const admin = await createUser("ADMIN");
    const a = await openSession(reviewer.id, 3600);
    expect(await isSessionActive(a, reviewer.id)).toBe(true);
    expect(await isSessionActive(a, admin.id)).toBe(false);
    await closeSession(a);
    expect(await isSessionActive(a, reviewer.id)).toBe(false);

    const expired = await openSession(reviewer.id, -1);
    expect(await isSessionActive(expired, reviewer.id)).toBe(false);

    const b = await openSession(reviewer.id, 3600);
    await resetPassword(admin, reviewer.id, "a-brand-new-password");
    expect(await isSessionActive(b, reviewer.id)).toBe(false);
    expect(await authenticate(reviewer.email, "a-brand-new-password")).toMatchObject({ id: reviewer.id });

    const c = await openSession(reviewer.id, 3600);
    await setDisabled(admin, reviewer.id, true);
    expect(await isSessionActive(c, reviewer.id)).toBe(false);
    expect(await authenticate(reviewer.email, "a-brand-new-password")).toBeNull();
  });
});

describe("login throttling", () => {
  it("stops an account after five failures, and an address after five failures across accounts", async () => {
    for (let i = 0; i < 5; i++) await recordLoginAttempt("victim@claimdesk.test", `10.0.0.${i}`, false);
    expect(await loginWaitSeconds("victim@claimdesk.test", "192.0.2.1")).toBeGreaterThan(14 * 60);
    expect(await loginWaitSeconds("someone@claimdesk.test", "192.0.2.1")).toBe(0);

    for (let i = 0; i < 5; i++) await recordLoginAttempt(`user${i}@claimdesk.test`, "198.51.100.7", false);
    expect(await loginWaitSeconds("fresh@claimdesk.test", "198.51.100.7")).toBeGreaterThan(0);
  });

  it("counts only failures after the account's last success", async () => {
    for (let i = 0; i < 4; i++) await recordLoginAttempt("a@claimdesk.test", "ip", false);
    await recordLoginAttempt("a@claimdesk.test", "other", true);
    await recordLoginAttempt("a@claimdesk.test", "x", false);
    expect(await loginWaitSeconds("a@claimdesk.test", "elsewhere")).toBe(0);
  });
});

describe("managing users", () => {
  it("is for admins only, and never leaves the desk without an active admin", async () => {
    const admin = await createUser("ADMIN");
    const editor = await createUser("EDITOR");
    await expect(createUserAccount(editor, { email: "x@claimdesk.test", role: "REVIEWER", password: "long-enough-1" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(changeRole(admin, admin.id, "EDITOR")).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(setDisabled(admin, admin.id, true)).rejects.toMatchObject({ code: "CONFLICT" });

    const second = await createUserAccount(admin, { email: "second@claimdesk.test", role: "ADMIN", password: "long-enough-2" });
    await changeRole(admin, admin.id, "EDITOR");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("EDITOR");
    await expect(createUserAccount({ ...second, role: "ADMIN" }, { email: "second@claimdesk.test", role: "REVIEWER", password: "long-enough-3" })).rejects.toMatchObject({ code: "CONFLICT" });

    const listed = await listUsers({ ...second, role: "ADMIN" });
    expect(JSON.stringify(listed)).not.toContain("passwordHash");
    expect(listed.every((u) => !("passwordHash" in u))).toBe(true);
  });
});

describe("the session user", () => {
  it("is found through an open session only, with the role the database has now", async () => {
    const { userForSession } = await import("@/lib/auth/sessions");
    const user = await createUser("EDITOR");
    const sid = await openSession(user.id, 3600);
    expect(await userForSession(sid, user.id)).toMatchObject({ id: user.id, role: "EDITOR" });
    await prisma.user.update({ where: { id: user.id }, data: { role: "REVIEWER" } });
    expect(await userForSession(sid, user.id)).toMatchObject({ role: "REVIEWER" });
    expect(await userForSession(sid, "someone-else")).toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await userForSession(sid, user.id)).toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { disabled: false } });
    await closeSession(sid);
    expect(await userForSession(sid, user.id)).toBeNull();
    expect(await userForSession(await openSession(user.id, -5), user.id)).toBeNull();
  });
});
