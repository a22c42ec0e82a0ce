/**
 * An order's data laid out as the wizard lays it out — 主办单位信息, 主体负责人, each 网站 with its 负责人 and 备案服务号 —
 * as rows of (JSON path, label, value). The consoles render these rows with the findings at each path beside
 * them, and offer the same paths when a reviewer or the bureau writes a reason per field.
 */
import {
  NATURES,
  PERSON_CERT_TYPES,
  PERSON_REGIONS,
  PRE_APPROVAL_TYPES,
  PROVINCES,
  UNIT_CERT_TYPES,
  type Term,
} from '@beian/core';
import type { OrderData } from '../api/types.js';
import { SERVICE_CONTENTS } from './reuse.js';

type T = (zh: string, en: string) => string;
type TermFn = (term: Term) => string;

export type Row = {
  /** The JSON path of the field ('websites[0].leader.mobile'). */
  path: string;
  label: string;
  value: string;
  /** Whether the path exists in the order (a reason may name it; the server refuses others). */
  exists: boolean;
};

export type Section = {
  key: string;
  title: string;
  /** Findings about the part as a whole ('subject', 'websites[1]', 'websites[1].leader'). */
  groupPaths: string[];
  rows: Row[];
};

const lookup = (table: Record<string, Term>, code: unknown, term: TermFn): string =>
  typeof code === 'string' && code in table ? term(table[code]!) : typeof code === 'string' ? code : '';

function person(
  base: string,
  p: Record<string, unknown>,
  t: T,
  term: TermFn,
  opts: { identity: boolean; legalRep: boolean },
): Row[] {
  const row = (key: string, label: string, value: string): Row => ({
    path: `${base}.${key}`,
    label,
    value,
    exists: key in p,
  });
  const rows: Row[] = [];
  if (opts.identity)
    rows.push(
      row('name', t('姓名', 'Name'), String(p.name ?? '')),
      row('region', t('负责人身份', 'Residency'), lookup(PERSON_REGIONS, p.region, term)),
      row(
        'certificateType',
        t('证件类型', 'Certificate type'),
        lookup(PERSON_CERT_TYPES, p.certificateType, term),
      ),
      row('certificateNumber', t('证件号码', 'Certificate number'), String(p.certificateNumber ?? '')),
    );
  else rows.push(row('region', t('身份', 'Residency'), lookup(PERSON_REGIONS, p.region, term)));
  rows.push(
    row(
      'certificateValidUntil',
      t('证件有效期至', 'Certificate valid until'),
      p.certificateValidUntil === '9999-12-31'
        ? t('长期', 'No expiry')
        : String(p.certificateValidUntil ?? ''),
    ),
    row('mobile', t('联系方式1（手机号码）', 'Mobile number'), String(p.mobile ?? '')),
    row('email', t('电子邮箱', 'Email'), String(p.email ?? '')),
  );
  if (opts.legalRep)
    rows.push(
      row(
        'isLegalRepresentative',
        t('是否法定代表人', 'Legal representative?'),
        p.isLegalRepresentative ? t('是', 'Yes') : t('否', 'No'),
      ),
    );
  return rows;
}

