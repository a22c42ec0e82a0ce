/**
 * The real home-page fetcher of the filed-site check, on node:http and node:https:
 * - http://<domain>/ first, https://<domain>/ when that gives no page (a site that only serves HTTPS, a 5xx on
 *   HTTP); no https attempt when the domain does not resolve or resolves to a refused address;
 * - each attempt within `timeoutMs` (connection, redirects and body together), so a check takes at most twice that;
 * - at most `maxRedirects` redirects (301, 302, 303, 307, 308), to http or https addresses only, each hop checked
 *   like the first;
 * - at most `maxBytes` of the page read (after gzip, deflate or brotli, so a small compressed body cannot grow
 *   past the bound), decoded by its charset (header, BOM or <meta>; GBK and GB18030 included);
 * - SSRF guard: the name is resolved once per hop and the connection goes to the address that was checked
 *   (address-guard.ts); private, loopback and reserved addresses are refused unless `allowPrivate` (development
 *   and tests: SITE_CHECK_ALLOW_PRIVATE=1, refused in production);
 * - `resolve`: a hook that points a domain at another address and port (tests: local node:http servers on
 *   127.0.0.1; development: SITE_CHECK_RESOLVE). Without it, DNS.
 * A site's failure is a result (answered: false, with the reason in Chinese), never a thrown error.
 */
import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { rootCertificates } from 'node:tls';
import zlib from 'node:zlib';
import { isNonPublicAddress } from './address-guard.js';
import type { SiteFetcher, SiteFetchResult } from './site-fetch.js';

export type Target = { address: string; port: number };

/** Where a host's requests go instead of DNS; null = resolve it normally. */
export type ResolveHook = (
  hostname: string,
  port: number,
  protocol: 'http:' | 'https:',
) => Target | null | Promise<Target | null>;

export type HttpSiteFetcherOptions = {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly allowPrivate: boolean;
  readonly maxRedirects?: number;
  readonly resolve?: ResolveHook;
  /** Certificates to trust beside the system's (tests' local HTTPS servers). */
  readonly ca?: string;
  readonly userAgent?: string;
};

/** Why an attempt got no page. `final`: trying https as well cannot help (DNS, a refused address). */
class NoPage extends Error {
  constructor(
    readonly reason: string,
    readonly final = false,
  ) {
    super(reason);
  }
}

type Hop =
  | { status: number; location: string }
  | { status: number; location?: undefined; body?: Buffer; truncated?: boolean; contentType?: string };

type Attempt = SiteFetchResult & { final?: boolean };

const TLS_CODES = /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_OSSL|HOSTNAME_MISMATCH)/;

function reasonOf(e: unknown): NoPage {
  if (e instanceof NoPage) return e;
  const code = String((e as NodeJS.ErrnoException)?.code ?? '');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ENODATA')
    return new NoPage('域名无法解析（DNS 查询不到该域名的地址）', true);
  if (code === 'ECONNREFUSED') return new NoPage('连接被拒绝（服务器没有在该端口提供网站服务）');
  if (code === 'ECONNRESET' || code === 'EPIPE') return new NoPage('连接被服务器中断');
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return new NoPage('网络不可达');
  if (code === 'HPE_INVALID_CONSTANT' || code.startsWith('HPE_'))
    return new NoPage('服务器的响应不是有效的 HTTP');
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return new NoPage('HTTPS 证书与域名不符');
  if (TLS_CODES.test(code)) return new NoPage(`HTTPS 证书或加密连接无效（${code}）`);
  return new NoPage(`连接失败（${code || String((e as Error)?.message ?? e).slice(0, 80)}）`);
}

