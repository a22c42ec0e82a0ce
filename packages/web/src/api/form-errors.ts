/**
 * Puts a server error beside its form field: the error's `path` ('email', 'captchaAnswer', 'domains[1]') is
 * turned into an antd name path; errors without a field (or with one the form does not have) are returned for
 * the caller to show above the form.
 */
import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from './api-error.js';

/** 'websites[0].leader.mobile' → ['websites', 0, 'leader', 'mobile'] */
export function namePath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** Shows `e` beside its field when the form has it; returns the message otherwise (undefined when shown). */
export function showErrorOnForm(
  form: FormInstance,
  e: unknown,
  fields: readonly string[],
): string | undefined {
  if (e instanceof ApiError && e.path) {
    const name = namePath(e.path);
    if (fields.includes(String(name[0]))) {
      form.setFields([{ name, errors: [e.message] }]);
      return undefined;
    }
  }
  return errorMessage(e);
}

/** Puts messages beside the fields their paths name. */
export function setFieldErrors(form: FormInstance, list: readonly { path: string; message: string }[]): void {
  form.setFields(list.map((e) => ({ name: namePath(e.path), errors: [e.message] })));
}
