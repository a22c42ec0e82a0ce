/** A JSON path of an order in words: 'websites[0].leader.mobile' → '网站1 · 网站负责人 · 联系方式1'. */
type T = (zh: string, en: string) => string;

const LEAVES: Record<string, [string, string]> = {
  name: ['名称', 'Name'],
  nature: ['主办单位性质', 'Nature'],
  province: ['所属区域', 'Province'],
  'certificate.type': ['证件类型', 'Certificate type'],
  'certificate.number': ['证件号码', 'Certificate number'],
  'certificate.address': ['证件住所', 'Certificate address'],
  'certificate.addressProvince': ['证件住所所在省份', 'Certificate address province'],
  'mailingAddress.text': ['通信地址', 'Mailing address'],
  'mailingAddress.province': ['通信地址所在省份', 'Mailing address province'],
  investor: ['投资人或主管单位', 'Investor'],
  businessScope: ['经营范围', 'Business scope'],
  'legalRepresentative.name': ['法定代表人', 'Legal representative'],
  remark: ['备注', 'Remark'],
  region: ['身份', 'Residency'],
  certificateType: ['证件类型', 'Certificate type'],
  certificateNumber: ['证件号码', 'Certificate number'],
  certificateValidUntil: ['证件有效期', 'Certificate validity'],
  mobile: ['联系方式1', 'Mobile'],
  email: ['电子邮箱', 'Email'],
  isLegalRepresentative: ['是否法定代表人', 'Legal representative?'],
  homepage: ['首页 URL', 'Homepage'],
  serviceContent: ['网站服务内容', 'Service content'],
  preApprovals: ['前置审批', 'Pre-approvals'],
  'access.serviceNumber': ['备案服务号', 'Service number'],
  'access.authorizationCode': ['备案授权码', 'Authorization code'],
};

export function fieldLabel(path: string, t: T): string {
  if (path === 'materials') return t('资料', 'Materials');
  const parts: string[] = [];
  let rest = path;
  const w = /^websites\[(\d+)\]\.?/.exec(rest);
  if (w) {
    parts.push(`${t('网站', 'Website')}${Number(w[1]) + 1}`);
    rest = rest.slice(w[0].length);
  } else if (rest.startsWith('subject')) {
    parts.push(t('主体', 'Subject'));
    rest = rest.replace(/^subject\.?/, '');
  }
  if (rest.startsWith('leader')) {
    parts.push(w ? t('网站负责人', 'Website leader') : t('主体负责人', 'Subject leader'));
    rest = rest.replace(/^leader\.?/, '');
  }
  const d = /^domains\[(\d+)\]/.exec(rest);
  if (d) {
    parts.push(`${t('域名', 'Domain')}${Number(d[1]) + 1}`);
    rest = '';
  }
  if (rest) {
    const leaf = LEAVES[rest.replace(/\[\d+\].*$/, '')];
    parts.push(leaf ? t(leaf[0], leaf[1]) : rest);
  }
  return parts.join(' · ') || path;
}
