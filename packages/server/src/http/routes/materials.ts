/**
 * /api/v1/orders/:orderId/materials: upload (multipart), list, read the image, delete; and the order's
 * 真实性核验单 as a prefilled PDF. Files and the form carry personal data: never cached, always audited.
 */
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { deleteMaterial } from '../../usecases/materials/delete-material.js';
import { tooLarge } from '../../usecases/materials/image.js';
import { listMaterials, listMaterialsOutput } from '../../usecases/materials/list-materials.js';
import { materialViewSchema } from '../../usecases/materials/material-view.js';
import { readMaterialFile } from '../../usecases/materials/read-material-file.js';
import { uploadMaterial, type UploadFields } from '../../usecases/materials/upload-material.js';
import { verificationForm } from '../../usecases/materials/verification-form.js';
import { requireActor } from '../auth.js';
import { AppError } from '../errors.js';

const orderParams = z.object({ orderId: z.string().max(64) });
const materialParams = orderParams.extend({ id: z.string().max(64) });
const FIELDS = new Set(['code', 'path', 'side']);

/** Personal data: no cache anywhere, no sniffing, no framing by other sites. */
function privateFile(reply: FastifyReply, type: string, disposition: string): FastifyReply {
  return reply
    .header('content-type', type)
    .header('content-disposition', disposition)
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox");
}

/**
 * Reads the multipart body: the text fields named in `accepted` and one file, buffered (at most maxBytes,
 * checked as it streams). Other text fields are ignored. Shared by every image upload (materials, 幕布照片).
 */
export async function readUpload(
  request: FastifyRequest,
  limits: { minBytes: number; maxBytes: number },
  accepted: ReadonlySet<string> = FIELDS,
): Promise<{ fields: UploadFields; file: Buffer | undefined }> {
  const names = [...accepted].join('、');
  if (!request.isMultipart())
    throw new AppError(
      'UNSUPPORTED_MEDIA',
      `请以 multipart/form-data 上传：${names ? `字段 ${names} 和` : ''}文件 file。`,
      'file',
    );
  const fields: UploadFields = {};
  let file: Buffer | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file !== undefined) {
          await part.toBuffer(); // drain it
          throw new AppError('INVALID_INPUT', '每次只能上传一个文件，字段名为 file。', 'file');
        }
        file = await part.toBuffer();
      } else if (accepted.has(part.fieldname) && typeof part.value === 'string')
        fields[part.fieldname] = part.value === '' ? undefined : part.value;
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(undefined, limits);
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
      throw new AppError('INVALID_INPUT', `每次只能上传一个文件${names ? `和字段 ${names}` : ''}。`, 'file');
    throw new AppError(
      'INVALID_INPUT',
      `上传内容不是有效的 multipart/form-data：${(e as Error).message}`,
      'file',
    );
  }
  return { fields, file };
}

export function materialRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    const limits = deps.config.materials;
    await app.register(multipart, {
      limits: { fileSize: limits.maxBytes, files: 1, fields: 10, parts: 12, fieldSize: 1024 },
    });

    app.post(
      '/orders/:orderId/materials',
      {
        schema: {
          tags: ['materials'],
          summary: '上传资料图片（同一资料、归属和证件面的旧图片被替换）',
          description:
            'multipart/form-data：code（资料代码，见 precheck-contract.md）、path（归属，如 websites[0]，主体资料不填）、' +
            'side（证件正反面 front/back，仅身份证件）、file（JPG/JPEG/PNG/GIF，默认 200 KB～4 MB）。' +
            '文件按内容解码识别，不看文件名和声明的类型；HEIC 不支持；证件反面须在正面之后上传，且正反面比例相近。',
          consumes: ['multipart/form-data'],
          params: orderParams,
          response: { 201: z.object({ material: materialViewSchema, replacedId: z.string().nullable() }) },
        },
        config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const actor = requireActor(request, ['applicant']);
        const { fields, file } = await readUpload(request, limits);
        const result = await uploadMaterial(deps, actor, request.params.orderId, fields, file);
        return reply.status(201).send(result);
      },
    );

    app.get(
      '/orders/:orderId/materials',
      {
        schema: {
          tags: ['materials'],
          summary: '备案订单的资料列表（只含元数据）',
          params: orderParams,
          response: { 200: listMaterialsOutput },
        },
      },
      async (request) => listMaterials(deps, requireActor(request), request.params.orderId),
    );

    app.get(
      '/orders/:orderId/materials/:id/file',
      {
        schema: {
          tags: ['materials'],
          summary: '查看资料图片（每次查看都记入审计）',
          params: materialParams,
          produces: ['image/jpeg', 'image/png', 'image/gif'],
        },
      },
      async (request, reply) => {
        const { material, bytes } = await readMaterialFile(
          deps,
          requireActor(request),
          request.params.orderId,
          request.params.id,
        );
        const ext = material.mime.split('/')[1] === 'jpeg' ? 'jpg' : material.mime.split('/')[1];
        return privateFile(reply, material.mime, `inline; filename="${material.id}.${ext}"`).send(bytes);
      },
    );

    app.delete(
      '/orders/:orderId/materials/:id',
      {
        schema: {
          tags: ['materials'],
          summary: '删除资料',
          params: materialParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request, ['applicant']);
        await deleteMaterial(deps, actor, request.params.orderId, request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/orders/:orderId/verification-form.pdf',
      {
        schema: {
          tags: ['materials'],
          summary: '下载预填的网站备案信息真实性核验单（PDF，打印后签字上传）',
          params: orderParams,
          produces: ['application/pdf'],
        },
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const actor = requireActor(request, ['applicant']);
        const { pdf, fileName } = await verificationForm(deps, actor, request.params.orderId);
        return privateFile(
          reply,
          'application/pdf',
          `attachment; filename="verification-form.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        ).send(pdf);
      },
    );
  };
}
