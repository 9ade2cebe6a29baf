/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Native and Prisma packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/client", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  // The build type-checks the web app and everything it imports, not the CLI and scripts in progress beside it.
  typescript: { tsconfigPath: "app/tsconfig.json" },
  // No "X-Powered-By: Next.js" header.
  poweredByHeader: false,
};
export default nextConfig;
