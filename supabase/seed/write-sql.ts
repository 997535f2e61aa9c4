// Writes supabase/seed.sql, the seed file that the Supabase CLI applies (config.toml's
// [db.seed]). Usage: npm run seed:sql [-- --today YYYY-MM-DD]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { buildSeedSql } from './generate.ts';

const { values } = parseArgs({ options: { today: { type: 'string' } } });
const target = new URL('../seed.sql', import.meta.url);
const sql = await buildSeedSql({ today: values.today });
writeFileSync(target, sql);
console.log(`Wrote ${target.pathname} (${sql.length} characters).`);
