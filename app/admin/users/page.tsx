import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listUsers } from "@/lib/users/manage-users";
import { ActionButton } from "../../ui/action-button";
import { formatDate } from "../../ui/labels";
import { setDisabledAction } from "./actions";
import { CreateUserForm, ResetPasswordForm, RoleForm } from "./user-forms";
import { TableScroll } from "../../ui/table-scroll";
import { AdminNav } from "../admin-nav";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const user = await requirePageUser("/admin/users");
  if (!can(user.role, "user:manage"))
    return (
      <div className="page narrow">
        <h1>Users</h1>
        <p role="alert">Only admins manage users.</p>
      </div>
    );
  const users = await listUsers(user);
  return (
    <div className="page">
      <AdminNav current="users" />
      <h1>Users</h1>
      <TableScroll label="Accounts table">
      <table className="table">
        <caption className="visually-hidden">Everyone with an account</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>
                <RoleForm userId={u.id} role={u.role} name={u.name} />
              </td>
              <td>{u.disabled ? "Disabled" : `Active since ${formatDate(u.createdAt.toISOString())}`}</td>
              <td>
                <div className="stack">
                  <ActionButton action={setDisabledAction.bind(null, u.id, !u.disabled)} label={`${u.disabled ? "Enable" : "Disable"} ${u.name}`} />
                  <ResetPasswordForm userId={u.id} name={u.name} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableScroll>
      <CreateUserForm />
    </div>
  );
}
