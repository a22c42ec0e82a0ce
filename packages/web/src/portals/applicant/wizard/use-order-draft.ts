/**
 * Saving the order as it is typed: every change goes to this browser's copy at once, and to the server after a
 * pause (POST the first time, then PUT with the version held, compare-and-set). A failed save is retried with
 * growing pauses and when the browser comes back online; nothing is dropped meanwhile. An order the server
 * would refuse as incomplete (a date still empty) stays local until it is complete enough.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/api-error.js';
import { orders } from '../../../api/endpoints.js';
import { keys } from '../../../api/queries.js';
import type { OrderData, OrderView } from '../../../api/types.js';
import { syncIndividual } from './draft.js';
import { shapeIssues } from './live-precheck.js';
import { saveLocal, removeLocal, type LocalDraft } from './local-draft.js';

export type SaveStatus =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'local'; count: number }
  | { kind: 'retrying'; error: ApiError; inSeconds: number }
  | { kind: 'conflict'; error: ApiError }
  | { kind: 'blocked'; error: ApiError }
  | { kind: 'invalid'; error: ApiError };

const DEBOUNCE_MS = 800;
const RETRY_MS = [2_000, 5_000, 10_000, 30_000];

export type OrderDraft = {
  data: OrderData;
  orderId: string | undefined;
  version: number | undefined;
  order: OrderView | undefined;
  status: SaveStatus;
  change: (next: OrderData) => void;
  /** Saves now and resolves when the server has the latest data (or with the status that says why not). */
  flush: () => Promise<SaveStatus>;
  /** After a conflict: take the server's version and drop the local changes. */
  takeServerVersion: () => Promise<void>;
  /** After a conflict: write the local changes over the server's newer version. */
  overwriteServer: () => Promise<void>;
  /** The submission moved the order on: the local copy is no longer needed. */
  forget: () => void;
};

