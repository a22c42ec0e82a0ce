/** The registry a deployment uses: the configured adapter, else the built-in simulator over its database. */
import type { Deps } from '../../deps.js';
import type { Registry } from './registry.js';
import { SimulatedRegistry } from './simulator.js';

export function registryOf(deps: Pick<Deps, 'db' | 'registry'>): Registry {
  return deps.registry ?? new SimulatedRegistry(deps.db);
}
