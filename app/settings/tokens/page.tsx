import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/current-user";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { ActionButton } from "../../ui/action-button";
import { formatDateTime } from "../../ui/labels";
import { revokeTokenAction } from "./actions";
import { CreateTokenForm } from "./token-form";

export const metadata: Metadata = { title: "Access tokens" };
export const dynamic = "force-dynamic";

export default async function TokensPage() {
  const user = await requirePageUser("/settings/tokens");
  const tokens = await listApiTokens(user.id);
  return (
    <div className="page narrow">
      <h1>Personal access tokens</h1>
      <p className="muted">
        A token lets a script or your CMS use the API as you, with your role: send it as <code>Authorization: Bearer TOKEN</code>. Only its hash
        is stored; revoke it when the integration no longer needs it.
      </p>
      <CreateTokenForm />
      <h2>Your tokens</h2>
      {tokens.length === 0 ? (
        <p>No tokens yet.</p>
      ) : (
        <ul className="citations">
          {tokens.map((t) => (
            <li key={t.id} className="citation">
              <p>
                <strong>{t.name}</strong> <code>{t.prefix}…</code>
              </p>
              <p className="muted small">
                Created {formatDateTime(t.createdAt.toISOString())}
                {t.lastUsedAt && <> · last used {formatDateTime(t.lastUsedAt.toISOString())}</>}
                {t.revokedAt && <> · revoked {formatDateTime(t.revokedAt.toISOString())}</>}
              </p>
              {!t.revokedAt && <ActionButton action={revokeTokenAction.bind(null, t.id)} label={`Revoke ${t.name}`} confirm="Revoke this token? Integrations using it stop working." />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
