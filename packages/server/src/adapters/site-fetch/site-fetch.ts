/**
 * The filed-site check's view of the web: fetch a website's home page. The real adapter is http-fetcher.ts (with
 * its guard against private addresses); a deployment or a test may put another in `deps.siteFetcher`.
 */
import type { HomePageFetch } from '@beian/core';

export type SiteFetchResult = HomePageFetch & {
  /** The address the page came from after redirects, or the last one tried. */
  readonly url: string;
};

export interface SiteFetcher {
  /** The home page of `domain` (its ASCII form): http first, then https; never throws for a site's failure. */
  fetchHome(domain: string): Promise<SiteFetchResult>;
}
