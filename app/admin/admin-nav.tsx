import Link from "next/link";

/** The admin pages' own tabs (the header links to the first): users, and the organization that signs reports. */
export function AdminNav({ current }: { current: "users" | "organization" }) {
  return (
    <nav aria-label="Admin" className="sub-nav">
      <ul>
        <li>
          <Link href="/admin/users" aria-current={current === "users" ? "page" : undefined}>
            Users
          </Link>
        </li>
        <li>
          <Link href="/admin/organization" aria-current={current === "organization" ? "page" : undefined}>
            Organization
          </Link>
        </li>
      </ul>
    </nav>
  );
}
