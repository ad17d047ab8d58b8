/** Starts the API and UI server: `orbit serve` and `npm start`. */
import { join } from 'node:path';
import { heldLock } from '../store/lock.js';
import type { Store } from '../store/store.js';
import { buildApp } from './app.js';
import { DEFAULT_HOST, DEFAULT_PORT, listenError } from './port.js';

export { DEFAULT_HOST, DEFAULT_PORT } from './port.js';

export type ServeOptions = { store: Store; host?: string; port?: number; packageRoot: string };

export async function serve(opts: ServeOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const host = opts.host ?? DEFAULT_HOST;
  const port = opts.port ?? DEFAULT_PORT;
  const app = await buildApp({
    store: opts.store,
    token: process.env.ORBIT_API_TOKEN || null,
    webRoot: join(opts.packageRoot, 'web', 'dist'),
  });
  let address: string;
  try {
    address = await app.listen({ host, port });
  } catch (e) {
    await app.close().catch(() => undefined);
    throw listenError(e, host, port);
  }
  // A process that finds the embedded store busy is told where to send and read instead.
  if (opts.store.dir) heldLock(opts.store.dir)?.setUrl(address);
  return { url: address, close: () => app.close() };
}
