import { deskConfig } from "@/lib/config/organization";

const isLocal = (url: string) => /^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?(\/|$)/i.test(url);

/**
 * Claimdesk's public address for the links a report carries: CLAIMDESK_PUBLIC_URL when set; else the
 * address the request came to (what the person used); else NEXTAUTH_URL; else the local default of
 * `npm start`. `npm start` fills NEXTAUTH_URL with localhost when it is unset, so a local NEXTAUTH_URL
 * never wins over the request's own address.
 */
export function reportAppUrl(requestUrl?: string): string {
  const { publicUrl } = deskConfig();
  if (publicUrl) return publicUrl;
  const configured = process.env.NEXTAUTH_URL?.replace(/\/+$/, "");
  if (configured && !isLocal(configured)) return configured;
  if (requestUrl) return new URL(requestUrl).origin;
  return configured || `http://localhost:${process.env.PORT ?? 3000}`;
}
