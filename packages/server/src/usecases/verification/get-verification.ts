/** 查看核验进度: the order's verification, mailed documents and push, with the actor's next actions. */
import type { Actor } from '../../auth/actor.js';
import type { Deps } from '../../deps.js';
import { verificationResponse, type VerificationResponse } from './verification-view.js';

export async function getVerification(
  deps: Deps,
  actor: Actor,
  orderId: string,
): Promise<VerificationResponse> {
  return verificationResponse(deps, actor, orderId, { read: true });
}
