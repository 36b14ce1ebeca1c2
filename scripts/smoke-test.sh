#!/usr/bin/env bash
# Consumer smoke test: pack the package, install the tarball into an empty project, type-check a
# consumer file that imports tables, validators, queries and the migrator, then migrate a PGlite
# database with it, run the installed `saas-schema` binary (migrate --seed, verify), and check
# that a consumer's own drizzle-kit config that references the package's tables generates only
# the consumer's tables. Run from the package root after `npm run build`.
set -euo pipefail
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tarball=$(npm pack --silent --ignore-scripts --pack-destination "$work" | tail -n 1)
peer() { node -p "require('./package.json').devDependencies['$1']"; }

mkdir "$work/consumer"
cd "$work/consumer"
cat > package.json <<'JSON'
{ "name": "consumer", "private": true, "type": "module" }
JSON
npm install --no-audit --no-fund --prefer-offline --loglevel=error \
  "$work/$tarball" \
  "drizzle-orm@$(cd "$root" && peer drizzle-orm)" \
  "@electric-sql/pglite@$(cd "$root" && peer @electric-sql/pglite)" \
  "drizzle-kit@$(cd "$root" && peer drizzle-kit)" \
  "typescript@$(cd "$root" && peer typescript)" \
  "@types/node@$(cd "$root" && peer @types/node)"

cat > tsconfig.json <<'JSON'
{
  "compilerOptions": {
    "target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext",
    "strict": true, "skipLibCheck": true, "types": ["node"], "outDir": "out"
  },
  "include": ["consumer.ts"]
}
JSON
cat > consumer.ts <<'TS'
import { PGlite } from '@electric-sql/pglite';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { type User, users, withUser } from '@org/saas-schema';
import { migrate } from '@org/saas-schema/migrate';
import { applyPaymentEvent, getCurrentPlan, getUser } from '@org/saas-schema/queries';
import { seed } from '@org/saas-schema/seed';
import * as schema from '@org/saas-schema/schema';
import { insertUserSchema } from '@org/saas-schema/validators';

const db = drizzle(new PGlite(), { schema });
const { applied } = await migrate(db);
const id = '7d0c3a51-3e36-4f53-9a43-3b0f6c1f6a10';
await db.execute(sql`insert into auth.users (id, email) values (${id}, 'smoke@example.test')`);
const user: User | undefined = await db.query.users.findFirst({ where: eq(users.id, id) });
const own = await withUser(db, { sub: id }, (tx) => getUser(tx, id));
const invalid = insertUserSchema.safeParse({ id, email: 'nope' });
if (!user || own?.email !== 'smoke@example.test' || invalid.success) throw new Error('smoke test failed');
console.log(`consumer: applied ${applied.length} migrations, read user ${own.email} through RLS`);

await seed(db);
const current = await getCurrentPlan(db, id);
const payment = { provider: 'stripe', providerPaymentId: 'pi_smoke', occurredAt: new Date(), userId: id,
  amount: 2900, currency: 'USD', status: 'succeeded' } as const;
const first = await applyPaymentEvent(db, payment);
const again = await applyPaymentEvent(db, payment);
if (current?.plan.code !== 'free' || !first.applied || again.applied) throw new Error('billing smoke test failed');
console.log(`consumer: on plan ${current.plan.code} (${current.features.length} features); a redelivered payment changed nothing`);
TS
npx tsc -p tsconfig.json
node out/consumer.js

# The installed binary: set up an embedded PGlite database and verify it.
npx --no-install saas-schema migrate --seed --pglite "$work/cli-db"
npx --no-install saas-schema verify --pglite "$work/cli-db"
echo "consumer: npx saas-schema migrate --seed and verify passed"

# A consuming app with a table of its own that references the package's users.
mkdir -p app
cat > app/schema.ts <<'TS'
import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from '@org/saas-schema/schema';

/** Imported, not re-exported: drizzle-kit generates only what a schema file exports. */
export const notes = pgTable('notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  body: text('body').notNull(),
});
TS
cat > drizzle.config.ts <<'TS'
import { defineConfig } from 'drizzle-kit';
export default defineConfig({ dialect: 'postgresql', schema: './app/schema.ts', out: './app-drizzle' });
TS
npx drizzle-kit generate --name=notes > /dev/null
generated=$(cat app-drizzle/*.sql)
if ! grep -q 'CREATE TABLE "notes"' <<<"$generated" || grep -q 'CREATE TABLE "users"' <<<"$generated" \
  || ! grep -q 'REFERENCES "public"."users"("id")' <<<"$generated"; then
  echo "consumer drizzle-kit generate did not produce exactly the consumer's table:"; echo "$generated"; exit 1
fi
echo "consumer: drizzle-kit generated only its own table, referencing the package's users"
