/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Native and Prisma packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/client", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
};
export default nextConfig;
