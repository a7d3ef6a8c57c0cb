import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getOrganizationSettings } from "@/lib/config/organization-settings";
import { AdminNav } from "../admin-nav";
import { OrganizationForm } from "./organization-form";

export const metadata: Metadata = { title: "Organization" };
export const dynamic = "force-dynamic";

export default async function OrganizationPage() {
  const user = await requirePageUser("/admin/organization");
  if (!can(user.role, "organization:manage"))
    return (
      <div className="page narrow">
        <h1>Organization</h1>
        <p role="alert">Only admins change the organization&apos;s settings.</p>
      </div>
    );
  const settings = await getOrganizationSettings();
  return (
    <div className="page narrow">
      <AdminNav current="organization" />
      <h1>Organization</h1>
      <p className="muted">
        The fact-checking organization is the author of every ClaimReview and signs the corrections report in every format.
      </p>
      <OrganizationForm
        name={settings.organization.name}
        url={settings.organization.url}
        version={settings.version}
        source={settings.source}
        defaults={settings.defaults}
      />
    </div>
  );
}
