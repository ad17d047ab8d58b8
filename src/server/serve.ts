/** Starts the API and UI server: `orbit serve` and `npm start`. */
import { join } from 'node:path';
import { heldLock } from '../store/lock.js';
import type { Store } from '../store/store.js';
import { buildApp } from './app.js';

export type ServeOptions = { store: Store; host?: string; port?: number; packageRoot: string };

export async function serve(opts: ServeOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const app = await buildApp({ store: opts.store, token: process.env.ORBIT_API_TOKEN || null, webRoot: join(opts.packageRoot, 'web', 'dist') });
  const address = await app.listen({ host: opts.host ?? '127.0.0.1', port: opts.port ?? 4173 });
  // A process that finds the embedded store busy is told where to send and read instead.
  if (opts.store.dir) heldLock(opts.store.dir)?.setUrl(address);
  return { url: address, close: () => app.close() };
}
