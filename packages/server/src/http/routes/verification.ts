/**
 * Verification (核验), mailed documents (邮寄资料) and the push to the bureau (提交管局): the applicant asks for a
 * curtain, uploads the curtain photos (or, in Shanghai, confirms the 上海管局App check) and enters the tracking
 * number of mailed documents; reviewers ship curtains, review, confirm receipt and push. Every answer is the
 * order with its verification and the actor's next actions.
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps.js';
import { materialViewSchema } from '../../usecases/materials/material-view.js';
import { claimShanghaiApp, claimShanghaiAppInput } from '../../usecases/verification/claim-shanghai-app.js';
import { getVerification } from '../../usecases/verification/get-verification.js';
import {
  documentsReceivedInput,
  markDocumentsReceived,
  sendDocuments,
  sendDocumentsInput,
} from '../../usecases/verification/mailed-documents.js';
import { pushToBureau } from '../../usecases/verification/push-to-bureau.js';
import { requestCurtain, requestCurtainInput } from '../../usecases/verification/request-curtain.js';
import {
  approveVerification,
  approveVerificationInput,
  rejectVerification,
  rejectVerificationInput,
} from '../../usecases/verification/review-verification.js';
import { shipCurtain, shipCurtainInput } from '../../usecases/verification/ship-curtain.js';
import {
  assertCurtainPhotoUpload,
  uploadCurtainPhoto,
} from '../../usecases/verification/upload-curtain-photo.js';
import { verificationQueue } from '../../usecases/verification/verification-queue.js';
import { verificationResponseSchema } from '../../usecases/verification/verification-view.js';
import { requireActor } from '../auth.js';
import { readUpload } from './materials.js';

const params = z.object({ orderId: z.string().uuid('订单编号格式不正确') });
const one = verificationResponseSchema;
const PHOTO_FIELDS: ReadonlySet<string> = new Set(['path']);

export function verificationRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    const limits = deps.config.materials;
    await app.register(multipart, {
      limits: { fileSize: limits.maxBytes, files: 1, fields: 5, parts: 6, fieldSize: 256 },
    });

    app.get(
      '/orders/:orderId/verification',
      {
        schema: {
          tags: ['verification'],
          summary: '核验、邮寄资料与提交管局的进度（含可执行操作）',
          params,
          response: { 200: one },
        },
      },
      async (request) => getVerification(deps, requireActor(request), request.params.orderId),
    );

    // ------------------------------------------------------------------ applicant
    app.post(
      '/orders/:orderId/verification/curtain-request',
      {
        schema: {
          tags: ['verification'],
          summary: '申请幕布：填写邮寄地址（寄出前可修改）',
          params,
          body: requestCurtainInput,
          response: { 200: one },
        },
      },
      async (request) =>
        requestCurtain(deps, requireActor(request, ['applicant']), request.params.orderId, request.body),
    );
    app.post(
      '/orders/:orderId/verification/curtain-photos',
      {
        schema: {
          tags: ['verification'],
          summary: '上传幕布照片（每位网站负责人一张，新照片替换旧照片）',
          description:
            'multipart/form-data：path（该网站负责人的照片，如 websites[0]；只有一位网站负责人时可不填）、' +
            'file（JPG/JPEG/PNG/GIF，默认 200 KB～4 MB，按内容解码识别）。',
          consumes: ['multipart/form-data'],
          params,
          response: { 201: one.extend({ material: materialViewSchema }) },
        },
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const actor = requireActor(request, ['applicant']);
        // whose order and which stage first: another applicant's order is NOT_FOUND before any byte is judged
        await assertCurtainPhotoUpload(deps, actor, request.params.orderId);
        const { fields, file } = await readUpload(request, limits, PHOTO_FIELDS);
        return reply
          .status(201)
          .send(await uploadCurtainPhoto(deps, actor, request.params.orderId, fields, file));
      },
    );
    app.post(
      '/orders/:orderId/verification/shanghai-app',
      {
        schema: {
          tags: ['verification'],
          summary: '确认已在上海通信管理局App完成网站负责人核验（仅上海）',
          params,
          body: claimShanghaiAppInput,
          response: { 200: one },
        },
      },
      async (request) =>
        claimShanghaiApp(deps, requireActor(request, ['applicant']), request.params.orderId, request.body),
    );
    app.post(
      '/orders/:orderId/mailed-documents',
      {
        schema: {
          tags: ['verification'],
          summary: '登记邮寄资料的快递公司和单号（收到前可修改）',
          params,
          body: sendDocumentsInput,
          response: { 200: one },
        },
      },
      async (request) =>
        sendDocuments(deps, requireActor(request, ['applicant']), request.params.orderId, request.body),
    );

    // ------------------------------------------------------------------ reviewers
    app.get(
      '/verification/queue',
      {
        schema: {
          tags: ['verification'],
          summary: '核验队列：核验中、待邮寄资料、待提交管局的订单（号码已遮盖）',
          response: { 200: z.object({ items: z.array(one) }) },
        },
      },
      async (request) => ({
        items: await verificationQueue(deps, requireActor(request, ['reviewer', 'admin'])),
      }),
    );
    app.post(
      '/orders/:orderId/verification/curtain-request/shipment',
      {
        schema: {
          tags: ['verification'],
          summary: '登记幕布已寄出（快递公司和单号，申请人可见）',
          params,
          body: shipCurtainInput,
          response: { 200: one },
        },
      },
      async (request) =>
        shipCurtain(deps, requireActor(request, ['reviewer', 'admin']), request.params.orderId, request.body),
    );
    app.post(
      '/orders/:orderId/verification/curtain-photos/approve',
      {
        schema: {
          tags: ['verification'],
          summary: '幕布照片审核通过（核验通过）',
          params,
          body: approveVerificationInput,
          response: { 200: one },
        },
      },
      async (request) =>
        approveVerification(
          deps,
          requireActor(request, ['reviewer']),
          request.params.orderId,
          'curtain_photo',
          request.body,
        ),
    );
    app.post(
      '/orders/:orderId/verification/curtain-photos/reject',
      {
        schema: {
          tags: ['verification'],
          summary: '幕布照片不通过（写明原因，申请人重新上传）',
          params,
          body: rejectVerificationInput,
          response: { 200: one },
        },
      },
      async (request) =>
        rejectVerification(
          deps,
          requireActor(request, ['reviewer']),
          request.params.orderId,
          'curtain_photo',
          request.body,
        ),
    );
    app.post(
      '/orders/:orderId/verification/shanghai-app/approve',
      {
        schema: {
          tags: ['verification'],
          summary: '确认上海管局App核验已完成（核验通过）',
          params,
          body: approveVerificationInput,
          response: { 200: one },
        },
      },
      async (request) =>
        approveVerification(
          deps,
          requireActor(request, ['reviewer']),
          request.params.orderId,
          'shanghai_app',
          request.body,
        ),
    );
    app.post(
      '/orders/:orderId/verification/shanghai-app/reject',
      {
        schema: {
          tags: ['verification'],
          summary: '上海管局App核验未完成（写明原因，申请人完成后再次确认）',
          params,
          body: rejectVerificationInput,
          response: { 200: one },
        },
      },
      async (request) =>
        rejectVerification(
          deps,
          requireActor(request, ['reviewer']),
          request.params.orderId,
          'shanghai_app',
          request.body,
        ),
    );
    app.post(
      '/orders/:orderId/mailed-documents/received',
      {
        schema: {
          tags: ['verification'],
          summary: '确认邮寄资料已送达管局（之后 1 个工作日内提交管局）',
          params,
          body: documentsReceivedInput,
          response: { 200: one },
        },
      },
      async (request) =>
        markDocumentsReceived(
          deps,
          requireActor(request, ['reviewer']),
          request.params.orderId,
          request.body,
        ),
    );
    app.post(
      '/orders/:orderId/bureau-push',
      {
        schema: {
          tags: ['verification'],
          summary: '立即提交管局（否则核验通过 1 个工作日后自动提交）',
          params,
          response: { 200: one },
        },
      },
      async (request) => pushToBureau(deps, requireActor(request, ['reviewer']), request.params.orderId),
    );
  };
}
