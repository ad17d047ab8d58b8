/** Opens the store for a command from --data / ORBIT_DATA / ORBIT_DATABASE_URL, and always closes it. */
import { Store } from '../store/store.js';

export type StoreOptions = { data?: string };

export async function withStore<T>(opts: StoreOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await Store.open({ data: opts.data });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
