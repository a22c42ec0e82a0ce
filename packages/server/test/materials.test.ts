/**
 * Materials through the HTTP API on both engines: real images made with sharp (JPEG, PNG, GIF) are decoded
 * and stored sealed; disguised, too small, too large, HEIC and truncated files are refused with the field
 * named; an ID's back needs its front of similar proportions; replace and delete; another applicant reaches
 * nothing; a reviewer reads only once the order is submitted, and every read is audited. The S3 adapter
 * round-trips sealed files against s3rver, and the 真实性核验单 PDF carries the order's Chinese text.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import S3rver from 's3rver';
import sharp from 'sharp';
import { CreateBucketCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { LocalDiskStorage, S3Storage, SealedStorage } from '../src/adapters/storage/index.js';
import { buildApp } from '../src/app.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { loadPdfFont } from '../src/usecases/materials/verification-form.js';
import { registered, staff, type TestApp, startApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { withMaterials } from './support/materials.js';
import { exampleOrder, withServiceNumbers } from './support/orders.js';

// ---------------------------------------------------------------- images

/** Noise over a gradient: photographic enough that JPEG cannot squeeze it below the size floor. */
function noise(width: number, height: number, channels: 3 | 4 = 3): Buffer {
  const raw = randomBytes(width * height * channels);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      raw[i] = (raw[i]! >> 2) * 3 + (x * 64) / width;
      raw[i + 1] = (raw[i + 1]! >> 2) * 3 + (y * 64) / height;
      if (channels === 4) raw[i + 3] = 255;
    }
  return raw;
}
const jpeg = (w: number, h: number, quality = 30) =>
  sharp(noise(w, h), { raw: { width: w, height: h, channels: 3 } })
    .jpeg({ quality })
    .toBuffer();
const png = (w: number, h: number) =>
  sharp(noise(w, h), { raw: { width: w, height: h, channels: 3 } })
    .png({ compressionLevel: 6 })
    .toBuffer();
const gif = (w: number, h: number) =>
  sharp(noise(w, h), { raw: { width: w, height: h, channels: 3 } })
    .gif()
    .toBuffer();

/** An ISO-BMFF 'ftyp' box with the HEIC brand, as an iPhone photo starts, padded past the size floor. */
const heicLike = () =>
  Buffer.concat([
    Buffer.from('000000186674797068656963000000006d69663168656963', 'hex'),
    randomBytes(300 * 1024),
  ]);

type Images = {
  photo: Buffer; // 1600×1000 JPEG, ~300 KB
  png: Buffer;
  gif: Buffer;
  back: Buffer; // 1580×1000 JPEG: proportions within 10% of the photo
  square: Buffer; // 1000×1000 JPEG: not
  small: Buffer;
  large: Buffer;
  text: Buffer;
};
let images: Promise<Images> | undefined;
const makeImages = () =>
  (images ??= (async () => ({
    photo: await jpeg(1600, 1000),
    png: await png(560, 400),
    gif: await gif(640, 480),
    back: await jpeg(1580, 1000),
    square: await jpeg(1000, 1000, 40),
    small: await jpeg(240, 150, 60),
    large: await png(1400, 1100),
    text: Buffer.from('这不是图片，只是改了扩展名的文本文件。\n'.repeat(8000)),
  }))());

// ---------------------------------------------------------------- a client that speaks multipart

let ipCounter = 0;
type Part = { name: string; value: string } | { name: string; file: Buffer; filename: string; type: string };

function multipart(parts: Part[]): { body: Buffer; type: string } {
  const boundary = `----beian${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`));
    if ('value' in p)
      chunks.push(Buffer.from(`Content-Disposition: form-data; name="${p.name}"\r\n\r\n${p.value}\r\n`));
    else {
      chunks.push(
        Buffer.from(
          `Content-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\nContent-Type: ${p.type}\r\n\r\n`,
        ),
        p.file,
        Buffer.from('\r\n'),
      );
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), type: `multipart/form-data; boundary=${boundary}` };
}

class Client {
  readonly ip = `10.77.${(++ipCounter >> 8) & 255}.${ipCounter & 255}`;
  constructor(
    private app: FastifyInstance,
    private readonly cookie: string,
    readonly accountId: string,
  ) {}

  /** The same session against another app (the same database, another storage). */
  on(app: FastifyInstance): Client {
    return new Client(app, this.cookie, this.accountId);
  }

  get = (url: string) => this.request('GET', url);

