/**
 * The real home-page fetcher against local node:http(s) servers (no database): the SSRF guard, http then https,
 * redirects and their limit, compressed bodies and the size bound (a gzip bomb stops at it), charsets.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { isNonPublicAddress } from '../src/adapters/site-fetch/address-guard.js';
import { HttpSiteFetcher, type HttpSiteFetcherOptions } from '../src/adapters/site-fetch/http-fetcher.js';
import { loadConfig } from '../src/config.js';
import { homePage, startSites, type LocalSites } from './support/sites.js';

test('the SSRF guard: private, loopback, link-local, reserved and mapped addresses are not public', () => {
  for (const a of [
    '127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1',
    '0.0.0.0', '224.0.0.1', '255.255.255.255', '198.18.0.1', '::1', '::', 'fe80::1', 'fd00::1', 'fc00::5',
    'ff02::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '64:ff9b::a00:1', '2001:db8::1', 'not-an-ip',
  ])
    assert.equal(isNonPublicAddress(a), true, a);
  for (const a of ['1.2.3.4', '8.8.8.8', '172.32.0.1', '114.114.114.114', '2400:3200::1', '::ffff:8.8.8.8', '64:ff9b::808:808'])
    assert.equal(isNonPublicAddress(a), false, a);
}); // prettier-ignore

test('SITE_CHECK_ALLOW_PRIVATE and SITE_CHECK_RESOLVE: development and tests only', () => {
  const dev = loadConfig({ SITE_CHECK_ALLOW_PRIVATE: '1', SITE_CHECK_RESOLVE: 'a.cn=127.0.0.1:8081,*=127.0.0.1:8082' });
  assert.equal(dev.siteCheck.allowPrivate, true);
  assert.deepEqual(dev.siteCheck.resolve, {
    'a.cn': { address: '127.0.0.1', port: 8081 },
    '*': { address: '127.0.0.1', port: 8082 },
  });
  const production = { BEIAN_ENV: 'production', DATA_KEY: Buffer.alloc(32).toString('base64'), DATABASE_URL: 'postgres://x@h/db' };
  assert.throws(() => loadConfig({ ...production, SITE_CHECK_ALLOW_PRIVATE: '1' }), /SITE_CHECK_ALLOW_PRIVATE/);
  assert.throws(() => loadConfig({ ...production, SITE_CHECK_RESOLVE: '*=127.0.0.1:80' }), /SITE_CHECK_RESOLVE/);
  assert.throws(() => loadConfig({ SITE_CHECK_RESOLVE: 'a.cn=127.0.0.1' }), /SITE_CHECK_RESOLVE/);
  assert.equal(loadConfig({}).siteCheck.allowPrivate, false);
}); // prettier-ignore

describe('the HTTP fetcher', () => {
  let sites: LocalSites;
  const fetcher = (opts: Partial<HttpSiteFetcherOptions> = {}) =>
    new HttpSiteFetcher({
      timeoutMs: 3000,
      maxBytes: 64 * 1024,
      allowPrivate: true,
      resolve: sites.resolve,
      ca: sites.ca,
      ...opts,
    });
  before(async () => {
    sites = await startSites(['only-tls.cn']);
  });
  after(() => sites.close());

  test('private addresses are refused unless allowed; no https attempt then', async () => {
    sites.serve('local-site.cn', (_req, res) => res.end(homePage('本地', '京ICP备26000001号-1')));
    const refused = await fetcher({ allowPrivate: false }).fetchHome('local-site.cn');
    assert.equal(refused.answered, false);
    assert.match(!refused.answered ? refused.error : '', /内网或保留地址（127\.0\.0\.1）/);
    const hits = sites.hits.get('local-site.cn') ?? 0;
    assert.equal(hits, 0, 'never connected');
    const byDns = await fetcher({ allowPrivate: false, resolve: () => null }).fetchHome('localhost');
    assert.match(!byDns.answered ? byDns.error : '', /内网或保留地址/, 'localhost resolves to loopback');
    const literal = await fetcher({ allowPrivate: false, resolve: () => null }).fetchHome('127.0.0.1');
    assert.match(!literal.answered ? literal.error : '', /内网或保留地址/);
    const allowed = await fetcher().fetchHome('local-site.cn');
    assert.equal(allowed.answered, true);
  });

  test('no page over http: https is tried', async () => {
    sites.serve('only-tls.cn', (_req, res, secure) =>
      secure ? res.end(homePage('加密', '京ICP备26000002号-1')) : res.writeHead(503).end(),
    );
    const page = await fetcher().fetchHome('only-tls.cn');
    assert.equal(page.answered, true);
    assert.equal(page.url, 'https://only-tls.cn/');
    const untrusted = await fetcher({ ca: undefined }).fetchHome('only-tls.cn');
    assert.equal(untrusted.answered, false, 'a self-signed certificate is not trusted');
    assert.equal(untrusted.httpStatus, 503, 'the HTTP answer is reported');
  });

  test('redirects: followed up to five, to http(s) only', async () => {
    sites.serve('loop-site.cn', (req, res) => res.writeHead(302, { location: `/r${req.url!.length}` }).end());
    const loop = await fetcher().fetchHome('loop-site.cn');
    assert.equal(loop.answered, false);
    assert.match(!loop.answered ? loop.error : '', /重定向超过 5 次/);
    assert.equal(loop.httpStatus, 302);
    sites.serve('ftp-site.cn', (_req, res) => res.writeHead(301, { location: 'ftp://ftp-site.cn/' }).end());
    const ftp = await fetcher().fetchHome('ftp-site.cn');
    assert.match(!ftp.answered ? ftp.error : '', /重定向到了无效或不支持的地址/);
    sites.serve('www.moved-site.cn', (_req, res) => res.end(homePage('新站', '京ICP备26000003号-1')));
    sites.serve('moved-site.cn', (_req, res) => res.writeHead(301, { location: 'http://www.moved-site.cn/index.html' }).end()); // prettier-ignore
    const moved = await fetcher().fetchHome('moved-site.cn');
    assert.equal(moved.answered, true);
    assert.equal(moved.url, 'http://www.moved-site.cn/index.html');
  });

  test('gzip and brotli bodies; the size bound holds after decompression (a gzip bomb stops there)', async () => {
    const html = homePage('压缩', '京ICP备26000004号-1');
    sites.serve('gzip-site.cn', (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(html)));
    sites.serve('br-site.cn', (_req, res) => res.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(html))); // prettier-ignore
    for (const domain of ['gzip-site.cn', 'br-site.cn']) {
      const got = await fetcher().fetchHome(domain);
      assert.ok(got.answered && got.html === html && !got.truncated, domain);
    }
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
    assert.ok(bomb.length < 100 * 1024, 'a small body');
    sites.serve('bomb-site.cn', (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb));
    const got = await fetcher().fetchHome('bomb-site.cn');
    assert.ok(got.answered);
    assert.equal(got.truncated, true);
    assert.equal(got.html.length, 64 * 1024, 'read up to maxBytes');
    sites.serve('bad-gzip.cn', (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end('not gzip'));
    const bad = await fetcher().fetchHome('bad-gzip.cn');
    assert.match(!bad.answered ? bad.error : '', /压缩格式无效/);
  }); // prettier-ignore

  test('the charset from the header or a <meta>: GBK pages read right', async () => {
    // 沪ICP备26000005号-1 in GBK: 沪 BBA6, 备 B1B8, 号 BAC5
    const number = Buffer.concat([Buffer.from([0xbb, 0xa6]), Buffer.from('ICP'), Buffer.from([0xb1, 0xb8]), Buffer.from('26000005'), Buffer.from([0xba, 0xc5]), Buffer.from('-1')]); // prettier-ignore
    const body = Buffer.concat([Buffer.from('<html><head><meta charset="gbk"></head><body><footer>'), number, Buffer.from('</footer></body></html>')]); // prettier-ignore
    sites.serve('gbk-site.cn', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(body));
    const got = await fetcher().fetchHome('gbk-site.cn');
    assert.ok(got.answered);
    assert.match(got.html, /<footer>沪ICP备26000005号-1<\/footer>/);
    sites.serve('gb-header.cn', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=GB2312' }).end(number)); // prettier-ignore
    const byHeader = await fetcher().fetchHome('gb-header.cn');
    assert.ok(byHeader.answered && byHeader.html === '沪ICP备26000005号-1');
  });

  test('a wrong domain or one that resolves nowhere is a result, not an exception', async () => {
    const bad = await fetcher().fetchHome('exa mple.cn');
    assert.equal(bad.answered, false);
    const nowhere = await fetcher({ resolve: () => null }).fetchHome('no-such-host.invalid');
    assert.equal(nowhere.answered, false);
    assert.match(!nowhere.answered ? nowhere.error : '', /域名无法解析|超时/);
  });
});
