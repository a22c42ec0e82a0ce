/**
 * Saving an after-filing order as it is edited: created on the server at the first change (or when the applicant
 * moves on), then saved after each pause with the version held (PUT compares it). The server checks every save
 * on the record as it stands and keeps the result with the draft, as it does for a filing order.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/api-error.js';
import { afterFiling } from '../../../api/endpoints.js';
import { keys } from '../../../api/queries.js';
import type { OrderView } from '../../../api/types.js';
import { shapeIssues } from '../wizard/live-precheck.js';
import { isCancel, requestOf, type AfterFilingDraft } from './model.js';

export type DraftSave =
  /** Nothing on the server yet. */
  | { kind: 'new' }
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** Fields still incomplete (a date): saved once they are. */
  | { kind: 'incomplete'; count: number }
  | { kind: 'failed'; error: ApiError };

const PAUSE_MS = 800;
const RETRY_MS = 5_000;

export function useAfterFilingDraft(opts: {
  initial: AfterFilingDraft;
  order: OrderView | undefined;
  onCreated: (order: OrderView) => void;
}) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(opts.initial);
  const [order, setOrder] = useState(opts.order);
  const [status, setStatusState] = useState<DraftSave>(
    opts.order ? { kind: 'saved', at: opts.order.updatedAt } : { kind: 'new' },
  );
  const r = useRef({
    draft: opts.initial,
    order: opts.order,
    dirty: false,
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    inFlight: undefined as Promise<DraftSave> | undefined,
    status: status,
    onCreated: opts.onCreated,
  });
  r.current.onCreated = opts.onCreated;
  const setStatus = useCallback((s: DraftSave) => {
    r.current.status = s;
    setStatusState(s);
    return s;
  }, []);

  const save = useCallback(async (): Promise<DraftSave> => {
    const c = r.current;
    if (c.inFlight) {
      await c.inFlight;
      return c.dirty ? save() : c.status;
    }
    if (!c.dirty && c.order) return c.status;
    const snapshot = c.draft;
    const incomplete = isCancel(snapshot.kind) ? 0 : shapeIssues(snapshot.data).length;
    if (incomplete) return setStatus({ kind: 'incomplete', count: incomplete });
    setStatus({ kind: 'saving' });
    const run = (async (): Promise<DraftSave> => {
      try {
        const created = !c.order;
        const saved = c.order
          ? await afterFiling.update(c.order.id, c.order.version, requestOf(snapshot))
          : await afterFiling.create(requestOf(snapshot));
        c.order = saved;
        if (c.draft === snapshot) c.dirty = false;
        setOrder(saved);
        queryClient.setQueryData(keys.order(saved.id), saved);
        void queryClient.invalidateQueries({ queryKey: keys.orders, exact: true });
        if (created) c.onCreated(saved);
        return setStatus(c.dirty ? { kind: 'pending' } : { kind: 'saved', at: saved.updatedAt });
      } catch (e) {
        const error = e instanceof ApiError ? e : ApiError.network();
        if (error.transient) {
          clearTimeout(c.timer);
          c.timer = setTimeout(() => void save(), RETRY_MS);
        }
        return setStatus({ kind: 'failed', error });
      }
    })();
    c.inFlight = run;
    try {
      const s = await run;
      if (c.dirty && s.kind === 'pending') {
        clearTimeout(c.timer);
        c.timer = setTimeout(() => void save(), PAUSE_MS);
      }
      return s;
    } finally {
      c.inFlight = undefined;
    }
  }, [queryClient, setStatus]);

  const change = useCallback(
    (next: AfterFilingDraft) => {
      const c = r.current;
      c.draft = next;
      c.dirty = true;
      setDraft(next);
      if (c.status.kind !== 'failed' || c.status.error.code !== 'CONFLICT') {
        setStatus({ kind: 'pending' });
        clearTimeout(c.timer);
        c.timer = setTimeout(() => void save(), PAUSE_MS);
      }
    },
    [save, setStatus],
  );

  /** Saves now (creating the order when it is not on the server yet). */
  const flush = useCallback(() => {
    clearTimeout(r.current.timer);
    return save();
  }, [save]);

  useEffect(() => {
    const c = r.current;
    return () => clearTimeout(c.timer);
  }, []);

  return {
    draft,
    order,
    status,
    change,
    flush,
    /** The order as last saved (the version a submission must name). */
    current: () => r.current.order,
  };
}