  /** A raw body with its own content type, as `Agent.raw` (the shared materials helpers use it). */
  raw(method: 'POST' | 'PUT', url: string, payload: Buffer, contentType: string) {
    return this.app.inject({
      method,
      url,
      payload,
      headers: { cookie: this.cookie, 'content-type': contentType },
      remoteAddress: this.ip,
    });
  }

  request(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    body?: object,
  ): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method,
      url,
      headers: { cookie: this.cookie },
      remoteAddress: this.ip,
      ...(body ? { payload: body } : {}),
    });
  }

  upload(
    orderId: string,
    fields: Record<string, string>,
    file?: Buffer,
    opts: { filename?: string; type?: string } = {},
  ): Promise<LightMyRequestResponse> {
    const parts: Part[] = Object.entries(fields).map(([name, value]) => ({ name, value }));
    if (file)
      parts.push({
        name: 'file',
        file,
        filename: opts.filename ?? 'photo.jpg',
        type: opts.type ?? 'image/jpeg',
      });
    const { body, type } = multipart(parts);
    return this.app.inject({
      method: 'POST',
      url: `/api/v1/orders/${orderId}/materials`,
      headers: { cookie: this.cookie, 'content-type': type },
      remoteAddress: this.ip,
      payload: body,
    });
  }
}

async function login(t: TestApp, email: string, password: string): Promise<Client> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress: `10.78.${++ipCounter & 255}.1`,
  });
  assert.equal(res.statusCode, 200, res.body);
  const token = res.cookies.find((c) => c.name === 'beian_session')!.value;
  return new Client(t.app, `beian_session=${token}`, (res.json() as { account: { id: string } }).account.id);
}

const applicant = async (t: TestApp, name = '陈思远') =>
  login(t, (await registered(t.app, name)).email, 'beian2026');
const staffMember = async (t: TestApp, role: 'reviewer' | 'admin') =>
  login(t, (await staff(t, role)).email, 'staff2026x');

type Material = {
  id: string;
  code: string;
  name: string;
  path: string | null;
  side: string | null;
  mime: string;
  byteSize: number;
  width: number;
  height: number;
  sha256: string;
};
type ErrorBody = { error: { code: string; message: string; path?: string } };
const err = (res: LightMyRequestResponse) => (res.json() as ErrorBody).error;
const material = (res: LightMyRequestResponse) => {
  assert.equal(res.statusCode, 201, res.body);
  return (res.json() as { material: Material; replacedId: string | null }).material;
};

async function newOrder(c: Client, data: object = exampleOrder()): Promise<string> {
  const res = await c.request('POST', '/api/v1/orders', data);
  assert.equal(res.statusCode, 201, res.body);
  return (res.json() as { order: { id: string } }).order.id;
}

/**
 * Submit an order: its website first gets a 备案服务号 from a server an admin adds to the owner's account, and the
 * materials its precheck requires that are not uploaded yet are uploaded.
 */
async function submit(t: TestApp, c: Client, orderId: string): Promise<void> {
  const { rows } = await t.db.query<{ email: string }>('SELECT email FROM accounts WHERE id = $1', [
    c.accountId,
  ]);
  const order = (await c.request('GET', `/api/v1/orders/${orderId}`)).json() as {
    order: {
      version: number;
      data: { subject: Record<string, unknown>; websites: Record<string, unknown>[] };
    };
  };
  const agent = {
    email: rows[0]!.email,
    post: (url: string, body?: unknown) => c.request('POST', url, body ?? {}),
  };
  const data = await withServiceNumbers(t, agent as never, order.order.data);
  const saved = await c.request('PUT', `/api/v1/orders/${orderId}`, { version: order.order.version, data });
  assert.equal(saved.statusCode, 200, saved.body);
  await withMaterials(c, orderId);
  const res = await c.request('POST', `/api/v1/orders/${orderId}/submit`, {});
  assert.equal(res.statusCode, 200, res.body);
}

const count = async (t: TestApp, sql: string, params: unknown[] = []) =>
  Number((await t.db.query<{ n: number }>(sql, params)).rows[0]!.n);

