/**
 * 网站服务内容 choices. The precheck contract names 'general' and 'other' (which needs a remark); the rest are
 * the common MIIT categories that need no pre-approval of their own.
 */
import type { Term } from '@beian/core';

export const SERVICE_CONTENTS: Record<string, Term> = {
  general: { zh: '综合门户 / 单位门户网站', en: 'Portal or organisation website' },
  blog: { zh: '博客 / 个人空间', en: 'Blog or personal space' },
  online_shopping: { zh: '网络购物', en: 'Online shopping' },
  search: { zh: '搜索引擎', en: 'Search engine' },
  other: { zh: '其他（须在网站备注中说明）', en: 'Other (describe it in the remark)' },
};
