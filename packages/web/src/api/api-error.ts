/**
 * The one error type of the web app: it reads the server's `{ error: { code, message, path } }` (message in
 * zh-CN, saying what to do; path naming the field) and stands in for network failures too.
 */
import type { Violation } from '@beian/core';
import type { ErrorCode } from './types.js';

export type ClientErrorCode = ErrorCode | 'NETWORK';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    /** The field: 'email', 'subject.leader.mobile', 'websites[0].access.serviceNumber'. */
    readonly path?: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** PRECHECK_FAILED: the server's error-severity findings. */
  get violations(): Violation[] {
    const v = this.details.violations;
    return Array.isArray(v) ? (v as Violation[]) : [];
  }

  /** Worth retrying as it is: the network or the server failed, not the request. */
  get transient(): boolean {
    return this.code === 'NETWORK' || this.code === 'RATE_LIMITED' || this.status >= 500;
  }

  static network(): ApiError {
    return new ApiError(0, 'NETWORK', '网络连接失败：请检查网络后重试，已填写的内容不会丢失。');
  }

  /** Builds the error from a failed response (JSON body in the server's shape, or anything else). */
  static async from(response: Response): Promise<ApiError> {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    const error =
      body && typeof body === 'object' && 'error' in body && body.error && typeof body.error === 'object'
        ? (body.error as Record<string, unknown>)
        : undefined;
    if (!error || typeof error.code !== 'string' || typeof error.message !== 'string')
      return new ApiError(
        response.status,
        response.status >= 500 ? 'INTERNAL' : 'INVALID_INPUT',
        `服务器返回了错误（HTTP ${response.status}）：请稍后重试。`,
      );
    const { code, message, path, ...details } = error;
    return new ApiError(
      response.status,
      code as ErrorCode,
      message,
      typeof path === 'string' && path !== '' ? path : undefined,
      details,
    );
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** A message a person can act on, for any error. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return '出现了意外错误：请刷新页面后重试。';
}
