import { AppError } from "@/lib/errors/app-error";
import { can, type Action, type Role } from "./permissions";

/** The signed-in person as the domain functions see them. Never carries the password hash. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export function requirePermission(user: SessionUser, action: Action, message?: string): void {
  if (!can(user.role, action)) throw new AppError("FORBIDDEN", message ?? "Your role may not do this.");
}
