import { prisma } from "@/lib/db/client";
import { seedDemo } from "./seed-demo";

async function main() {
  await seedDemo();
  const counts = { users: await prisma.user.count(), articles: await prisma.article.count(), claims: await prisma.claim.count() };
  console.log(`Seeded: ${counts.users} users, ${counts.articles} articles, ${counts.claims} claims.`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
