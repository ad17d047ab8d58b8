// One SQL statement over a connection of its own, for benches that inspect a PostgreSQL store
// from outside the process under test.
import pg from 'pg';

export async function query(url, sql, params = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end();
  }
}
