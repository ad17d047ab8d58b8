/**
 * Where `orbit serve` and `npm start` listen, and listen failures as errors the user can act on.
 * Kept free of the server's imports: the CLI reads the defaults for its --help.
 */
import { OrbitError } from '../errors.js';

/**
 * The default port of `orbit serve` and `npm start`. Not 4173/5173 (Vite's preview and dev
 * servers, which a developer of the web UI runs beside it), 3000, 8000 or 8080.
 */
export const DEFAULT_PORT = 4747;
export const DEFAULT_HOST = '127.0.0.1';

/**
 * A listen failure as an error the user can act on: a busy port is ORBIT_E_PORT_IN_USE (exit 2)
 * naming the port and --port; a port the user may not bind or an address that is not this
 * machine's is ORBIT_E_USAGE. Anything else is left as it is.
 */
export function listenError(e: unknown, host: string, port: number): unknown {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'EADDRINUSE') {
    return new OrbitError(
      'ORBIT_E_PORT_IN_USE',
      `port ${port} on ${host} is already in use`,
      `choose another port with --port N (e.g. --port ${port === 65535 ? port - 1 : port + 1}, or --port 0 for any free port), or stop the program using ${port}`,
    );
  }
  if (code === 'EACCES')
    return new OrbitError(
      'ORBIT_E_USAGE',
      `not allowed to listen on port ${port} (ports below 1024 need privileges)`,
      'choose a port of 1024 or above with --port N',
    );
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new OrbitError(
      'ORBIT_E_USAGE',
      `cannot listen on host ${host}: not an address of this machine`,
      'use --host 127.0.0.1 (this machine only) or --host 0.0.0.0 (every interface)',
    );
  return e;
}
