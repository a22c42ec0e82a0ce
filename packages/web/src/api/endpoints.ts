/** Every call the web app makes, one function each, typed from the server's schemas (types.ts). */
import { API, del, get, patch, post, put, request } from './client.js';
import type {
  AccessView,
  AccountView,
  AddReceiverInput,
  CaptchaView,
  FilingTypeResult,
  HistoryEvent,
  ListMaterialsOutput,
  LogInInput,
  MaterialView,
  OrderData,
  OrderView,
  ReceiverView,
  RegisterAccountInput,
  ServerView,
  UpdateReceiverInput,
  VerifyAccessInput,
  VerifyAccessResult,
  VerifyFilingTypeInput,
} from './types.js';

type One<K extends string, T> = { [k in K]: T };

export const auth = {
  me: () => get<One<'account', AccountView>>('/auth/me').then((r) => r.account),
  logIn: (input: LogInInput) =>
    post<One<'account', AccountView>>('/auth/login', input).then((r) => r.account),
  register: (input: RegisterAccountInput) =>
    post<One<'account', AccountView>>('/auth/register', input).then((r) => r.account),
  logOut: () => post<undefined>('/auth/logout'),
};

export const filingType = {
  captcha: () => get<CaptchaView>('/captcha'),
  verify: (input: VerifyFilingTypeInput) => post<FilingTypeResult>('/filing-type/verify', input),
};

export const orders = {
  mine: () => get<One<'orders', OrderView[]>>('/orders').then((r) => r.orders),
  get: (id: string) => get<One<'order', OrderView>>(`/orders/${id}`).then((r) => r.order),
  create: (data: OrderData) => post<One<'order', OrderView>>('/orders', data).then((r) => r.order),
  update: (id: string, version: number, data: OrderData) =>
    put<One<'order', OrderView>>(`/orders/${id}`, { version, data }).then((r) => r.order),
  submit: (id: string, version: number) =>
    post<One<'order', OrderView>>(`/orders/${id}/submit`, { version }).then((r) => r.order),
  withdraw: (id: string) => post<One<'order', OrderView>>(`/orders/${id}/withdraw`).then((r) => r.order),
  abandon: (id: string) => post<One<'order', OrderView>>(`/orders/${id}/abandon`).then((r) => r.order),
  history: (id: string) => get<One<'events', HistoryEvent[]>>(`/orders/${id}/history`).then((r) => r.events),
};

export const materials = {
  list: (orderId: string) => get<ListMaterialsOutput>(`/orders/${orderId}/materials`),
  upload: (orderId: string, fields: { code: string; path?: string; side?: 'front' | 'back' }, file: File) => {
    const form = new FormData();
    form.append('code', fields.code);
    if (fields.path) form.append('path', fields.path);
    if (fields.side) form.append('side', fields.side);
    form.append('file', file);
    return request<{ material: MaterialView; replacedId: string | null }>(
      'POST',
      `/orders/${orderId}/materials`,
      form,
    );
  },
  remove: (orderId: string, id: string) => del(`/orders/${orderId}/materials/${id}`),
  fileUrl: (orderId: string, id: string) => `${API}/orders/${orderId}/materials/${id}/file`,
  verificationFormUrl: (orderId: string) => `${API}/orders/${orderId}/verification-form.pdf`,
};

export const receivers = {
  list: () => get<{ receivers: ReceiverView[]; max: number }>('/receivers'),
  add: (input: AddReceiverInput) =>
    post<One<'receiver', ReceiverView>>('/receivers', input).then((r) => r.receiver),
  update: (id: string, input: UpdateReceiverInput) =>
    patch<One<'receiver', ReceiverView>>(`/receivers/${id}`, input).then((r) => r.receiver),
  remove: (id: string) => del(`/receivers/${id}`),
  resend: (id: string) =>
    post<One<'receiver', ReceiverView>>(`/receivers/${id}/resend-confirmation`).then((r) => r.receiver),
};

export const servers = {
  mine: () => get<One<'servers', ServerView[]>>('/servers').then((r) => r.servers),
  accessCodes: () =>
    get<{ serviceNumbers: AccessView[]; authorizationCodes: AccessView[] }>('/service-numbers'),
  applyServiceNumber: (serverId: string) =>
    post<{ serviceNumber: string; server: ServerView }>(`/servers/${serverId}/service-numbers`),
  verifyAccess: (input: VerifyAccessInput) => post<VerifyAccessResult>('/service-numbers/verify', input),
};
