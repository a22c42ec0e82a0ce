/** Every call the web app makes, one function each, typed from the server's schemas (types.ts). */
import { API, del, get, patch, post, put, request } from './client.js';
import type {
  AccessView,
  AccountView,
  AddReceiverInput,
  AfterFilingRequestInput,
  BureauOrderView,
  CalendarStatus,
  CalendarYearView,
  CallView,
  CaptchaView,
  CheckDomainInput,
  CreateAccountInput,
  DomainCheckResult,
  FilingTypeResult,
  FilingView,
  FiledRecordView,
  NoticeList,
  NoticeView,
  RequestCurtainInput,
  SendDocumentsInput,
  VerifySmsInput,
  HistoryEvent,
  ListMaterialsOutput,
  LogInInput,
  MaterialView,
  OrderData,
  OrderView,
  OutboxList,
  ReceiverView,
  RecordCallInput,
  RegisterAccountInput,
  RegisterServerInput,
  RejectInput,
  RejectVerificationInput,
  SaveCalendarYearInput,
  ServerTypeView,
  ServerView,
  SiteCheckList,
  SiteCheckView,
  UpdateReceiverInput,
  VerificationResponse,
  WhoisFactsInput,
  WhoisRecordView,
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

// ------------------------------------------------------------------ reviewer console (初审, 核验, 提交管局)

type Calls = One<'calls', CallView[]>;

export const review = {
  queue: () => get<One<'orders', OrderView[]>>('/review/queue').then((r) => r.orders),
  calls: (id: string) => get<Calls>(`/orders/${id}/calls`).then((r) => r.calls),
  recordCall: (id: string, input: RecordCallInput) =>
    post<Calls>(`/orders/${id}/calls`, input).then((r) => r.calls),
  approve: (id: string) => post<One<'order', OrderView>>(`/orders/${id}/review/approve`).then((r) => r.order),
  reject: (id: string, input: RejectInput) =>
    post<One<'order', OrderView>>(`/orders/${id}/review/reject`, input).then((r) => r.order),
  rejectUnreachable: (id: string) =>
    post<One<'order', OrderView>>(`/orders/${id}/review/reject-unreachable`).then((r) => r.order),
};

export const verification = {
  get: (id: string) => get<VerificationResponse>(`/orders/${id}/verification`),
  queue: () => get<{ items: VerificationResponse[] }>('/verification/queue').then((r) => r.items),
  shipCurtain: (id: string, input: { carrier: string; trackingNumber: string }) =>
    post<VerificationResponse>(`/orders/${id}/verification/curtain-request/shipment`, input),
  approvePhotos: (id: string, version?: number) =>
    post<VerificationResponse>(`/orders/${id}/verification/curtain-photos/approve`, { version }),
  rejectPhotos: (id: string, input: RejectVerificationInput) =>
    post<VerificationResponse>(`/orders/${id}/verification/curtain-photos/reject`, input),
  approveShanghaiApp: (id: string, version?: number) =>
    post<VerificationResponse>(`/orders/${id}/verification/shanghai-app/approve`, { version }),
  rejectShanghaiApp: (id: string, input: RejectVerificationInput) =>
    post<VerificationResponse>(`/orders/${id}/verification/shanghai-app/reject`, input),
  documentsReceived: (id: string, version?: number) =>
    post<VerificationResponse>(`/orders/${id}/mailed-documents/received`, { version }),
  pushToBureau: (id: string) => post<VerificationResponse>(`/orders/${id}/bureau-push`),
};

// ------------------------------------------------------------------ bureau console (管局, simulator)

type BureauOne = One<'order', BureauOrderView>;

export const bureau = {
  orders: (province?: string) =>
    get<One<'orders', BureauOrderView[]>>(
      `/bureau/orders${province ? `?province=${encodeURIComponent(province)}` : ''}`,
    ).then((r) => r.orders),
  get: (id: string) => get<BureauOne>(`/bureau/orders/${id}`).then((r) => r.order),
  approve: (id: string) => post<BureauOne>(`/bureau/orders/${id}/approve`).then((r) => r.order),
  reject: (id: string, input: RejectInput) =>
    post<BureauOne>(`/bureau/orders/${id}/reject`, input).then((r) => r.order),
};

// ------------------------------------------------------------------ admin console

export const admin = {
  accounts: () => get<One<'accounts', AccountView[]>>('/admin/accounts').then((r) => r.accounts),
  createAccount: (input: CreateAccountInput) =>
    post<One<'account', AccountView>>('/admin/accounts', input).then((r) => r.account),
  addServer: (input: RegisterServerInput) =>
    post<{ server: ServerView; ownerAccountId: string }>('/admin/servers', input),
  calendarYear: (year: number) => get<CalendarYearView>(`/admin/calendar/${year}`),
  saveCalendarYear: (year: number, input: SaveCalendarYearInput) =>
    put<CalendarYearView>(`/admin/calendar/${year}`, input),
  outbox: (query: { channel?: 'email' | 'sms'; before?: number } = {}) => {
    const q = new URLSearchParams();
    if (query.channel) q.set('channel', query.channel);
    if (query.before) q.set('before', String(query.before));
    const s = q.toString();
    return get<OutboxList>(`/outbox${s ? `?${s}` : ''}`);
  },
  whois: (domain: string) => get<WhoisRecordView>(`/admin/whois?domain=${encodeURIComponent(domain)}`),
  saveWhois: (domain: string, input: WhoisFactsInput) =>
    put<WhoisRecordView>(`/admin/whois/${encodeURIComponent(domain)}`, input),
  deleteWhois: (domain: string) => del(`/admin/whois/${encodeURIComponent(domain)}`),
};

export const calendar = {
  status: () => get<CalendarStatus>('/calendar/status'),
};

export const serverTypes = {
  list: () => get<One<'serverTypes', ServerTypeView[]>>('/server-types').then((r) => r.serverTypes),
};

// ------------------------------------------------------------------ the applicant's stages, notices and filings

/** The applicant's side of 核验, 邮寄资料 and 短信核验. */
export const stages = {
  requestCurtain: (id: string, input: RequestCurtainInput) =>
    post<VerificationResponse>(`/orders/${id}/verification/curtain-request`, input),
  uploadCurtainPhoto: (id: string, file: File, path?: string) => {
    const form = new FormData();
    if (path) form.append('path', path);
    form.append('file', file);
    return request<VerificationResponse & { material: MaterialView }>(
      'POST',
      `/orders/${id}/verification/curtain-photos`,
      form,
    );
  },
  claimShanghaiApp: (id: string) =>
    post<VerificationResponse>(`/orders/${id}/verification/shanghai-app`, { completed: true }),
  sendDocuments: (id: string, input: SendDocumentsInput) =>
    post<VerificationResponse>(`/orders/${id}/mailed-documents`, input),
  verifySms: (id: string, input: VerifySmsInput) =>
    post<{ complete: boolean; pending: string[]; order: OrderView }>(`/orders/${id}/sms-verification`, input),
};

export const notices = {
  list: (before?: number) => get<NoticeList>(`/notices${before ? `?before=${before}` : ''}`),
  read: (id: number) => post<One<'notice', NoticeView>>(`/notices/${id}/read`).then((r) => r.notice),
  readAll: () => post<{ updated: number }>('/notices/read-all'),
  /** the embedded outbox: my emails and SMS as they would have been sent */
  outbox: () => get<OutboxList>('/outbox'),
};

export const filings = {
  mine: () => get<One<'filings', FilingView[]>>('/filings').then((r) => r.filings),
};

/** 备案前检查: one domain against the WHOIS and the registry, by the precheck's rules. */
export const readiness = {
  domain: (input: CheckDomainInput) => post<DomainCheckResult>('/readiness/domain', input),
};

/** 网站检查: a filed website's checks (home page answers, ICP number at the bottom) and 立即检测. */
const siteChecksPath = (icpNumber: string) =>
  `/filings/websites/${encodeURIComponent(icpNumber)}/site-checks`;
export const siteChecks = {
  list: (icpNumber: string) => get<SiteCheckList>(siteChecksPath(icpNumber)),
  run: (icpNumber: string) =>
    post<One<'check', SiteCheckView>>(siteChecksPath(icpNumber)).then((r) => r.check),
};

/** 备案后的业务: the filed record, after-filing drafts (checked in the browser by the core), the 公安联网备案 number. */
export const afterFiling = {
  record: () => get<One<'record', FiledRecordView | null>>('/filings/record').then((r) => r.record),
  create: (request: AfterFilingRequestInput) =>
    post<One<'order', OrderView>>('/after-filing/orders', request).then((r) => r.order),
  update: (id: string, version: number, request: AfterFilingRequestInput) =>
    put<One<'order', OrderView>>(`/after-filing/orders/${id}`, { version, request }).then((r) => r.order),
  recordPublicSecurity: (icpNumber: string, number: string) =>
    put<One<'record', FiledRecordView>>(
      `/filings/websites/${encodeURIComponent(icpNumber)}/public-security`,
      { number },
    ).then((r) => r.record),
};
