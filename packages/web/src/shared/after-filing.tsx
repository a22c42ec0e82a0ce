/**
 * The light parts of an after-filing order (变更 / 注销 / 取消接入), shown by the applicant's pages and the consoles
 * alike: its kind (变更网站, 注销主体 …) as a glossary term and as a tag, its declarations, and which findings are
 * about the order as a whole rather than a field.
 */
import { AFTER_FILING_KINDS, AFTER_FILING_KIND_CODES, type AfterFilingKind, type Term } from '@beian/core';
import { Tag } from 'antd';
import { useTerm } from '../i18n/locale.js';

export type Declarations = { nameChangeRelated?: boolean; acknowledged?: boolean };

/** Warnings the applicant must acknowledge before submitting (core after-filing/check.ts). */
export const ACKNOWLEDGE = new Set([
  'SHELL_SUBJECT',
  'SHELL_WEBSITE',
  'CANCEL_OTHER_PROVIDERS',
  'CANCEL_IRREVERSIBLE',
]);

/** A path into the order's data (the rest — declarations.*, targets — belong to the after-filing form). */
export const isDataPath = (path: string) => path.startsWith('subject') || path.startsWith('websites');

/**
 * A finding about the order as a whole rather than a field: the warnings to acknowledge (空壳主体, 空壳网站, a
 * number never restored …) and whatever names no field of the data. Shown with the changes, not beside fields.
 */
export const isOrderWarning = (v: { code: string; path: string }) =>
  ACKNOWLEDGE.has(v.code) || (!isDataPath(v.path) && v.code !== 'ACKNOWLEDGEMENT_REQUIRED');

export function kindTerm(kind: string): Term | undefined {
  return (AFTER_FILING_KIND_CODES as string[]).includes(kind)
    ? AFTER_FILING_KINDS[kind as AfterFilingKind]
    : undefined;
}

/**
 * What abandoning an order gives up, by kind: 放弃本次变更 / 放弃本次注销 / 放弃取消接入 for an after-filing order,
 * 放弃备案 for a filing.
 */
export function abandonText(kind: string): Term {
  if (kind === 'cancel_access') return { zh: '放弃取消接入', en: 'Abandon ending access' };
  if (kind.startsWith('cancel_')) return { zh: '放弃本次注销', en: 'Abandon this cancellation' };
  if (kind.startsWith('change_')) return { zh: '放弃本次变更', en: 'Abandon this change' };
  return { zh: '放弃备案', en: 'Abandon' };
}

/** 变更网站, 注销主体 …: the kind of an after-filing order as a tag. */
export function KindTag({ kind }: { kind: string }) {
  const term = useTerm();
  const k = kindTerm(kind);
  if (!k) return null;
  return (
    <Tag color={kind.startsWith('cancel_') ? 'volcano' : 'purple'} data-testid="after-filing-kind">
      {term(k)}
    </Tag>
  );
}
