/**
 * The API's types, inferred from the server's zod schemas (the same schemas that validate requests and write
 * the OpenAPI document) and from @beian/core. Type-only: nothing of the server is bundled.
 */
import type { orderHistory } from '@beian/server/dist/usecases/orders/order-history.js';

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
