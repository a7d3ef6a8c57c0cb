/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server-only packages (better-sqlite3, Prisma, argon2) are on Next's built-in external list.
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = nextConfig;
