/** core: the users every other module's data belongs to, and the bench's numbered list of them. */
import type { BenchModule } from '../pairs.js';

export const core: BenchModule = {
  load: ({ users }) => [
    // Through auth.users, as sign-ups arrive: the package's trigger creates each public.users row.
    `INSERT INTO auth.users (id, email, raw_user_meta_data)
     SELECT gen_random_uuid(), 'bench' || n || '@example.com', jsonb_build_object('full_name', 'Bench user ' || n)
     FROM generate_series(1, ${users}) n`,
    // pgbench picks a user by number (\\set n random(1, :users)) and reads their id here.
    'CREATE TABLE public.bench_users (n integer PRIMARY KEY, id uuid NOT NULL UNIQUE)',
    `INSERT INTO public.bench_users (n, id) SELECT row_number() OVER (ORDER BY id), id FROM public.users
     WHERE email LIKE 'bench%@example.com'`,
  ],
  // `users` also holds the seeded marketplace admin.
  rows: ({ users }) => ({ users: users + 1, bench_users: users }),
  // Its per-user table (`users`) gets its list pair from its access declaration.
  pairs: [],
};
