/** TanStack Query keys and hooks over the endpoints. */
import { useQuery } from '@tanstack/react-query';
import { auth, materials, orders, receivers, servers } from './endpoints.js';
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