export function useOrderDraft(opts: {
  accountId: string;
  initial: LocalDraft;
  order: OrderView | undefined;
  onCreated: (order: OrderView) => void;
}): OrderDraft {
  const queryClient = useQueryClient();
  const [data, setData] = useState(opts.initial.data);
  const [order, setOrder] = useState(opts.order);
  const [status, setStatusState] = useState<SaveStatus>(
    opts.initial.dirty ? { kind: 'pending' } : { kind: 'saved', at: opts.order?.updatedAt ?? '' },
  );
  const r = useRef({
    data: opts.initial.data,
    orderId: opts.initial.orderId,
    version: opts.initial.baseVersion,
    dirty: opts.initial.dirty,
    filingType: opts.initial.filingType,
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    inFlight: undefined as Promise<SaveStatus> | undefined,
    attempt: 0,
    status: status,
    onCreated: opts.onCreated,
  });
  r.current.onCreated = opts.onCreated;

  const setStatus = useCallback((s: SaveStatus) => {
    r.current.status = s;
    setStatusState(s);
    return s;
  }, []);

  const keepLocal = useCallback(() => {
    const c = r.current;
    saveLocal(opts.accountId, {
      ...(c.orderId ? { orderId: c.orderId } : {}),
      ...(c.version !== undefined ? { baseVersion: c.version } : {}),
      data: c.data,
      dirty: c.dirty,
      ...(c.filingType !== undefined ? { filingType: c.filingType } : {}),
      updatedAt: new Date().toISOString(),
    });
  }, [opts.accountId]);

  const save = useCallback(async (): Promise<SaveStatus> => {
    const c = r.current;
    if (c.inFlight) {
      await c.inFlight;
      return c.dirty ? save() : c.status;
    }
    if (!c.dirty) return c.status;
    const snapshot = c.data;
    const shape = shapeIssues(snapshot);
    if (shape.length) return setStatus({ kind: 'local', count: shape.length });
    setStatus({ kind: 'saving' });
    const run = (async (): Promise<SaveStatus> => {
      try {
        const created = !c.orderId;
        const saved = c.orderId
          ? await orders.update(c.orderId, c.version!, snapshot)
          : await orders.create(snapshot);
        c.orderId = saved.id;
        c.version = saved.version;
        c.attempt = 0;
        if (c.data === snapshot) c.dirty = false;
        keepLocal();
        if (created) removeLocal(opts.accountId, undefined);
        setOrder(saved);
        queryClient.setQueryData(keys.order(saved.id), saved);
        void queryClient.invalidateQueries({ queryKey: keys.orders, exact: true });
        if (created) c.onCreated(saved);
        return setStatus(c.dirty ? { kind: 'pending' } : { kind: 'saved', at: saved.updatedAt });
      } catch (e) {
        const error = e instanceof ApiError ? e : ApiError.network();
        if (error.transient) {
          const wait = RETRY_MS[Math.min(c.attempt, RETRY_MS.length - 1)]!;
          c.attempt++;
          clearTimeout(c.timer);
          c.timer = setTimeout(() => void save(), wait);
          return setStatus({ kind: 'retrying', error, inSeconds: Math.round(wait / 1000) });
        }
        if (error.code === 'CONFLICT') return setStatus({ kind: 'conflict', error });
        if (error.code === 'INVALID_INPUT') return setStatus({ kind: 'invalid', error });
        return setStatus({ kind: 'blocked', error });
      }
    })();
    c.inFlight = run;
    try {
      const s = await run;
      if (c.dirty && s.kind === 'pending') {
        clearTimeout(c.timer);
        c.timer = setTimeout(() => void save(), DEBOUNCE_MS);
      }
      return s;
    } finally {
      c.inFlight = undefined;
    }
  }, [keepLocal, opts.accountId, queryClient, setStatus]);

  const change = useCallback(
    (next: OrderData) => {
      const c = r.current;
      const synced = syncIndividual(next);
      c.data = synced;
      c.dirty = true;
      setData(synced);
      keepLocal();
      if (c.status.kind !== 'conflict' && c.status.kind !== 'retrying') setStatus({ kind: 'pending' });
      clearTimeout(c.timer);
      if (c.status.kind !== 'conflict') c.timer = setTimeout(() => void save(), DEBOUNCE_MS);
    },
    [keepLocal, save, setStatus],
  );

  const flush = useCallback(() => {
    clearTimeout(r.current.timer);
    return save();
  }, [save]);

  const takeServerVersion = useCallback(async () => {
    const c = r.current;
    if (!c.orderId) return;
    const fresh = await orders.get(c.orderId);
    c.data = fresh.data;
    c.version = fresh.version;
    c.dirty = false;
    setData(fresh.data);
    setOrder(fresh);
    keepLocal();
    setStatus({ kind: 'saved', at: fresh.updatedAt });
  }, [keepLocal, setStatus]);

  const overwriteServer = useCallback(async () => {
    const c = r.current;
    if (!c.orderId) return;
    const fresh = await orders.get(c.orderId);
    c.version = fresh.version;
    c.dirty = true;
    await save();
  }, [save]);

  const forget = useCallback(() => {
    const c = r.current;
    clearTimeout(c.timer);
    c.dirty = false;
    removeLocal(opts.accountId, c.orderId);
    removeLocal(opts.accountId, undefined);
  }, [opts.accountId]);

  // back online: save what waits; leaving the page: nothing to do, the local copy is already written
  useEffect(() => {
    const online = () => {
      if (r.current.dirty) void flush();
    };
    window.addEventListener('online', online);
    const c = r.current;
    if (c.dirty) c.timer = setTimeout(() => void save(), DEBOUNCE_MS);
    return () => {
      window.removeEventListener('online', online);
      clearTimeout(c.timer);
    };
  }, [flush, save]);

  return {
    data,
    orderId: r.current.orderId,
    version: r.current.version,
    order,
    status,
    change,
    flush,
    takeServerVersion,
    overwriteServer,
    forget,
  };
}
