// Headers every response carries, static files included; the CSP with its per-request nonce is set by
// the server in front of Next.js (scripts/page-server.ts, lib/http/page-policy.ts).
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const fs = require("node:fs");
const path = require("node:path");

/**
 * A git worktree may share another checkout's node_modules through a symlink, and Turbopack only
 * resolves packages inside its root: then the root is the folder holding both.
 */
function workspaceRoot() {
  let modules = path.join(__dirname, "node_modules");
  try {
    modules = fs.realpathSync(modules);
  } catch {
    return undefined; // no install yet: Next's own detection reports it
  }
  let root = __dirname;
  // Up from the project until the folder also holds node_modules' real location (at worst, the filesystem root).
  while (path.relative(root, modules).startsWith("..") && path.dirname(root) !== root) root = path.dirname(root);
  return root === __dirname ? undefined : root;
}
const root = workspaceRoot();

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server-only packages (better-sqlite3, Prisma, argon2) are on Next's built-in external list.
  poweredByHeader: false,
  // scripts/page-server.ts compresses, at a cheaper level than Next.js's own (which cannot be set).
  compress: false,
  // A second build folder lets two checkouts of the tests build side by side (NEXT_DIST_DIR=.next-b).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // An imported article may be up to 2 MB; the form's envelope needs a little more room than that.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  // pdfkit reads its standard-font metrics (.afm files) from its own folder at run time: bundled, it cannot find them.
  serverExternalPackages: ["pdfkit"],
  ...(root ? { turbopack: { root }, outputFileTracingRoot: root } : {}),
};

module.exports = nextConfig;
