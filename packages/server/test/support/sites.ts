/**
 * Filed websites for the site-check tests: real node:http (and node:https) servers on 127.0.0.1 that serve each
 * domain by its Host header, and the resolver hook that points the domains at them — the real fetcher does the
 * rest. A domain marked down points at a port nobody listens on. HTTPS uses a self-signed certificate made by
 * openssl for the domains given, which the test's fetcher trusts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResolveHook } from '../../src/adapters/site-fetch/http-fetcher.js';

export type SiteHandler = (req: IncomingMessage, res: ServerResponse, secure: boolean) => void;

/** A home page with `footer` at its bottom (in a <footer>), after some content. */
export function homePage(title: string, footer: string): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>
<header><h1>${title}</h1><nav><a href="/">首页</a> <a href="/about">关于</a></nav></header>
<main>${'<p>这里记录读书笔记和学习心得，欢迎交流。</p>'.repeat(20)}</main>
<footer><p>© 2026 ${title}</p><p>${footer}</p></footer></body></html>`;
}

/** A self-signed certificate for these domains (openssl, from Debian's openssl package). */
function selfSigned(domains: readonly string[]): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'beian-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
        '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
        '-subj', `/CN=${domains[0]}`,
        '-addext', `subjectAltName=${domains.map((d) => `DNS:${d}`).join(',')}`,
      ],
      { stdio: 'pipe' },
    ); // prettier-ignore
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type LocalSites = {
  /** Serve `domain` with `handler` (over http and, for the TLS domains, https). */
  serve(domain: string, handler: SiteHandler): void;
  /** Nothing answers for `domain` (connection refused). */
  down(domain: string): void;
  /** The fetcher's resolver hook. */
  resolve: ResolveHook;
  /** The certificate the fetcher must trust for the TLS domains. */
  ca: string;
  /** Requests received, by domain. */
  hits: Map<string, number>;
  close(): Promise<void>;
};

async function listen(server: http.Server | https.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

export async function startSites(tlsDomains: readonly string[]): Promise<LocalSites> {
  const handlers = new Map<string, SiteHandler>();
  const hits = new Map<string, number>();
  const downs = new Set<string>();
  const route = (secure: boolean) => (req: IncomingMessage, res: ServerResponse) => {
    const host = String(req.headers.host ?? '')
      .replace(/:\d+$/, '')
      .toLowerCase();
    hits.set(host, (hits.get(host) ?? 0) + 1);
    const handler = handlers.get(host);
    if (handler) handler(req, res, secure);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('no such site');
  };
  const tls = selfSigned(tlsDomains);
  const plain = http.createServer(route(false));
  const secure = https.createServer({ key: tls.key, cert: tls.cert }, route(true));
  const closed = http.createServer();
  const [plainPort, securePort, closedPort] = [
    await listen(plain),
    await listen(secure),
    await listen(closed),
  ];
  await new Promise((r) => closed.close(r)); // a port nobody listens on: connections are refused
  const local = (port: number) => ({ address: '127.0.0.1', port });
  return {
    serve: (domain, handler) => {
      handlers.set(domain.toLowerCase(), handler);
      downs.delete(domain.toLowerCase());
    },
    down: (domain) => void downs.add(domain.toLowerCase()),
    resolve: (hostname, _port, protocol) => {
      const host = hostname.toLowerCase();
      if (downs.has(host)) return local(closedPort);
      if (protocol === 'https:') return local(tlsDomains.includes(host) ? securePort : closedPort);
      return local(plainPort);
    },
    ca: tls.cert,
    hits,
    async close() {
      for (const s of [plain, secure]) {
        s.closeAllConnections();
        await new Promise((r) => s.close(r));
      }
    },
  };
}
