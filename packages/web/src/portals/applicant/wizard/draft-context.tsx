/** What every wizard field needs: the order being typed, how to change it, and the findings at its path. */
import { createContext, useContext } from 'react';
import type { OrderData } from '../../../api/types.js';
import type { FindingIndex } from './findings.js';

export type DraftApi = {
  data: OrderData;
  set: (path: string, value: unknown) => void;
  update: (fn: (data: OrderData) => OrderData) => void;
  findings: FindingIndex;
  /** Read-only (the order is not editable now). */
  readOnly: boolean;
};

export const DraftContext = createContext<DraftApi | undefined>(undefined);

export function useDraft(): DraftApi {
  const api = useContext(DraftContext);
  if (!api) throw new Error('useDraft outside the wizard');
  return api;
}
