import Link from "next/link";
import { currentUser } from "@/lib/auth/current-user";
import { SignOutButton } from "./sign-out-button";
import { SearchBox } from "./search-box";
import { can } from "@/lib/auth/permissions";
import { countUnread } from "@/lib/notifications/inbox";
import { InboxLink } from "./live/inbox-link";

const ROLE_LABEL = { REVIEWER: "Reviewer", EDITOR: "Editor", ADMIN: "Admin" } as const;

export async function AppHeader() {
  const user = await currentUser();
  return (
    <header className="app-header">
      <Link href={user ? "/articles" : "/login"} className="brand">
        <span aria-hidden="true" className="brand-mark">✓</span> Claimdesk
      </Link>
      {user && (
        <>
          <nav aria-label="Main">
            <ul>
              <li>
                <Link href="/articles">Articles</Link>
              </li>
              <li>
                <Link href="/claims">My claims</Link>
              </li>
              <li>
                <Link href="/dashboard">Dashboard</Link>
              </li>
              {can(user.role, "user:manage") && (
                <li>
                  <Link href="/admin/users">Users</Link>
                </li>
              )}
              <li>
                <Link href="/settings/tokens">Access tokens</Link>
              </li>
              <li>
                <InboxLink initialUnread={await countUnread(user.id)} />
              </li>
            </ul>
          </nav>
          <SearchBox />
          <div className="who">
            <span>
              {user.name} <span className="role-badge">{ROLE_LABEL[user.role]}</span>
            </span>
            <SignOutButton />
          </div>
        </>
      )}
    </header>
  );
}
