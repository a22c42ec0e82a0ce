/** Whose a material is, in words: 'websites[0].domains[1]' → '网站1 · example.cn'. */
import type { OrderData } from '../../../api/types.js';

export function ownerLabel(
  path: string | null | undefined,
  data: OrderData,
  t: (zh: string, en: string) => string,
): string {
  if (!path) return t('主体', 'Subject');
  const m = /^websites\[(\d+)\](?:\.domains\[(\d+)\])?/.exec(path);
  if (!m) return path;
  const i = Number(m[1]);
  const w = data.websites[i];
  const domain = m[2] !== undefined ? w?.domains[Number(m[2])] : w?.domains[0];
  return `${t('网站', 'Website')}${i + 1}${domain ? ` · ${domain}` : ''}`;
}
