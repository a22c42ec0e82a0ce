/** The WHOIS a deployment uses: the given adapter, else the built-in simulator over its database. */
import type { Deps } from '../../deps.js';
import { SimulatedWhois } from './simulator.js';
import type { Whois } from './whois.js';

export function whoisOf(deps: Pick<Deps, 'db'> & { readonly whois?: Whois }): Whois {
  return deps.whois ?? new SimulatedWhois(deps.db);
}