/** The page's charset: the header's, a byte-order mark, a <meta> in its first 4 KB; utf-8 otherwise. */
export function decodePage(body: Buffer, contentType: string | undefined): string {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return new TextDecoder('utf-8').decode(body);
  if (body[0] === 0xff && body[1] === 0xfe) return new TextDecoder('utf-16le').decode(body);
  if (body[0] === 0xfe && body[1] === 0xff) return new TextDecoder('utf-16be').decode(body);
  const charset =
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(body.subarray(0, 4096).toString('latin1'))?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

export class HttpSiteFetcher implements SiteFetcher {
  private readonly maxRedirects: number;
  private readonly ca: string[] | undefined;

  constructor(private readonly opts: HttpSiteFetcherOptions) {
    this.maxRedirects = opts.maxRedirects ?? 5;
    this.ca = opts.ca ? [...rootCertificates, opts.ca] : undefined;
  }

  async fetchHome(domain: string): Promise<SiteFetchResult> {
    let first: URL;
    try {
      first = new URL(`http://${domain}/`);
    } catch {
      return { answered: false, httpStatus: null, error: `域名“${domain}”不是有效的网址`, url: domain };
    }
    const plain = await this.attempt(first);
    if (plain.answered || plain.final) return strip(plain);
    const secure = await this.attempt(new URL(`https://${first.host}/`));
    if (secure.answered) return strip(secure);
    if (plain.httpStatus !== null) return strip(plain);
    if (secure.httpStatus !== null) return strip(secure);
    return {
      answered: false,
      httpStatus: null,
      error: plain.error === secure.error ? plain.error : `HTTP：${plain.error}；HTTPS：${secure.error}`,
      url: plain.url,
    };
  }

  /** One address and its redirects, within the time bound. */
  private async attempt(start: URL): Promise<Attempt> {
    const deadline = performance.now() + this.opts.timeoutMs;
    let url = start;
    let lastStatus: number | null = null;
    for (let hops = 0; ; hops++) {
      let hop: Hop;
      try {
        hop = await this.get(url, deadline);
      } catch (e) {
        const why = reasonOf(e);
        return {
          answered: false,
          httpStatus: lastStatus,
          error: why.reason,
          url: url.href,
          final: why.final,
        };
      }
      lastStatus = hop.status;
      if (hop.location !== undefined) {
        const next = URL.canParse(hop.location, url.href) ? new URL(hop.location, url) : null;
        if (!next || (next.protocol !== 'http:' && next.protocol !== 'https:'))
          return {
            answered: false,
            httpStatus: hop.status,
            error: '重定向到了无效或不支持的地址',
            url: url.href,
          };
        if (hops >= this.maxRedirects)
          return {
            answered: false,
            httpStatus: hop.status,
            error: `重定向超过 ${this.maxRedirects} 次`,
            url: url.href,
          };
        url = next;
        continue;
      }
      if (hop.status < 200 || hop.status >= 300 || !hop.body)
        return {
          answered: false,
          httpStatus: hop.status,
          error: `首页返回 HTTP ${hop.status}`,
          url: url.href,
        };
      return {
        answered: true,
        httpStatus: hop.status,
        html: decodePage(hop.body, hop.contentType),
        truncated: hop.truncated === true,
        url: url.href,
      };
    }
  }

  private async target(url: URL, deadline: number): Promise<Target> {
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const protocol = url.protocol as 'http:' | 'https:';
    const port = Number(url.port) || (protocol === 'https:' ? 443 : 80);
    const hooked = await this.opts.resolve?.(hostname, port, protocol);
    let target: Target;
    if (hooked) target = hooked;
    else if (isIP(hostname)) target = { address: hostname, port };
    else {
      const found = await withDeadline(lookup(hostname, { all: true, verbatim: true }), deadline);
      const usable = this.opts.allowPrivate ? found : found.filter((a) => !isNonPublicAddress(a.address));
      target = { address: (usable[0] ?? found[0])?.address ?? '', port };
      if (!target.address) throw new NoPage('域名无法解析（DNS 查询不到该域名的地址）', true);
    }
    if (!this.opts.allowPrivate && isNonPublicAddress(target.address))
      throw new NoPage(`域名指向内网或保留地址（${target.address}），出于安全原因不予访问`, true);
    return target;
  }

  private async get(url: URL, deadline: number): Promise<Hop> {
    const target = await this.target(url, deadline);
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const secure = url.protocol === 'https:';
    const left = deadline - performance.now();
    if (left <= 0) throw this.timeout();
    return new Promise<Hop>((resolve, reject) => {
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        fn();
      };
      const options: https.RequestOptions = {
        host: target.address,
        port: target.port,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        agent: false,
        headers: {
          host: url.host,
          'user-agent': this.opts.userAgent ?? 'BeianSiteCheck/0.1',
          accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
          'accept-language': 'zh-CN,zh;q=0.9',
        },
        ...(secure && !isIP(hostname) ? { servername: hostname } : {}),
        ...(secure && this.ca ? { ca: this.ca } : {}),
      };
      const req = (secure ? https : http).request(options);
      const timer = setTimeout(() => req.destroy(this.timeout()), left);
      req.on('error', (e) => settle(() => reject(e)));
      req.on('response', (res) => {
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (status >= 300 && status < 400 && location) {
          settle(() => resolve({ status, location }));
          res.destroy();
          return;
        }
        if (status < 200 || status >= 300) {
          settle(() => resolve({ status }));
          res.destroy();
          return;
        }
        const encoding = String(res.headers['content-encoding'] ?? '')
          .trim()
          .toLowerCase();
        let stream: Readable = res;
        if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(zlib.createGunzip());
        else if (encoding === 'deflate') stream = res.pipe(zlib.createInflate());
        else if (encoding === 'br') stream = res.pipe(zlib.createBrotliDecompress());
        const chunks: Buffer[] = [];
        let size = 0;
        const done = (truncated: boolean) =>
          settle(() => {
            resolve({
              status,
              body: Buffer.concat(chunks),
              truncated,
              ...(res.headers['content-type'] ? { contentType: res.headers['content-type'] } : {}),
            });
            res.destroy();
            if (stream !== res) stream.destroy();
          });
        stream.on('data', (chunk: Buffer) => {
          if (settled) return;
          const room = this.opts.maxBytes - size;
          if (chunk.length >= room) {
            chunks.push(chunk.subarray(0, room));
            size += room;
            done(true);
            return;
          }
          chunks.push(chunk);
          size += chunk.length;
        });
        stream.on('end', () => done(false));
        stream.on('error', (e) =>
          settle(() => reject(stream === res ? e : new NoPage('首页内容压缩格式无效，无法解压'))),
        );
        res.on('error', (e) => settle(() => reject(e)));
        res.on('aborted', () => settle(() => reject(new NoPage('服务器在发送首页内容时中断了连接'))));
      });
      req.end();
    });
  }

  private timeout(): NoPage {
    const s = this.opts.timeoutMs / 1000;
    return new NoPage(`${s} 秒内没有完整响应（超时）`);
  }
}

async function withDeadline<T>(p: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const left = Math.max(0, deadline - performance.now());
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new NoPage('域名解析超时', true)), left);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function strip(a: Attempt): SiteFetchResult {
  const rest = { ...a };
  delete rest.final;
  return rest;
}
