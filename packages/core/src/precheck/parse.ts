/**
 * Parsing a precheck input: zod checks the shape; the first problem becomes one error naming the field
 * (a JSON path like 'subject.leader.mobile') with a zh-CN message. Nothing is evaluated for a malformed input.
 */
import type { z } from 'zod';
import { precheckInputSchema } from './schema.js';
import type { PrecheckInput } from './types.js';

export class PrecheckInputError extends Error {
  readonly code = 'INVALID_INPUT';
  constructor(
    /** JSON path of the offending field; '' for the input itself. */
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'PrecheckInputError';
  }
  toJSON(): { code: 'INVALID_INPUT'; message: string; path: string } {
    return { code: this.code, message: this.message, path: this.path };
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

const TYPE_ZH: Record<string, string> = {
  string: '字符串',
  number: '数字',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
};

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? '缺少必填字段'
        : `类型不正确，应为${TYPE_ZH[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `取值无效，可选值：${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_union':
      return issue.path[0] === 'materials'
        ? '取值无效：应为资料代码（如 "verification_form"），或 { "code": 资料代码, "path": "websites[0]" }'
        : '取值无效：应为负责人信息对象，或 "subject_leader"（同主体负责人）';
    case 'too_small':
      return '不能为空';
    default:
      return issue.message;
  }
}

export function parsePrecheckInput(raw: unknown): PrecheckInput {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new PrecheckInputError('', '输入应为 JSON 对象');
  const result = precheckInputSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = formatPath(issue.path);
  throw new PrecheckInputError(path, `${path || '输入'}：${describe(issue)}`);
}
