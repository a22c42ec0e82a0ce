/**
 * One error type with an enumerated code set (style.md 10): a message for people (zh-CN), the field it is
 * about, and one mapping to HTTP. Routes throw AppError; the error handler shapes every reply the same way:
 * `{ "error": { "code", "message", "path"? } }`.
 */
export const ERROR_CODES = {
  INVALID_INPUT: { status: 400, zh: '输入不正确' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录' },
  FORBIDDEN: { status: 403, zh: '没有权限执行此操作' },
  NOT_FOUND: { status: 404, zh: '找不到该对象' },
  CONFLICT: { status: 409, zh: '操作冲突，请刷新后重试' },
  INVALID_STATE: { status: 409, zh: '当前状态不允许此操作' },
  ALREADY_EXISTS: { status: 409, zh: '已存在' },
  PRECHECK_FAILED: { status: 422, zh: '预检未通过' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '文件过大' },
  UNSUPPORTED_MEDIA: { status: 415, zh: '不支持的文件类型' },
  RATE_LIMITED: { status: 429, zh: '操作过于频繁，请稍后再试' },
  INTERNAL: { status: 500, zh: '服务器内部错误，请稍后重试' },
  /** An outside system (the bureau) did not answer; nothing changed and the call may be retried. */
  UNAVAILABLE: { status: 503, zh: '外部系统暂时不可用，请稍后重试' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** zh-CN, tells the person what to do. */
    message: string = ERROR_CODES[code].zh,
    /** The field the error is about: 'subject.leader.mobile', 'email'. */
    readonly path?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
  get status(): number {
    return ERROR_CODES[this.code].status;
  }
  toBody(): { error: { code: ErrorCode; message: string; path?: string } & Record<string, unknown> } {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.path === undefined ? {} : { path: this.path }),
        ...this.details,
      },
    };
  }
}
