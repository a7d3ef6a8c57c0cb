/**
 * Claimdesk's public address for the links a report carries: NEXTAUTH_URL when set (the address people
 * use, also behind a proxy), else the address the request came to, else the local default of `npm start`.
 */
export function reportAppUrl(requestUrl?: string): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  if (requestUrl) return new URL(requestUrl).origin;
  return `http://localhost:${process.env.PORT ?? 3000}`;
}
