/** A tiny cookie-keeping HTTP client for load and crash scripts that sign in like an integration. */
export class HttpClient {
  private cookies = new Map<string, string>();

  constructor(readonly base: string) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private keepCookies(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
    }
  }

  async request(method: string, path: string, body?: unknown, form?: Record<string, string>): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookieHeader() };
    let payload: string | undefined;
    if (form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      payload = new URLSearchParams(form).toString();
    } else if (body !== undefined) {
      headers["content-type"] = "application/json";
      payload = JSON.stringify(body);
    }
    const response = await fetch(this.base + path, { method, headers, body: payload, redirect: "manual" });
    this.keepCookies(response);
    return response;
  }

  async signIn(email: string, password: string): Promise<void> {
    const { csrfToken } = (await (await this.request("GET", "/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await this.request("POST", "/api/auth/callback/credentials", undefined, { csrfToken, email, password, json: "true" });
    if (![...this.cookies.keys()].some((k) => k.endsWith("next-auth.session-token")))
      throw new Error(`Sign-in as ${email} failed (${response.status}).`);
  }
}
