/** TanStack Query keys and hooks over the endpoints. */
import { useQuery } from '@tanstack/react-query';
import {
  admin,
  afterFiling,
  auth,
  bureau,
  calendar,
  filings,
  notices,
  materials,
  orders,
  receivers,
  review,
  servers,
  serverTypes,
  siteChecks,
  verification,
} from './endpoints.js';
import { ApiError } from './api-error.js';
import type { AccountView } from './types.js';

export const keys = {
  me: ['me'] as const,
  orders: ['orders'] as const,
  order: (id: string) => ['orders', id] as const,
  history: (id: string) => ['orders', id, 'history'] as const,
  materials: (id: string) => ['orders', id, 'materials'] as const,
  receivers: ['receivers'] as const,
  servers: ['servers'] as const,
  accessCodes: ['access-codes'] as const,
  // the consoles
  reviewQueue: ['review', 'queue'] as const,
  verificationQueue: ['review', 'verification-queue'] as const,
  calls: (id: string) => ['orders', id, 'calls'] as const,
  verification: (id: string) => ['orders', id, 'verification'] as const,
  bureauOrders: (province: string) => ['bureau', 'orders', province] as const,
  bureauOrder: (id: string) => ['bureau', 'order', id] as const,
  accounts: ['admin', 'accounts'] as const,
  calendarYear: (year: number) => ['admin', 'calendar', year] as const,
  calendarStatus: ['calendar', 'status'] as const,
  outbox: (channel: string) => ['admin', 'outbox', channel] as const,
  serverTypes: ['server-types'] as const,
  // the applicant's notices and filings
  notices: ['notices'] as const,
  myOutbox: ['notices', 'outbox'] as const,
  filings: ['filings'] as const,
  /** under 'filings': refreshed with the latest checks */
  siteChecks: (icpNumber: string) => ['filings', 'site-checks', icpNumber] as const,
  /** under 'filings': refreshed with the numbers */
  filedRecord: ['filings', 'record'] as const,
};

/** The signed-in account, or null when nobody is. */
export function useMe() {
  return useQuery<AccountView | null>({
    queryKey: keys.me,
    queryFn: async () => {
      try {
        return await auth.me();
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
}

export const useMyOrders = () => useQuery({ queryKey: keys.orders, queryFn: orders.mine });
export const useOrder = (id: string | undefined) =>
  useQuery({ queryKey: keys.order(id ?? ''), queryFn: () => orders.get(id!), enabled: !!id });
export const useOrderHistory = (id: string) =>
  useQuery({ queryKey: keys.history(id), queryFn: () => orders.history(id) });
export const useMaterials = (id: string | undefined) =>
  useQuery({ queryKey: keys.materials(id ?? ''), queryFn: () => materials.list(id!), enabled: !!id });
export const useReceivers = () => useQuery({ queryKey: keys.receivers, queryFn: receivers.list });
export const useMyServers = () => useQuery({ queryKey: keys.servers, queryFn: servers.mine });
export const useAccessCodes = () => useQuery({ queryKey: keys.accessCodes, queryFn: servers.accessCodes });

// ------------------------------------------------------------------ the consoles
export const useReviewQueue = () => useQuery({ queryKey: keys.reviewQueue, queryFn: review.queue });
export const useVerificationQueue = () =>
  useQuery({ queryKey: keys.verificationQueue, queryFn: verification.queue });
export const useCalls = (id: string, enabled = true) =>
  useQuery({ queryKey: keys.calls(id), queryFn: () => review.calls(id), enabled });
export const useVerification = (id: string, enabled = true) =>
  useQuery({ queryKey: keys.verification(id), queryFn: () => verification.get(id), enabled });
export const useBureauOrders = (province: string | undefined) =>
  useQuery({ queryKey: keys.bureauOrders(province ?? ''), queryFn: () => bureau.orders(province) });
export const useBureauOrder = (id: string) =>
  useQuery({ queryKey: keys.bureauOrder(id), queryFn: () => bureau.get(id) });
export const useAccounts = () => useQuery({ queryKey: keys.accounts, queryFn: admin.accounts });
export const useCalendarYear = (year: number) =>
  useQuery({ queryKey: keys.calendarYear(year), queryFn: () => admin.calendarYear(year) });
export const useCalendarStatus = () => useQuery({ queryKey: keys.calendarStatus, queryFn: calendar.status });
export const useOutbox = (channel: 'email' | 'sms' | undefined) =>
  useQuery({
    queryKey: keys.outbox(channel ?? ''),
    queryFn: () => admin.outbox(channel ? { channel } : {}),
  });
export const useServerTypes = () =>
  useQuery({ queryKey: keys.serverTypes, queryFn: serverTypes.list, staleTime: Infinity });

// ------------------------------------------------------------------ the applicant's notices and filings
export const useNotices = () =>
  useQuery({ queryKey: keys.notices, queryFn: () => notices.list(), refetchInterval: 60_000 });
export const useMyOutbox = () => useQuery({ queryKey: keys.myOutbox, queryFn: notices.outbox });
export const useFilings = () => useQuery({ queryKey: keys.filings, queryFn: filings.mine });
export const useSiteChecks = (icpNumber: string, enabled = true) =>
  useQuery({ queryKey: keys.siteChecks(icpNumber), queryFn: () => siteChecks.list(icpNumber), enabled });
export const useFiledRecord = () => useQuery({ queryKey: keys.filedRecord, queryFn: afterFiling.record });