/** Every file under a folder. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

// ---------------------------------------------------------------- the suites

for (const engine of ENGINES)
  describe(`materials (${engine.name})`, () => {
    let t: TestApp;
    let img: Images;
    let disk: LocalDiskStorage;
    before(async () => {
      [t, img] = await Promise.all([startApp(engine), makeImages()]);
      disk = (t.deps.storage as SealedStorage).inner as LocalDiskStorage;
    });
    after(() => t.close());

    test('test images are what they claim', () => {
      assert.ok(img.photo.length > 250_000 && img.photo.length < 450_000, `photo ${img.photo.length}`);
      for (const k of ['png', 'gif', 'back', 'square'] as const)
        assert.ok(img[k].length > 200 * 1024 && img[k].length < 4 * 1024 * 1024, `${k} ${img[k].length}`);
      assert.ok(img.small.length < 200 * 1024);
      assert.ok(img.large.length > 4 * 1024 * 1024);
    });

    test('JPEG, PNG and GIF are decoded, stored sealed, listed and read back byte for byte', async (ctx) => {
      const me = await applicant(t);
      const orderId = await newOrder(me);
      const started = performance.now();
      const res = await me.upload(orderId, { code: 'subject_leader_id', side: 'front' }, img.photo, {
        filename: '身份证正面.png', // the name and the declared type are ignored
        type: 'image/png',
      });
      const uploadMs = performance.now() - started;
      const photo = material(res);
      assert.equal(photo.mime, 'image/jpeg');
      assert.deepEqual([photo.width, photo.height, photo.byteSize], [1600, 1000, img.photo.length]);
      assert.equal(photo.name, '主体负责人证件（正面）');
      const pngM = material(
        await me.upload(orderId, { code: 'domain_certificate', path: 'websites[0].domains[0]' }, img.png),
      );
      assert.deepEqual([pngM.mime, pngM.width, pngM.height], ['image/png', 560, 400]);
      const gifM = material(
        await me.upload(orderId, { code: 'verification_form' }, img.gif, { filename: 'x.gif' }),
      );
      assert.deepEqual([gifM.mime, gifM.width, gifM.height], ['image/gif', 640, 480]);

      const list = await me.request('GET', `/api/v1/orders/${orderId}/materials`);
      assert.equal(list.statusCode, 200);
      const body = list.json() as { materials: Material[]; actions: { upload: boolean } };
      assert.deepEqual(body.materials.map((m) => m.code).sort(), [
        'domain_certificate',
        'subject_leader_id',
        'verification_form',
      ]);
      assert.equal(body.actions.upload, true);
      assert.ok(!list.body.includes('storage'), 'no storage key in the API');

      for (const [m, plain] of [
        [photo, img.photo],
        [pngM, img.png],
        [gifM, img.gif],
      ] as const) {
        const key = (
          await t.db.query<{ storage_key: string }>('SELECT storage_key FROM materials WHERE id = $1', [m.id])
        ).rows[0]!.storage_key;
        const onDisk = readFileSync(disk.pathOf(key));
        assert.equal(onDisk.length, plain.length + 28, 'iv + tag + ciphertext');
        assert.ok(!onDisk.equals(plain) && onDisk.indexOf(plain.subarray(0, 64)) === -1, 'sealed at rest');
        assert.ok(!onDisk.subarray(0, 12).equals(plain.subarray(0, 12)));
        const read = await me.request('GET', `/api/v1/orders/${orderId}/materials/${m.id}/file`);
        assert.equal(read.statusCode, 200);
        assert.equal(read.headers['content-type'], m.mime);
        assert.equal(read.headers['cache-control'], 'private, no-store');
        assert.ok(read.rawPayload.equals(plain), 'read back equal');
      }
      ctx.diagnostic(`upload of a ${Math.round(img.photo.length / 1024)} KB JPEG: ${uploadMs.toFixed(0)} ms`);
    });

    test('files that are not acceptable images are refused, naming the field, and nothing is stored', async () => {
      const me = await applicant(t);
      const orderId = await newOrder(me);
      const filesBefore = filesUnder(disk.root).length;
      const cases: Array<[string, Promise<LightMyRequestResponse>, number, string, RegExp]> = [
        [
          'text renamed .jpg',
          me.upload(orderId, { code: 'unit_certificate' }, img.text, { filename: 'id.jpg' }),
          415,
          'file',
          /不是 JPG/,
        ],
        [
          'too small',
          me.upload(orderId, { code: 'unit_certificate' }, img.small),
          400,
          'file',
          /过小.*200 KB～4 MB/,
        ],
        [
          'too large',
          me.upload(orderId, { code: 'unit_certificate' }, img.large, { type: 'image/png' }),
          413,
          'file',
          /过大/,
        ],
        [
          'HEIC',
          me.upload(orderId, { code: 'unit_certificate' }, heicLike(), {
            filename: 'IMG_0001.HEIC',
            type: 'image/heic',
          }),
          415,
          'file',
          /HEIC/,
        ],
        [
          'truncated JPEG',
          me.upload(orderId, { code: 'unit_certificate' }, img.photo.subarray(0, 240_000)),
          400,
          'file',
          /损坏/,
        ],
        [
          'PDF',
          me.upload(
            orderId,
            { code: 'unit_certificate' },
            Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(250_000)]),
          ),
          415,
          'file',
          /PDF/,
        ],
        ['no file', me.upload(orderId, { code: 'unit_certificate' }), 400, 'file', /请选择/],
        ['unknown code', me.upload(orderId, { code: 'selfie' }, img.photo), 400, 'code', /资料类型/],
        ['no code', me.upload(orderId, {}, img.photo), 400, 'code', /资料类型/],
        [
          'side on a one-sided material',
          me.upload(orderId, { code: 'unit_certificate', side: 'front' }, img.photo),
          400,
          'side',
          /不分正反面/,
        ],
        [
          'bad side',
          me.upload(orderId, { code: 'subject_leader_id', side: 'left' }, img.photo),
          400,
          'side',
          /front/,
        ],
        [
          'bad path',
          me.upload(orderId, { code: 'domain_certificate', path: '../etc' }, img.photo),
          400,
          'path',
          /websites/,
        ],
        [
          'website not in the order',
          me.upload(orderId, { code: 'website_leader_id', path: 'websites[3]' }, img.photo),
          400,
          'path',
          /第4个网站/,
        ],
        [
          'domain material without a domain',
          me.upload(orderId, { code: 'domain_certificate', path: 'websites[0]' }, img.photo),
          400,
          'path',
          /域名/,
        ],
        [
          'JSON instead of multipart',
          me.request('POST', `/api/v1/orders/${orderId}/materials`, { code: 'unit_certificate' }),
          415,
          'file',
          /multipart/,
        ],
      ];
      for (const [what, pending, status, path, message] of cases) {
        const res = await pending;
        assert.equal(res.statusCode, status, `${what}: ${res.body}`);
        const e = err(res);
        assert.equal(e.path, path, what);
        assert.match(e.message, message, what);
        assert.match(e.message, /[\u4e00-\u9fff]/, what);
      }
      assert.equal(
        await count(t, 'SELECT count(*)::int AS n FROM materials WHERE order_id = $1', [orderId]),
        0,
      );
      assert.equal(filesUnder(disk.root).length, filesBefore, 'no file left behind');
    });

    test("an ID's back needs its front, of similar proportions; replace and delete", async () => {
      const me = await applicant(t);
      const orderId = await newOrder(me);
      const id = { code: 'subject_leader_id' };

      const early = await me.upload(orderId, { ...id, side: 'back' }, img.back);
      assert.equal(early.statusCode, 400);
      assert.equal(err(early).path, 'side');
      assert.match(err(early).message, /请先上传主体负责人证件的正面/);

      const front = material(await me.upload(orderId, { ...id, side: 'front' }, img.photo));
      const mismatch = await me.upload(orderId, { ...id, side: 'back' }, img.square);
      assert.equal(mismatch.statusCode, 400);
      assert.equal(err(mismatch).path, 'file');
      assert.match(
        err(mismatch).message,
        /主体负责人证件正反面照片的比例不一致（正面 1600×1000，反面 1000×1000）/,
      );
      const back = material(await me.upload(orderId, { ...id, side: 'back' }, img.back));
      assert.deepEqual([back.width, back.height, back.side], [1580, 1000, 'back']);

      // a new front must match the back too
      const badFront = await me.upload(orderId, { ...id, side: 'front' }, img.square);
      assert.equal(badFront.statusCode, 400);
      const frontKey = async (mid: string) =>
        (await t.db.query<{ storage_key: string }>('SELECT storage_key FROM materials WHERE id = $1', [mid]))
          .rows[0]!.storage_key;
      const oldKey = await frontKey(front.id);
      const replaced = await me.upload(orderId, { ...id, side: 'front' }, img.back);
      assert.equal(replaced.statusCode, 201);
      assert.equal((replaced.json() as { replacedId: string }).replacedId, front.id);
      assert.ok(!existsSync(disk.pathOf(oldKey)), 'the replaced file is gone');
      const gone = await me.request('GET', `/api/v1/orders/${orderId}/materials/${front.id}/file`);
      assert.equal(gone.statusCode, 404);
      const newFront = (replaced.json() as { material: Material }).material;

      const blocked = await me.request('DELETE', `/api/v1/orders/${orderId}/materials/${newFront.id}`);
      assert.equal(blocked.statusCode, 409);
      assert.match(err(blocked).message, /反面/);
      assert.equal(
        (await me.request('DELETE', `/api/v1/orders/${orderId}/materials/${back.id}`)).statusCode,
        204,
      );
      assert.equal(
        (await me.request('DELETE', `/api/v1/orders/${orderId}/materials/${newFront.id}`)).statusCode,
        204,
      );
      assert.equal(
        (await me.request('DELETE', `/api/v1/orders/${orderId}/materials/${back.id}`)).statusCode,
        404,
      );
      const list = (await me.request('GET', `/api/v1/orders/${orderId}/materials`)).json() as {
        materials: unknown[];
      };
      assert.equal(list.materials.length, 0);
      assert.equal(
        await count(
          t,
          'SELECT count(*)::int AS n FROM materials WHERE order_id = $1 AND deleted_at IS NOT NULL',
          [orderId],
        ),
        3,
        'deleted and replaced rows stay, marked',
      );
      for (const key of [await frontKey(back.id), await frontKey(newFront.id)])
        assert.ok(!existsSync(disk.pathOf(key)));
    });

    test('another applicant gets 404 on every endpoint and changes nothing', async () => {
      const me = await applicant(t);
      const other = await applicant(t, '李雷');
      const orderId = await newOrder(me);
      const m = material(await me.upload(orderId, { code: 'subject_leader_id', side: 'front' }, img.photo));
      const snapshot = async () =>
        JSON.stringify(
          (
            await t.db.query('SELECT id, deleted_at FROM materials WHERE order_id = $1 ORDER BY id', [
              orderId,
            ])
          ).rows,
        );
      const before = await snapshot();
      const base = `/api/v1/orders/${orderId}`;
      const tries: Array<[string, Promise<LightMyRequestResponse>]> = [
        ['upload', other.upload(orderId, { code: 'subject_leader_id', side: 'front' }, img.photo)],
        ['list', other.request('GET', `${base}/materials`)],
        ['file', other.request('GET', `${base}/materials/${m.id}/file`)],
        ['delete', other.request('DELETE', `${base}/materials/${m.id}`)],
        ['form', other.request('GET', `${base}/verification-form.pdf`)],
      ];
      for (const [what, pending] of tries) {
        const res = await pending;
        assert.equal(res.statusCode, 404, `${what}: ${res.body}`);
        assert.equal(err(res).code, 'NOT_FOUND');
        assert.ok(!res.body.includes(m.sha256) && !res.body.includes('陈思远'), what);
      }
      // their own order does not open my material either
      const theirs = await newOrder(other, exampleOrder('base-ZJ-enterprise'));
      assert.equal(
        (await other.request('GET', `/api/v1/orders/${theirs}/materials/${m.id}/file`)).statusCode,
        404,
      );
      assert.equal(
        (await other.request('DELETE', `/api/v1/orders/${theirs}/materials/${m.id}`)).statusCode,
        404,
      );
      assert.equal(await snapshot(), before);
      assert.equal(
        await count(t, 'SELECT count(*)::int AS n FROM audit_reads WHERE account_id = $1', [other.accountId]),
        0,
      );
      // without a session: 401
      const anon = await t.app.inject({ method: 'GET', url: `${base}/materials` });
      assert.equal(anon.statusCode, 401);
    });

    test('a reviewer reads only once the order is submitted; every read is audited; staff never write', async () => {
      const me = await applicant(t);
      const reviewer = await staffMember(t, 'reviewer');
      const admin = await staffMember(t, 'admin');
      const orderId = await newOrder(me);
      const m = material(await me.upload(orderId, { code: 'subject_leader_id', side: 'front' }, img.photo));
      const fileUrl = `/api/v1/orders/${orderId}/materials/${m.id}/file`;
      for (const staffer of [reviewer, admin]) {
        assert.equal((await staffer.request('GET', `/api/v1/orders/${orderId}/materials`)).statusCode, 404);
        assert.equal((await staffer.request('GET', fileUrl)).statusCode, 404, 'a draft is not for staff');
      }
      await submit(t, me, orderId);

      const locked = await me.upload(orderId, { code: 'subject_leader_id', side: 'back' }, img.back);
      assert.equal(locked.statusCode, 409, 'a submitted order is not editable');
      assert.equal(err(locked).code, 'INVALID_STATE');
      assert.equal(
        (await me.request('DELETE', `/api/v1/orders/${orderId}/materials/${m.id}`)).statusCode,
        409,
      );

      const list = await reviewer.request('GET', `/api/v1/orders/${orderId}/materials`);
      assert.equal(list.statusCode, 200);
      assert.deepEqual((list.json() as { actions: unknown }).actions, { upload: false, delete: false });
      const read = await reviewer.request('GET', fileUrl);
      assert.equal(read.statusCode, 200);
      assert.ok(read.rawPayload.equals(img.photo));
      assert.equal((await admin.request('GET', fileUrl)).statusCode, 200);

      const audits = (
        await t.db.query<{
          account_id: string;
          object_type: string;
          detail: { orderId: string; code: string };
        }>(
          "SELECT account_id, object_type, detail FROM audit_reads WHERE object_type = 'material' AND object_id = $1 ORDER BY id",
          [m.id],
        )
      ).rows;
      assert.deepEqual(
        audits.map((a) => a.account_id),
        [reviewer.accountId, admin.accountId],
      );
      assert.equal(audits[0]!.detail.orderId, orderId);
      assert.equal(audits[0]!.detail.code, 'subject_leader_id');

      const countMaterials = () =>
        count(t, 'SELECT count(*)::int AS n FROM materials WHERE order_id = $1', [orderId]);
      const before = await countMaterials();
      assert.equal(before, 4, "the ID's front and back, the handheld photo, the verification form");
      for (const staffer of [reviewer, admin]) {
        const up = await staffer.upload(orderId, { code: 'unit_certificate' }, img.photo);
        assert.equal(up.statusCode, 403);
        assert.equal(
          (await staffer.request('DELETE', `/api/v1/orders/${orderId}/materials/${m.id}`)).statusCode,
          403,
        );
        assert.equal(
          (await staffer.request('GET', `/api/v1/orders/${orderId}/verification-form.pdf`)).statusCode,
          403,
        );
      }
      assert.equal(await countMaterials(), before, 'staff wrote nothing');
    });

    test('uploads go to an S3-compatible bucket (s3rver), sealed, and come back byte for byte', async () => {
      const { server, endpoint, dir } = await startS3();
      try {
        const s3 = new S3Storage({
          bucket: 'beian',
          region: 'cn-north-1',
          endpoint,
          forcePathStyle: true,
          accessKeyId: 'S3RVER',
          secretAccessKey: 'S3RVER',
          prefix: 'test/',
          checksums: 'WHEN_REQUIRED',
        });
        const app = await buildApp({ ...t.deps, storage: new SealedStorage(s3, t.deps.sealer) });
        await app.ready();
        try {
          const me = (await applicant(t)).on(app);
          const orderId = await newOrder(me);
          const m = material(
            await me.upload(orderId, { code: 'subject_leader_id', side: 'front' }, img.photo),
          );
          const key = (
            await t.db.query<{ storage_key: string }>('SELECT storage_key FROM materials WHERE id = $1', [
              m.id,
            ])
          ).rows[0]!.storage_key;
          const raw = await s3.client.send(new GetObjectCommand({ Bucket: 'beian', Key: `test/${key}` }));
          const stored = Buffer.from(await raw.Body!.transformToByteArray());
          assert.equal(stored.length, img.photo.length + 28);
          assert.equal(stored.indexOf(img.photo.subarray(0, 64)), -1, 'sealed in the bucket');
          assert.ok(
            t.deps.sealer.openBytes(stored).equals(img.photo),
            'byte-exact: no aws-chunked framing stored',
          );
          const read = await me.request('GET', `/api/v1/orders/${orderId}/materials/${m.id}/file`);
          assert.ok(read.rawPayload.equals(img.photo));
          assert.equal(
            (await me.request('DELETE', `/api/v1/orders/${orderId}/materials/${m.id}`)).statusCode,
            204,
          );
          assert.equal(await s3.get(key), null, 'deleted from the bucket');
          assert.ok(filesUnder(dir).every((f) => !readFileSync(f).includes(img.photo.subarray(0, 64))));
        } finally {
          await app.close();
          s3.close();
        }
      } finally {
        await server.close();
      }
    });
  });

// ---------------------------------------------------------------- S3 adapter alone

async function startS3(): Promise<{ server: S3rver; endpoint: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'beian-s3-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir });
  const address = await server.run();
  const endpoint = `http://127.0.0.1:${address.port}`;
  const s3 = new S3Storage({
    bucket: 'beian',
    region: 'cn-north-1',
    endpoint,
    forcePathStyle: true,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    prefix: '',
    checksums: 'WHEN_REQUIRED',
  });
  await s3.client.send(new CreateBucketCommand({ Bucket: 'beian' })).catch(() => {});
  s3.close();
  return { server, endpoint, dir };
}

describe('storage adapters', () => {
  test('S3 (s3rver): sealed put, byte-exact get, delete, missing keys', async (ctx) => {
    const { server, endpoint } = await startS3();
    const s3 = new S3Storage({
      bucket: 'beian',
      region: 'cn-north-1',
      endpoint,
      forcePathStyle: true,
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      prefix: 'p/',
      checksums: 'WHEN_REQUIRED',
    });
    const { Sealer } = await import('../src/crypto/sealer.js');
    const sealed = new SealedStorage(s3, new Sealer(randomBytes(32)));
    try {
      for (const size of [0, 1, 65_537, 3 * 1024 * 1024 + 7]) {
        const plain = randomBytes(size);
        const key = `materials/o/${size}`;
        const started = performance.now();
        await sealed.put(key, plain);
        const back = await sealed.get(key);
        const ms = performance.now() - started;
        assert.ok(back?.equals(plain), `size ${size}`);
        const raw = (await s3.get(key))!;
        assert.equal(raw.length, size + 28);
        if (size > 64) assert.equal(raw.indexOf(plain.subarray(0, 64)), -1);
        if (size > 1_000_000)
          ctx.diagnostic(`S3 sealed put+get of ${(size / 1048576).toFixed(1)} MB: ${ms.toFixed(0)} ms`);
      }
      assert.equal(await sealed.get('materials/none'), null);
      await sealed.delete('materials/o/1');
      await sealed.delete('materials/o/1'); // idempotent
      assert.equal(await sealed.get('materials/o/1'), null);
      await assert.rejects(sealed.put('../escape', Buffer.from('x')), /invalid storage key/);
    } finally {
      s3.close();
      await server.close();
    }
  });

  test('local disk: atomic put, sealed bytes, keys cannot escape the root', async () => {
    const root = mkdtempSync(join(tmpdir(), 'beian-files-'));
    const disk = new LocalDiskStorage(root);
    const { Sealer } = await import('../src/crypto/sealer.js');
    const sealer = new Sealer(randomBytes(32));
    const sealed = new SealedStorage(disk, sealer);
    const plain = randomBytes(10_000);
    await sealed.put('materials/a/b', plain);
    assert.ok((await sealed.get('materials/a/b'))!.equals(plain));
    assert.equal((statSync(disk.pathOf('materials/a/b')).mode & 0o777).toString(8), '600');
    assert.deepEqual(
      filesUnder(root).map((f) => f.slice(root.length)),
      ['/materials/a/b'],
    );
    // a file altered at rest does not open
    const onDisk = readFileSync(disk.pathOf('materials/a/b'));
    onDisk[40]! ^= 1;
    writeFileSync(disk.pathOf('materials/a/b'), onDisk);
    await assert.rejects(sealed.get('materials/a/b'));
    for (const bad of ['../x', '/etc/passwd', 'a/../../x', 'a//b', '', 'a/./b'])
      assert.throws(() => disk.pathOf(bad), /invalid storage key/, bad);
  });

  test('configuration: S3 needs a bucket; a missing PDF font fails at start with a clear message', () => {
    assert.throws(() => loadConfig({ STORAGE_DRIVER: 's3' }), /STORAGE_S3_BUCKET/);
    assert.throws(() => loadConfig({ MATERIAL_MIN_BYTES: '5000000' }), /MATERIAL_MIN_BYTES/);
    const s3 = loadConfig({ STORAGE_DRIVER: 's3', STORAGE_S3_BUCKET: 'b', STORAGE_S3_FORCE_PATH_STYLE: '1' });
    assert.deepEqual(s3.storage, {
      driver: 's3',
      bucket: 'b',
      region: 'us-east-1',
      forcePathStyle: true,
      prefix: '',
      checksums: 'WHEN_REQUIRED',
    });
    assert.deepEqual(loadConfig({}).materials, {
      minBytes: 204_800,
      maxBytes: 4_194_304,
      idAspectTolerance: 0.1,
    });
    assert.throws(
      () => loadPdfFont({ path: '/nonexistent/font.ttc', name: 'NotoSansCJKsc-Regular' }),
      (e: unknown) =>
        e instanceof ConfigError && /PDF_FONT_PATH/.test(e.message) && /fonts-noto-cjk/.test(e.message),
    );
    const notAFont = join(mkdtempSync(join(tmpdir(), 'beian-font-')), 'font.ttf');
    writeFileSync(notAFont, 'not a font');
    assert.throws(() => loadPdfFont({ path: notAFont, name: '' }), ConfigError);
  });
});

// ---------------------------------------------------------------- the verification form

const PDF_OUT = process.env.BEIAN_PDF_OUT; // set to keep the rendered PDF and page 1 PNG for a look

for (const engine of ENGINES)
  describe(`真实性核验单 (${engine.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startApp(engine);
    });
    after(() => t.close());

    test('a PDF prefilled with the full data, Chinese text embedded and rendered; audited; owner only', async (ctx) => {
      const me = await applicant(t, '李建国');
      const data = exampleOrder('base-ZJ-enterprise') as { subject: object; websites: object[] };
      data.websites.push({
        name: '星河科技帮助中心',
        domains: ['xinghe-help.cn'],
        homepage: 'https://www.xinghe-help.cn',
        serviceContent: 'general',
        leader: {
          name: '王晓红',
          region: 'mainland',
          certificateType: 'resident_id',
          certificateNumber: '330106199003071225',
          certificateValidUntil: '9999-12-31',
          mobile: '13905710123',
          email: 'wxh@example.cn',
        },
      });
      const orderId = await newOrder(me, data);
      const sealedRow = JSON.stringify(
        (await t.db.query('SELECT data FROM orders WHERE id = $1', [orderId])).rows[0],
      );
      const started = performance.now();
      const res = await me.request('GET', `/api/v1/orders/${orderId}/verification-form.pdf`);
      const ms = performance.now() - started;
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['content-type'], 'application/pdf');
      assert.equal(res.headers['cache-control'], 'private, no-store');
      assert.match(String(res.headers['content-disposition']), /attachment/);
      const pdf = res.rawPayload;
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');

      const dir = PDF_OUT ?? mkdtempSync(join(tmpdir(), 'beian-pdf-'));
      const file = join(dir, 'verification-form.pdf');
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      for (const expected of [
        '网站备案信息真实性核验单',
        '杭州市星河信息科技有限公司',
        '李建国',
        '营业执照',
        '91330106MA0AB12CXT',
        '330106198604151229', // the leader's full ID number (sealed in the database)
        '13901220122',
        '星河科技企业官网',
        'xinghezhe.com',
        '星河科技帮助中心',
        '王晓红',
        '330106199003071225',
        '长期',
        '2026年11月23日',
        '主体负责人签字',
        '网站2负责人签字',
      ])
        assert.ok(text.includes(expected), `${expected} in the PDF text`);
      assert.ok(!sealedRow.includes('330106198604151229'), 'the number is sealed in the database');
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
      assert.match(fonts, /NotoSansCJK/);
      assert.match(fonts, /CID/);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(dir, 'page')]);
      const page = readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.png'))!;
      const stats = await sharp(join(dir, page)).stats();
      // Rendered glyphs darken the page: a page of blank boxes (missing glyphs) stays nearly white.
      const dark = stats.channels[0]!.mean;
      assert.ok(dark < 245, `page 1 has ink (mean ${dark.toFixed(1)})`);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
      ctx.diagnostic(
        `verification form: ${pages} page(s), ${Math.round(pdf.length / 1024)} KB, ${ms.toFixed(0)} ms (first, font cached at start-up: no)`,
      );
      const again = performance.now();
      await me.request('GET', `/api/v1/orders/${orderId}/verification-form.pdf`);
      ctx.diagnostic(`verification form, second download: ${(performance.now() - again).toFixed(0)} ms`);

      const audits = await count(
        t,
        "SELECT count(*)::int AS n FROM audit_reads WHERE object_type = 'verification_form' AND object_id = $1 AND account_id = $2",
        [orderId, me.accountId],
      );
      assert.equal(audits, 2);
      const reviewer = await staffMember(t, 'reviewer');
      assert.equal(
        (await reviewer.request('GET', `/api/v1/orders/${orderId}/verification-form.pdf`)).statusCode,
        403,
      );
    });
  });
