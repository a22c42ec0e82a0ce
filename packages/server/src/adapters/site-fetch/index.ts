/** The fetcher a deployment uses: `deps.siteFetcher`, else the HTTP fetcher with the configuration's bounds. */
import type { Deps } from '../../deps.js';
import { HttpSiteFetcher } from './http-fetcher.js';
import type { SiteFetcher } from './site-fetch.js';

export function siteFetcherOf(deps: Pick<Deps, 'config' | 'siteFetcher'>): SiteFetcher {
  if (deps.siteFetcher) return deps.siteFetcher;
  const c = deps.config.siteCheck;
  const hosts = c.resolve;
  return new HttpSiteFetcher({
    timeoutMs: c.timeoutMs,
    maxBytes: c.maxBytes,
    allowPrivate: c.allowPrivate,
    userAgent: `BeianSiteCheck/0.1 (+${deps.config.publicUrl})`,
    ...(Object.keys(hosts).length
      ? { resolve: (hostname: string) => hosts[hostname.toLowerCase()] ?? hosts['*'] ?? null }
      : {}),
  });
}
