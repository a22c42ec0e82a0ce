/**
 * 变更 / 注销 / 取消接入 in the browser: the filed record as the core's check takes it, the order as the editor holds
 * it (the wizard's order data, so the wizard's fields and paths serve unchanged), the request the API takes, and
 * the check itself — the core's `checkAfterFiling`, the same code the server runs on every save and submission.
 */
import {
  AFTER_FILING_KIND_CODES,
  checkAfterFiling,
  type AfterFilingKind,
  type AfterFilingResult,
  type FiledRecord,
} from '@beian/core';
import type { AfterFilingRequestInput, FiledRecordView, OrderData, OrderView } from '../../../api/types.js';
import { chinaToday, shapeIssues, standIns, type ShapeIssue } from '../wizard/live-precheck.js';
import type { Declarations } from '../../../shared/after-filing.js';

/** What the editor holds. */
export type AfterFilingDraft = {
  kind: AfterFilingKind;
  /**
   * The order as it will be: change_subject edits `subject` (websites empty); change_website and change_access
   * edit `websites` (the record's subject beside them); cancellations keep the record's subject only.
   */
  data: OrderData;
  /** The 网站备案号 of data.websites, index by index. */
  numbers: string[];
  /** cancel_website, cancel_access: the 网站备案号 chosen. */
  targets: string[];
  declarations: Declarations;
};

export const isKind = (v: unknown): v is AfterFilingKind =>
  typeof v === 'string' && (AFTER_FILING_KIND_CODES as string[]).includes(v);
export const isCancel = (kind: AfterFilingKind) => kind.startsWith('cancel_');
/** The kinds that edit websites line by line. */
export const editsWebsites = (kind: AfterFilingKind) => kind === 'change_website' || kind === 'change_access';
/** The kinds that pick websites to cancel or to stop accessing. */
export const picksTargets = (kind: AfterFilingKind) => kind === 'cancel_website' || kind === 'cancel_access';

/** The record as the core's check takes it: a website filed elsewhere as the registry knows it (server: filed-record.ts). */
export function toFiledRecord(view: FiledRecordView): FiledRecord {
  return {
    icpNumber: view.icpNumber,
    subject: view.subject,
    websites: view.websites.map((w) => ({
      icpNumber: w.icpNumber,
      website: w.website ?? {
        name: w.name,
        domains: [w.domain],
        serviceContent: '',
        leader: 'subject_leader',
      },
      accessedHere: w.accessedHere,
      accessedElsewhere: w.accessedElsewhere,
    })),
  };
}

/** A new order of `kind` from the record, on the website `icpNumber` when the kind concerns websites. */
export function newDraft(
  record: FiledRecordView,
  kind: AfterFilingKind,
  icpNumber?: string,
): AfterFilingDraft {
  const here = record.websites.filter((w) => w.accessedHere && w.website);
  const chosen = here.filter((w) => w.icpNumber === icpNumber);
  // no website named (an address typed by hand): the first one filed here
  const lines = editsWebsites(kind) ? (icpNumber ? chosen : here.slice(0, 1)) : [];
  return {
    kind,
    data: {
      subject: record.subject,
      websites: lines.map((w) => w.website!),
    },
    numbers: lines.map((w) => w.icpNumber),
    targets: picksTargets(kind) ? chosen.map((w) => w.icpNumber) : [],
    declarations: {},
  };
}

/** The editor's copy of a saved after-filing order. */
export function draftOfOrder(order: OrderView): AfterFilingDraft | undefined {
  const af = order.afterFiling;
  if (!af || !isKind(order.kind)) return undefined;
  const kind = order.kind;
  return {
    kind,
    data: { subject: order.data.subject, websites: editsWebsites(kind) ? order.data.websites : [] },
    numbers: editsWebsites(kind) ? af.websiteNumbers : [],
    targets: picksTargets(kind) ? af.websiteNumbers : [],
    declarations: af.declarations,
  };
}

/** The request the API takes for the draft (each kind sends only its own fields). */
export function requestOf(draft: AfterFilingDraft): AfterFilingRequestInput {
  const declarations = Object.keys(draft.declarations).length ? { declarations: draft.declarations } : {};
  switch (draft.kind) {
    case 'change_subject':
      return { kind: draft.kind, subject: draft.data.subject, ...declarations };
    case 'change_website':
    case 'change_access':
      return {
        kind: draft.kind,
        websites: draft.data.websites.map((website, i) => ({ icpNumber: draft.numbers[i]!, website })),
        ...declarations,
      };
    case 'cancel_website':
    case 'cancel_access':
      return { kind: draft.kind, targets: draft.targets, ...declarations };
    default:
      return { kind: draft.kind, ...declarations };
  }
}

export type LiveAfterFiling = {
  /** Fields the server would refuse as they are (a date still empty). */
  shape: ShapeIssue[];
  result: AfterFilingResult | undefined;
  ms: number;
};

/** The check on the draft as it is typed; an empty date is stood in for so the rules run on the rest. */
export function liveAfterFiling(
  record: FiledRecord,
  draft: AfterFilingDraft,
  asOf: string = chinaToday(),
): LiveAfterFiling {
  const started = performance.now();
  const shape = isCancel(draft.kind) ? [] : shapeIssues(draft.data);
  let result: AfterFilingResult | undefined;
  try {
    const request = requestOf({ ...draft, data: standIns(draft.data) });
    result = checkAfterFiling({
      asOf,
      record,
      request: request as Parameters<typeof checkAfterFiling>[0]['request'],
    });
  } catch {
    // a shape the rules cannot read yet: the shape issues say what to fill in
    result = undefined;
  }
  return { shape, result, ms: performance.now() - started };
}
