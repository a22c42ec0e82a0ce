/**
 * The API's types, inferred from the server's zod schemas (the same schemas that validate requests and write
 * the OpenAPI document) and from @beian/core. Type-only: nothing of the server is bundled.
 */
import type { ServerType } from '@beian/core';
import type { z } from 'zod';
import type { verifySmsInput } from '@beian/server/dist/usecases/bureau/verify-sms.js';
import type { sendDocumentsInput } from '@beian/server/dist/usecases/verification/mailed-documents.js';
import type { createAccountInput } from '@beian/server/dist/usecases/admin/manage-accounts.js';
import type { calendarStatusSchema } from '@beian/server/dist/usecases/calendar/calendar-status.js';
import type {
  CallView,
  recordCallInput,
  rejectInput,
} from '@beian/server/dist/usecases/orders/initial-review.js';
import type { afterFilingRequestSchema } from '@beian/server/dist/usecases/after-filing/request.js';
import type { orderHistory } from '@beian/server/dist/usecases/orders/order-history.js';
import type { registerServerInput } from '@beian/server/dist/usecases/servers/register-server.js';
import type { whoisFactsInput } from '@beian/server/dist/usecases/whois/whois-facts.js';
import type { checkDomainInput } from '@beian/server/dist/usecases/readiness/check-domain.js';
import type { rejectVerificationInput } from '@beian/server/dist/usecases/verification/review-verification.js';

export type { AccountView } from '@beian/server/dist/usecases/accounts/account-view.js';
export type { RegisterAccountInput } from '@beian/server/dist/usecases/accounts/register-account.js';
export type { LogInInput } from '@beian/server/dist/usecases/accounts/log-in.js';
export type { CaptchaView } from '@beian/server/dist/usecases/captcha/issue-captcha.js';
export type {
  FilingTypeResult,
  VerifyFilingTypeInput,
} from '@beian/server/dist/usecases/filing-type/verify-filing-type.js';
export type { OrderView, Reason } from '@beian/server/dist/usecases/orders/order-view.js';
export type { OrderData } from '@beian/server/dist/usecases/orders/order-data.js';
export type { MaterialView } from '@beian/server/dist/usecases/materials/material-view.js';
export type { ListMaterialsOutput } from '@beian/server/dist/usecases/materials/list-materials.js';
export type { ReceiverView } from '@beian/server/dist/usecases/receivers/receiver-view.js';
export type { AddReceiverInput } from '@beian/server/dist/usecases/receivers/add-receiver.js';
export type { UpdateReceiverInput } from '@beian/server/dist/usecases/receivers/update-receiver.js';
export type { ServerView } from '@beian/server/dist/usecases/servers/server-view.js';
export type { AccessView } from '@beian/server/dist/usecases/servers/list-service-numbers.js';
export type {
  VerifyAccessInput,
  VerifyAccessResult,
} from '@beian/server/dist/usecases/servers/verify-access.js';
export type { ErrorCode } from '@beian/server/dist/http/errors.js';

/** One row of an order's progress (GET /orders/:id/history). */
export type HistoryEvent = Awaited<ReturnType<typeof orderHistory>>[number];

// ------------------------------------------------------------------ the consoles (reviewer, bureau, admin)
export type { CallView };
export type {
  VerificationResponse,
  VerificationView,
} from '@beian/server/dist/usecases/verification/verification-view.js';
export type { BureauOrderView } from '@beian/server/dist/usecases/bureau/bureau-order-view.js';
export type {
  CalendarYearView,
  SaveCalendarYearInput,
} from '@beian/server/dist/usecases/calendar/calendar-year.js';
export type { OutboxList, OutboxView } from '@beian/server/dist/usecases/notices/list-outbox.js';

export type RecordCallInput = z.input<typeof recordCallInput>;
/** POST /orders/:id/review/reject and /bureau/orders/:id/reject: reasons per field. */
export type RejectInput = z.input<typeof rejectInput>;
/** POST …/curtain-photos/reject and …/shanghai-app/reject: a reason per photo (path websites[i]) or overall. */
export type RejectVerificationInput = z.input<typeof rejectVerificationInput>;
/** POST /admin/servers (the body as sent: defaults may be left out). */
export type RegisterServerInput = z.input<typeof registerServerInput>;
export type CreateAccountInput = z.input<typeof createAccountInput>;
export type CalendarStatus = z.infer<typeof calendarStatusSchema>;
/** GET /server-types: the core's catalog as the server sends it. */
export type ServerTypeView = ServerType;
/** GET/PUT /admin/whois: a domain's registration facts in the WHOIS simulator. */
export type { WhoisRecordView } from '@beian/server/dist/usecases/whois/whois-facts.js';
export type WhoisFactsInput = z.input<typeof whoisFactsInput>;

// ------------------------------------------------------------------ the applicant's stages, notices and filings
export type { NoticeView } from '@beian/server/dist/usecases/notices/notice-view.js';
export type { NoticeList } from '@beian/server/dist/usecases/notices/list-notices.js';
export type { FilingView } from '@beian/server/dist/usecases/filings/list-filings.js';
export type { SiteCheckView } from '@beian/server/dist/usecases/site-checks/site-check-view.js';
export type { SiteCheckList } from '@beian/server/dist/usecases/site-checks/list-site-checks.js';
export type { RequestCurtainInput } from '@beian/server/dist/usecases/verification/request-curtain.js';
/** POST /orders/:id/sms-verification: the 6-digit code, the mobile it went to, the certificate's last 6. */
export type VerifySmsInput = z.input<typeof verifySmsInput>;
/** POST /orders/:id/mailed-documents: courier and tracking number. */
export type SendDocumentsInput = z.input<typeof sendDocumentsInput>;

// ------------------------------------------------------------------ the applicant's readiness checks
export type { DomainCheckResult } from '@beian/server/dist/usecases/readiness/check-domain.js';
/** POST /readiness/domain (province and nature may be left out). */
export type CheckDomainInput = z.input<typeof checkDomainInput>;

// ------------------------------------------------------------------ after filing (变更, 注销, 取消接入, 公安联网备案)
export type { FiledRecordView } from '@beian/server/dist/usecases/after-filing/record-view.js';
export type { AfterFilingKind, AfterFilingResult, AfterFilingFinding } from '@beian/core';
/** POST /after-filing/check and /after-filing/orders, PUT /after-filing/orders/:id's `request`. */
export type AfterFilingRequestInput = z.input<typeof afterFilingRequestSchema>;
