/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server-only packages (better-sqlite3, Prisma, argon2) are on Next's built-in external list.
  poweredByHeader: false,
  // A second build folder lets two checkouts of the tests build side by side (NEXT_DIST_DIR=.next-b).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // An imported article may be up to 2 MB; the form's envelope needs a little more room than that.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
};

module.exports = nextConfig;
