/** Maps every error to the one reply shape; validation errors name the field. */
import { PrecheckInputError, formatPath } from '@beian/core';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from './errors.js';

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let e: AppError;
    if (error instanceof AppError) e = error;
    else if (error instanceof PrecheckInputError)
      e = new AppError('INVALID_INPUT', error.message, error.path);
    else if (hasZodFastifySchemaValidationErrors(error)) {
      const issue = error.validation[0]!;
      const where = formatPath(
        issue.instancePath
          .split('/')
          .filter(Boolean)
          .map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
      );
      const field = [error.validationContext === 'body' ? '' : error.validationContext, where]
        .filter(Boolean)
        .join('.');
      // zod's own wording for a missing field ("无效输入：期望 string，实际接收 undefined") said plainly
      const message = /实际接收 undefined$/.test(issue.message ?? '')
        ? '缺少必填字段'
        : (issue.message ?? '输入不正确');
      e = new AppError('INVALID_INPUT', field ? `${message}（字段 ${field}）` : message, field);
    } else if (error.statusCode === 429) e = new AppError('RATE_LIMITED');
    else if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      e = new AppError('UNSUPPORTED_MEDIA', '请以 JSON 提交');
    else if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
      e = new AppError('INVALID_INPUT', '请求体为空：请以 JSON 提交', '');
    else if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      e =
        error.statusCode === 413
          ? new AppError('PAYLOAD_TOO_LARGE')
          : new AppError('INVALID_INPUT', `请求体不是有效的 JSON：${error.message}`, '');
    else if (error.statusCode === 400) e = new AppError('INVALID_INPUT', `请求不正确：${error.message}`, '');
    else if (error.statusCode === 413) e = new AppError('PAYLOAD_TOO_LARGE');
    else {
      request.log.error({ err: error }, 'unhandled error');
      e = new AppError('INTERNAL');
    }
    void reply.status(e.status).send(e.toBody());
  });
  app.setNotFoundHandler((request, reply) => {
    void reply
      .status(404)
      .send(new AppError('NOT_FOUND', `没有这个接口：${request.method} ${request.url}`).toBody());
  });
}
