/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Native and Prisma packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/client", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  // The build type-checks the web app and everything it imports, not the CLI and scripts in progress beside it.
  // Browser tests and benchmarks build with ZAMAN_SKIP_TYPECHECK=1: they test behaviour, and types are checked by
  // `npm run typecheck` and by `npm run app`'s own build.
  typescript: { tsconfigPath: "app/tsconfig.json", ignoreBuildErrors: process.env.ZAMAN_SKIP_TYPECHECK === "1" },
  // Browser tests build into their own folder so that a developer's build never races theirs.
  distDir: process.env.ZAMAN_NEXT_DIST || ".next",
  // No "X-Powered-By: Next.js" header.
  poweredByHeader: false,
};
export default nextConfig;
