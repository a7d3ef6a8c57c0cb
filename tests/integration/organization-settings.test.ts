import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { SessionUser } from "@/lib/auth/session-user";
import { deskConfig } from "@/lib/config/organization";
import { getOrganizationSettings, organizationInputSchema, saveOrganizationSettings } from "@/lib/config/organization-settings";
import { loadArticleReport } from "@/lib/reports/load-report";
import { renderMarkdown } from "@/lib/reports/render-markdown";
import { clearDatabase, createTestArticle, createUser, SAMPLE_BODY } from "../factories";

let admin: SessionUser;
let editor: SessionUser;

beforeEach(async () => {
  await clearDatabase();
  admin = await createUser("ADMIN");
  editor = await createUser("EDITOR");
});

const input = (fields: Record<string, unknown>) => organizationInputSchema.parse(fields);
const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as AppError);

describe("the organization's settings", () => {
  it("fall back to the environment's defaults until an admin saves them", async () => {
    const settings = await getOrganizationSettings();
    expect(settings).toMatchObject({ source: "environment", version: null, organization: deskConfig().organization });
  });

  it("are saved by an admin, and every report is then signed by them", async () => {
    const saved = await saveOrganizationSettings(admin, input({ name: "  Example Fact Check ", url: "https://factcheck.example.org/", version: null }));
    expect(saved).toMatchObject({ source: "settings", organization: { name: "Example Fact Check", url: "https://factcheck.example.org" } });
    expect(saved.version).toMatch(/^\d{4}-/);
    const article = await createTestArticle(SAMPLE_BODY, { title: "Flood aid" });
    const report = await loadArticleReport(article.slug, { appUrl: "https://claims.example.org" });
    expect(report.organization).toEqual({ name: "Example Fact Check", url: "https://factcheck.example.org" });
    expect(renderMarkdown(report)).toContain("Example Fact Check");
  });

  it("refuse an editor (403), whatever they send", async () => {
    const error = await errorOf(saveOrganizationSettings(editor, input({ name: "Editors' desk", version: null })));
    expect(error).toBeInstanceOf(AppError);
    expect(error!.status).toBe(403);
    expect(await prisma.setting.count()).toBe(0);
  });

  it("answer 409 to a save over a newer one, and keep the newer", async () => {
    const first = await saveOrganizationSettings(admin, input({ name: "First", version: null }));
    // A second admin who opened the page before the first save, then another who opened it after.
    const stale = await errorOf(saveOrganizationSettings(admin, input({ name: "Stale from an empty page", version: null })));
    expect(stale!.status).toBe(409);
    const second = await saveOrganizationSettings(admin, input({ name: "Second", version: first.version }));
    const late = await errorOf(saveOrganizationSettings(admin, input({ name: "Late", url: "", version: first.version })));
    expect(late).toBeInstanceOf(AppError);
    expect(late!.status).toBe(409);
    expect((await getOrganizationSettings()).organization.name).toBe("Second");
    expect(second.version).not.toBe(first.version);
  });

  it("validate every field, naming it", () => {
    const fields = (value: Record<string, unknown>) => {
      const parsed = organizationInputSchema.safeParse(value);
      return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
    };
    expect(fields({ name: " ", version: null })).toHaveProperty("name", "Give the organization's name.");
    expect(fields({ name: "x".repeat(201), version: null })).toHaveProperty("name");
    expect(fields({ name: "Desk", url: "javascript:alert(1)", version: null })).toHaveProperty("url");
    expect(fields({ name: "Desk" })).toHaveProperty("version");
    expect(input({ name: "Desk", url: "", version: "" })).toEqual({ name: "Desk", url: null, version: null });
  });
});