export function orderSections(data: OrderData, t: T, term: TermFn): Section[] {
  const s = data.subject;
  const individual = s.nature === 'individual';
  const certTypes: Record<string, Term> = { ...UNIT_CERT_TYPES, ...PERSON_CERT_TYPES };
  const has = (obj: object | undefined, key: string) => !!obj && key in obj;
  const subjectRows: Row[] = [
    {
      path: 'subject.province',
      label: t('主办单位所属区域', 'Province'),
      value: lookup(PROVINCES, s.province, term),
      exists: true,
    },
    {
      path: 'subject.nature',
      label: t('主办单位性质', 'Nature'),
      value: lookup(NATURES, s.nature, term),
      exists: true,
    },
    {
      path: 'subject.certificate.type',
      label: t('证件类型', 'Certificate type'),
      value: lookup(certTypes, s.certificate.type, term),
      exists: true,
    },
    {
      path: 'subject.certificate.number',
      label: t('证件号码', 'Certificate number'),
      value: s.certificate.number,
      exists: true,
    },
    {
      path: 'subject.name',
      label: individual ? t('姓名', 'Name') : t('主办单位名称', 'Unit name'),
      value: s.name,
      exists: true,
    },
  ];
  if (!individual)
    subjectRows.push({
      path: 'subject.investor',
      label: t('投资人或主管单位', 'Investor or supervising body'),
      value: s.investor ?? '',
      exists: has(s, 'investor'),
    });
  subjectRows.push(
    {
      path: 'subject.certificate.address',
      label: t('证件住所', 'Certificate address'),
      value: s.certificate.address,
      exists: true,
    },
    {
      path: 'subject.certificate.addressProvince',
      label: t('证件住所所在省份', 'Province of the certificate address'),
      value: s.certificate.addressProvince ? lookup(PROVINCES, s.certificate.addressProvince, term) : '',
      exists: has(s.certificate, 'addressProvince'),
    },
    {
      path: 'subject.mailingAddress.province',
      label: t('通信地址所在省份', 'Province of the mailing address'),
      value: lookup(PROVINCES, s.mailingAddress.province, term),
      exists: true,
    },
    {
      path: 'subject.mailingAddress.text',
      label: t('通信地址', 'Mailing address'),
      value: s.mailingAddress.text,
      exists: true,
    },
  );
  if (!individual)
    subjectRows.push(
      {
        path: 'subject.legalRepresentative.name',
        label: t('法定代表人姓名', 'Legal representative'),
        value: s.legalRepresentative?.name ?? '',
        exists: has(s.legalRepresentative, 'name'),
      },
      {
        path: 'subject.legalRepresentative.region',
        label: t('法定代表人身份', 'Their residency'),
        value: lookup(PERSON_REGIONS, s.legalRepresentative?.region, term),
        exists: has(s.legalRepresentative, 'region'),
      },
    );
  if (s.businessScope !== undefined)
    subjectRows.push({
      path: 'subject.businessScope',
      label: t('经营范围', 'Business scope'),
      value: s.businessScope,
      exists: true,
    });
  subjectRows.push({
    path: 'subject.remark',
    label: t('主体备注', 'Remark'),
    value: s.remark ?? '',
    exists: has(s, 'remark'),
  });

  const sections: Section[] = [
    {
      key: 'subject',
      title: individual ? t('备案主体（个人）', 'Subject (individual)') : t('主办单位信息', 'Subject (unit)'),
      groupPaths: ['subject', 'subject.certificate', 'subject.mailingAddress', 'subject.legalRepresentative'],
      rows: subjectRows,
    },
    {
      key: 'subject.leader',
      title: individual ? t('个人信息', 'Personal details') : t('主体负责人', 'Subject leader'),
      groupPaths: ['subject.leader'],
      rows: person('subject.leader', s.leader as unknown as Record<string, unknown>, t, term, {
        identity: !individual,
        legalRep: !individual,
      }),
    },
  ];

  data.websites.forEach((w, i) => {
    const base = `websites[${i}]`;
    const rows: Row[] = [
      { path: `${base}.name`, label: t('网站名称', 'Website name'), value: w.name, exists: true },
      ...w.domains.map((d, di) => ({
        path: `${base}.domains[${di}]`,
        label: di === 0 ? t('网站域名', 'Domain') : t(`域名${di + 1}`, `Domain ${di + 1}`),
        value: d,
        exists: true,
      })),
      {
        path: `${base}.homepage`,
        label: t('网站首页 URL', 'Homepage URL'),
        value: w.homepage ?? '',
        exists: has(w, 'homepage'),
      },
      {
        path: `${base}.serviceContent`,
        label: t('网站服务内容', 'Service content'),
        value: lookup(SERVICE_CONTENTS, w.serviceContent, term),
        exists: true,
      },
      ...(w.preApprovals ?? []).flatMap((p, pi) => [
        {
          path: `${base}.preApprovals[${pi}].type`,
          label: `${t('前置审批', 'Pre-approval')}${pi + 1} · ${t('类型', 'type')}`,
          value: lookup(PRE_APPROVAL_TYPES, p.type, term),
          exists: true,
        },
        {
          path: `${base}.preApprovals[${pi}].number`,
          label: `${t('前置审批', 'Pre-approval')}${pi + 1} · ${t('审批文号', 'number')}`,
          value: p.number,
          exists: true,
        },
      ]),
      {
        path: `${base}.leader`,
        label: t('网站负责人', 'Website leader'),
        value:
          w.leader === 'subject_leader'
            ? t('同主体负责人', 'Same as the subject leader')
            : t('另行填写（见下）', 'Another person (below)'),
        exists: true,
      },
      ...(w.leader === 'subject_leader'
        ? []
        : person(`${base}.leader`, w.leader as unknown as Record<string, unknown>, t, term, {
            identity: true,
            legalRep: false,
          })),
      ...(w.access?.authorizationCode
        ? [
            {
              path: `${base}.access.authorizationCode`,
              label: t('备案授权码', 'Authorization code'),
              value: w.access.authorizationCode,
              exists: true,
            },
          ]
        : [
            {
              path: `${base}.access.serviceNumber`,
              label: t('备案服务号', 'Service number'),
              value: w.access?.serviceNumber ?? '',
              exists: has(w.access, 'serviceNumber'),
            },
          ]),
      {
        path: `${base}.remark`,
        label: t('网站备注', 'Website remark'),
        value: w.remark ?? '',
        exists: has(w, 'remark'),
      },
    ];
    sections.push({
      key: base,
      title: `${t('网站', 'Website')} ${i + 1}${w.name ? ` · ${w.name}` : ''}`,
      groupPaths: [base, `${base}.domains`, `${base}.preApprovals`, `${base}.access`],
      rows,
    });
  });
  return sections;
}

/** Every path a reason may name, with its label: the sections' rows and parts, and 资料. */
export function reasonTargets(sections: readonly Section[], t: T): { path: string; label: string }[] {
  const out: { path: string; label: string }[] = [];
  for (const s of sections) {
    out.push({ path: s.key, label: `${s.title}（${t('整体', 'as a whole')}）` });
    for (const r of s.rows)
      if (r.exists)
        out.push({ path: r.path, label: `${s.title} · ${r.label}${r.value ? `：${r.value}` : ''}` });
  }
  out.push({ path: 'materials', label: t('资料（上传的证件和核验单）', 'Materials (uploaded documents)') });
  return out;
}
