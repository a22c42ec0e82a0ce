/** The verification area's next actions (GET /orders/:id/verification → nextActions) in words. */
export const ACTION_NAMES: Record<string, [string, string]> = {
  ship_curtain: ['寄出幕布', 'Ship the curtain'],
  approve_verification: ['审核核验', 'Review verification'],
  reject_verification: ['核验不通过', 'Reject verification'],
  documents_received: ['确认收到资料', 'Confirm documents'],
  push_to_bureau: ['提交管局', 'Push to the bureau'],
  request_curtain: ['申请幕布', 'Request a curtain'],
  upload_curtain_photo: ['上传幕布照片', 'Upload curtain photo'],
  claim_shanghai_app: ['确认上海管局App核验', 'Confirm the Shanghai app'],
  send_documents: ['邮寄资料', 'Mail documents'],
};
