/** What use cases run on: the database and the adapters, built once at start (or per test). */
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Sealer } from './crypto/sealer.js';
import type { Db } from './db/db.js';
import type { FactsSource } from './usecases/orders/facts.js';

export type Deps = {
  readonly config: Config;
  readonly db: Db;
  readonly clock: Clock;
  readonly sealer: Sealer;
  /** Domain (WHOIS) and registry facts for the precheck; none known when absent. */
  readonly facts?: FactsSource;
};
