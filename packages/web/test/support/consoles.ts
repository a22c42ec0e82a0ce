/**
 * What the consoles' browser tests set up outside the browser: API sessions (JSON and multipart), applicants with
 * a server and service numbers, orders created and submitted through the API, and real JPEG photos made with
 * sharp (a card-like picture over noise, so the file stays above the server's 200 KB floor and a person looking
 * at a screenshot sees which way is up).
 */
import { MATERIALS, PROVINCES, residentIdCheckChar, type MaterialCode, type ProvinceCode } from '@beian/core';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { ID_MATERIALS } from '@beian/server/dist/usecases/materials/material-view.js';
import { DEMO_PASSWORD } from './server.js';

export type Session = {
  email: string;
  json: <T>(method: string, path: string, body?: unknown) => Promise<T>;
  upload: <T>(path: string, fields: Record<string, string>, file: Buffer, name?: string) => Promise<T>;
};

export async function session(base: string, email: string, password = DEMO_PASSWORD): Promise<Session> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`log in as ${email}: HTTP ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const answer = async <T>(r: Response, what: string): Promise<T> => {
    const text = await r.text();
    if (!r.ok) throw new Error(`${what}: HTTP ${r.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    email,
    json: async <T>(method: string, path: string, body?: unknown) =>
      answer<T>(
        await fetch(`${base}/api/v1${path}`, {
          method,
          headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
        `${method} ${path}`,
      ),
    upload: async <T>(path: string, fields: Record<string, string>, file: Buffer, name = 'photo.jpg') => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      form.append('file', new Blob([new Uint8Array(file)], { type: 'image/jpeg' }), name);
      return answer<T>(
        await fetch(`${base}/api/v1${path}`, { method: 'POST', headers: { cookie }, body: form }),
        `POST ${path}`,
      );
    },
  };
}

let serial = 0;
const unique = () => `${Date.now().toString(36)}${++serial}`;

/** A new applicant account with a server (added by the admin) and one service number on it. */
export async function applicantWithServiceNumber(
  base: string,
  displayName: string,
  region = 'cn-shanghai',
): Promise<{ api: Session; serviceNumber: string }> {
  const email = `applicant-${unique()}@example.cn`;
  const password = 'applicant2026';
  const r = await fetch(`${base}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, displayName }),
  });
  if (!r.ok) throw new Error(`register ${email}: HTTP ${r.status} ${await r.text()}`);
  const admin = await session(base, 'admin@beian.local');
  const { server } = await admin.json<{ server: { id: string } }>('POST', '/admin/servers', {
    ownerEmail: email,
    typeCode: 'ecs',
    instanceName: `i-${unique()}`,
    region,
    mainland: true,
    billing: 'prepaid',
    prepaidMonths: 12,
    expiresOn: new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10),
    publicBandwidthMbps: 5,
  });
  const api = await session(base, email, password);
  const { serviceNumber } = await api.json<{ serviceNumber: string }>(
    'POST',
    `/servers/${server.id}/service-numbers`,
  );
  return { api, serviceNumber };
}

/** A valid resident ID of someone born on `birth` in the province's capital district. */
export function residentIdOf(province: ProvinceCode, birth: string): string {
  const first17 = `${PROVINCES[province].regionCode}0102${birth}${String(100 + (++serial % 900)).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** An individual's first filing of one website in `province` (the shared BJ example's shape). */
export function individualOrder(
  province: ProvinceCode,
  person: { name: string; birth: string; mobile: string },
  website: { name: string; domain: string },
  serviceNumber: string,
) {
  const id = residentIdOf(province, person.birth);
  const zh = PROVINCES[province].zh;
  return {
    subject: {
      nature: 'individual',
      province,
      name: person.name,
      certificate: {
        type: 'resident_id',
        number: id,
        address: `${zh}市文化路12号`,
        addressProvince: province,
      },
      mailingAddress: { province, text: `${zh}市文化路12号3单元501室` },
      leader: {
        name: person.name,
        region: 'mainland',
        certificateType: 'resident_id',
        certificateNumber: id,
        certificateValidUntil: '2036-05-01',
        mobile: person.mobile,
        mobileProvince: province,
        email: `${unique()}@example.cn`,
        isLegalRepresentative: false,
      },
    },
    websites: [
      {
        name: website.name,
        domains: [website.domain],
        homepage: `https://${website.domain}`,
        serviceContent: 'blog',
        leader: 'subject_leader',
        access: { serviceNumber },
      },
    ],
  };
}

/**
 * Creates the order, uploads every material its precheck requires (an identity document front and back, a
 * card-like JPEG titled with the material's name; the verification form as an A4 page), submits it; returns its id.
 */
export async function submitThroughApi(api: Session, data: unknown): Promise<string> {
  const { order } = await api.json<{
    order: { id: string; precheck: { requiredMaterials: Array<{ code: MaterialCode; path?: string }> } };
  }>('POST', '/orders', data);
  const path = `/orders/${order.id}/materials`;
  for (const m of order.precheck.requiredMaterials) {
    const owner: Record<string, string> = m.path ? { path: m.path } : {};
    const name = MATERIALS[m.code].zh;
    if (m.code === 'verification_form')
      await api.upload(path, { code: m.code }, await cardJpeg(name, 1240, 1754));
    else if (ID_MATERIALS.has(m.code)) {
      await api.upload(path, { code: m.code, ...owner, side: 'front' }, await cardJpeg(`${name}（人像面）`));
      await api.upload(path, { code: m.code, ...owner, side: 'back' }, await cardJpeg(`${name}（国徽面）`));
    } else await api.upload(path, { code: m.code, ...owner }, await cardJpeg(name));
  }
  await api.json('POST', `/orders/${order.id}/submit`, {});
  return order.id;
}

/** A JPEG of `width`×`height` (≥ 200 KB): a title and an arrow pointing up over fine noise. */
export async function cardJpeg(title: string, width = 856, height = 540): Promise<Buffer> {
  const raw = randomBytes(width * height * 3);
  for (let i = 0; i < raw.length; i += 3) {
    raw[i] = 200 + (raw[i]! % 64) - 32;
    raw[i + 1] = 210 + (raw[i + 1]! % 64) - 32;
    raw[i + 2] = 222 + (raw[i + 2]! % 64) - 32;
  }
  const size = Math.round(Math.min(width, height) / 9);
  const svg = Buffer.from(
    `<svg width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">
      <rect x="16" y="16" width="${width - 32}" height="${height - 32}" rx="24" fill="none" stroke="#334" stroke-width="6"/>
      <text x="48" y="${Math.round(height / 3)}" font-size="${size}" font-family="Noto Sans CJK SC, sans-serif" fill="#223">${title}</text>
      <text x="48" y="${Math.round(height / 3 + size * 1.6)}" font-size="${Math.round(size / 2)}" font-family="Noto Sans CJK SC, sans-serif" fill="#445">测试样本 TEST SAMPLE · 此面向上 ↑</text>
    </svg>`,
  );
  const jpeg = await sharp(raw, { raw: { width, height, channels: 3 } })
    .composite([{ input: svg }])
    .jpeg({ quality: 92 })
    .toBuffer();
  if (jpeg.length < 200 * 1024) throw new Error(`the test JPEG is ${jpeg.length} bytes, under 200 KB`);
  return jpeg;
}

/** Logs `page` in through the log-in form. */
export async function logIn(
  page: Page,
  base: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(`${base}/login`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: /登\s?录/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}
