/** The bureau a deployment uses: the configured adapter, else the built-in simulator of the 31 bureaus. */
import type { Deps } from '../../deps.js';
import type { BureauAdapter } from './bureau.js';
import { SimulatedBureau } from './simulator.js';

export function bureauOf(
  deps: Pick<Deps, 'db' | 'clock' | 'sealer' | 'config' | 'calendar' | 'bureau'>,
): BureauAdapter {
  return deps.bureau ?? new SimulatedBureau(deps);
}
