/**
 * 网站备案信息真实性核验单 (verification form, seeds 000/002: download, print, sign in black ink, photograph and
 * upload): a PDF prefilled with the order's subject and websites. It shows the full data (ID and phone numbers
 * unmasked: the person who signs it vouches for them), so only the applicant who owns the order may download
 * it, and every download is recorded (audit_reads). The Chinese font is embedded (pdfkit subsets it): a
 * configurable TTF/OTF/TTC, checked at start-up.
 */
import {
  MATERIALS,
  NATURES,
  PERSON_CERT_TYPES,
  PERSON_REGIONS,
  PRE_APPROVAL_TYPES,
  PROVINCES,
  UNIT_CERT_TYPES,
  type ProvinceCode,
} from '@beian/core';
import { existsSync, readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { Actor } from '../../auth/actor.js';
import { ConfigError, type Config } from '../../config.js';
import { Sealer } from '../../crypto/sealer.js';
import type { Deps } from '../../deps.js';
import { AppError } from '../../http/errors.js';
import { auditRead, loadOrderForActor } from '../orders/access.js';

type FontConfig = Config['pdfFont'];

const fontCache = new Map<string, Buffer>();

/**
 * The font's bytes, read once. Throws ConfigError naming the setting when the file is missing or is not a
 * usable font (main.ts calls this at start-up, so a server never starts unable to print the form).
 */
export function loadPdfFont(font: FontConfig): Buffer {
  const key = `${font.path}\u0000${font.name}`;
  const cached = fontCache.get(key);
  if (cached) return cached;
  if (!existsSync(font.path))
    throw new ConfigError(
      `配置错误 PDF_FONT_PATH: 找不到中文字体文件 ${font.path}（生成真实性核验单需要）。` +
        'Debian/Ubuntu 请安装：apt-get install fonts-noto-cjk；或把 PDF_FONT_PATH 设为一个中文 TTF/OTF/TTC 字体文件。',
    );
  const bytes = readFileSync(font.path);
  try {
    const doc = new PDFDocument({ autoFirstPage: false });
    registerCjk(doc, bytes, font.name);
    doc.addPage().font('cjk').text('网站备案信息真实性核验单');
    doc.end();
  } catch (e) {
    throw new ConfigError(
      `配置错误 PDF_FONT_PATH: ${font.path} 不是可用的中文字体${font.name ? `，或其中没有字形 ${font.name}（PDF_FONT_NAME）` : ''}：${(e as Error).message}`,
    );
  }
  fontCache.set(key, bytes);
  return bytes;
}

/** A collection (TTC) holds several faces: its PostScript name picks one. A single font takes no name. */
function registerCjk(doc: PDFKit.PDFDocument, bytes: Buffer, name: string): void {
  const isCollection = bytes.subarray(0, 4).toString('latin1') === 'ttcf';
  if (isCollection) doc.registerFont('cjk', bytes, name);
  else doc.registerFont('cjk', bytes);
}

/** Sealed values anywhere in the order data, opened (the orders use cases decide which fields are sealed). */
function openAll(value: unknown, sealer: Sealer): unknown {
  if (Sealer.isSealed(value)) return sealer.open(value);
  if (Array.isArray(value)) return value.map((v) => openAll(v, sealer));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, openAll(v, sealer)]));
  return value;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
const term = (table: Record<string, { zh: string }>, v: unknown): string => {
  const s = str(v);
  return Object.hasOwn(table, s) ? table[s]!.zh : s;
};
const SERVICE_CONTENT: Record<string, { zh: string }> = {
  general: { zh: '综合门户/企业官网' },
  other: { zh: '其他' },
};

/** 2026年11月23日, in China time (UTC+8, no daylight saving). */
export function chinaDate(at: Date): string {
  const d = new Date(at.getTime() + 8 * 3_600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

type Row = [label: string, value: string];

function personRows(p: Obj, who: string): Row[] {
  const until = str(p.certificateValidUntil);
  return [
    [`${who}姓名`, str(p.name)],
    ['身份', term(PERSON_REGIONS, p.region)],
    ['证件类型', term(PERSON_CERT_TYPES, p.certificateType)],
    ['证件号码', str(p.certificateNumber)],
    ['证件有效期至', until.startsWith('9999') ? '长期' : until],
    ['手机号码', str(p.mobile)],
    ['电子邮箱', str(p.email)],
  ];
}

/** The form's content: sections of label/value rows, then the signature blocks. */
function formContent(data: Obj): {
  sections: { title: string; rows: Row[] }[];
  signers: string[];
} {
  const subject = obj(data.subject);
  const isUnit = str(subject.nature) !== 'individual';
  const cert = obj(subject.certificate);
  const province = str(subject.province) as ProvinceCode;
  const leader = obj(subject.leader);
  const rep = obj(subject.legalRepresentative);
  const subjectRows: Row[] = [
    [isUnit ? '主办单位名称' : '主办人姓名', str(subject.name)],
    ['主办单位性质', term(NATURES, subject.nature)],
    ['所属区域', PROVINCES[province]?.zh ?? str(subject.province)],
    ['证件类型', isUnit ? term(UNIT_CERT_TYPES, cert.type) : term(PERSON_CERT_TYPES, cert.type)],
    ['证件号码', str(cert.number)],
    ['证件住所', str(cert.address)],
    ['通信地址', str(obj(subject.mailingAddress).text)],
  ];
  if (str(subject.investor)) subjectRows.push(['投资人或主管单位', str(subject.investor)]);
  if (isUnit && str(rep.name)) subjectRows.push(['法定代表人', str(rep.name)]);
  const sections = [
    { title: '一、主办者信息', rows: subjectRows },
    { title: '二、主体负责人信息', rows: personRows(leader, '负责人') },
  ];
  const signers = [isUnit ? '主体负责人签字（并加盖单位公章）' : '主办人签字'];
  const websites = Array.isArray(data.websites) ? data.websites.map(obj) : [];
  websites.forEach((w, i) => {
    const domains = Array.isArray(w.domains) ? w.domains.map(str).filter(Boolean) : [];
    const approvals = Array.isArray(w.preApprovals)
      ? w.preApprovals.map(obj).map((a) => `${term(PRE_APPROVAL_TYPES, a.type)} ${str(a.number)}`.trim())
      : [];
    const access = obj(w.access);
    const rows: Row[] = [
      ['网站名称', str(w.name)],
      ['网站域名', domains.join('、')],
      ['网站首页', str(w.homepage)],
      ['服务内容', term(SERVICE_CONTENT, w.serviceContent)],
      ['前置或专项审批', approvals.join('；') || '无'],
    ];
    if (str(access.serviceNumber)) rows.push(['备案服务号', str(access.serviceNumber)]);
    if (str(access.authorizationCode)) rows.push(['备案授权码', str(access.authorizationCode)]);
    if (w.leader === 'subject_leader' || typeof w.leader !== 'object')
      rows.push(['网站负责人', `同主体负责人（${str(leader.name)}）`]);
    else {
      rows.push(...personRows(obj(w.leader), '网站负责人'));
      signers.push(`网站${i + 1}负责人签字`);
    }
    if (str(w.remark)) rows.push(['网站备注', str(w.remark)]);
    const title =
      websites.length === 1 ? '三、网站信息' : `三、网站信息（网站${i + 1}，共${websites.length}个）`;
    sections.push({ title, rows });
  });
  if (websites.length === 0) sections.push({ title: '三、网站信息', rows: [['网站', '']] });
  return { sections, signers };
}

/** A date line to fill in by hand (ideographic spaces keep the gaps). */
const BLANK_DATE = '日期：\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日';

const PROMISE =
  '本人（本单位）承诺：以上所填报的备案信息及所提交的资料真实、准确、完整，与证件原件一致；' +
  '网站不从事任何违法违规活动。如有虚假，愿承担由此产生的一切法律责任。';

/** Render the form. Pure apart from the font bytes: the tests call it on sample data. */
export async function renderVerificationForm(
  data: Obj,
  opts: { orderId: string; date: Date; font: Buffer; fontName: string },
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 48,
    autoFirstPage: false,
    info: {
      Title: MATERIALS.verification_form.zh,
      Subject: `备案订单 ${opts.orderId}`,
      Creator: 'Beian',
      Producer: 'Beian',
      CreationDate: opts.date,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  registerCjk(doc, opts.font, opts.fontName);
  doc.addPage();
  doc.font('cjk');

  const left = 48;
  const width = doc.page.width - 96;
  const bottom = () => doc.page.height - 60;
  const labelW = 120;
  const pad = 5;
  let y = 48;
  const ensure = (h: number) => {
    if (y + h > bottom()) {
      doc.addPage();
      doc.font('cjk');
      y = 48;
    }
  };

  doc.fontSize(18).text(MATERIALS.verification_form.zh, left, y, { width, align: 'center' });
  y = doc.y + 6;
  doc
    .fontSize(9)
    .fillColor('#444')
    .text(`备案订单编号：${opts.orderId}\u3000\u3000生成日期：${chinaDate(opts.date)}`, left, y, {
      width,
      align: 'center',
    });
  doc.fillColor('black');
  y = doc.y + 12;

  const { sections, signers } = formContent(data);
  for (const section of sections) {
    doc.fontSize(12);
    ensure(22 + 24);
    doc.text(section.title, left, y);
    y = doc.y + 4;
    doc.fontSize(10);
    for (const [label, raw] of section.rows) {
      const value = raw || '（未填写）';
      const h =
        Math.max(
          doc.heightOfString(label, { width: labelW - 2 * pad }),
          doc.heightOfString(value, { width: width - labelW - 2 * pad }),
        ) +
        2 * pad;
      ensure(h);
      doc.rect(left, y, labelW, h).fillAndStroke('#f1f3f5', '#333');
      doc.rect(left + labelW, y, width - labelW, h).stroke('#333');
      doc.fillColor('black');
      doc.text(label, left + pad, y + pad, { width: labelW - 2 * pad });
      doc.fillColor(raw ? 'black' : '#888');
      doc.text(value, left + labelW + pad, y + pad, { width: width - labelW - 2 * pad });
      doc.fillColor('black');
      y += h;
    }
    y += 10;
  }

  doc.fontSize(10);
  const promiseH = doc.heightOfString(PROMISE, { width }) + 8;
  ensure(promiseH + 70);
  doc.text(PROMISE, left, y, { width });
  y = doc.y + 10;

  // Blank signature fields, two to a row: signed by hand, in black ink, after printing.
  const boxW = (width - 16) / 2;
  const boxH = 64;
  for (let i = 0; i < signers.length; i += 2) {
    ensure(boxH + 8);
    for (const [j, who] of signers.slice(i, i + 2).entries()) {
      const x = left + j * (boxW + 16);
      doc.rect(x, y, boxW, boxH).stroke('#333');
      doc.fontSize(9).text(`${who}：`, x + pad, y + pad, { width: boxW - 2 * pad });
      doc.text(BLANK_DATE, x + pad, y + boxH - 18, {
        width: boxW - 2 * pad,
        align: 'right',
      });
    }
    y += boxH + 8;
  }
  ensure(boxH + 40);
  doc.fontSize(10).text('以下由接入服务单位填写', left, y);
  y = doc.y + 4;
  doc.rect(left, y, width, boxH).stroke('#333');
  doc
    .fontSize(9)
    .text('核验意见：', left + pad, y + pad)
    .text('核验人签字：', left + pad, y + boxH - 18)
    .text(`核验${BLANK_DATE}`, left + pad, y + boxH - 18, {
      width: width - 2 * pad,
      align: 'right',
    });
  y += boxH + 10;
  doc
    .fontSize(8)
    .fillColor('#444')
    .text(
      `填写说明：请核对以上信息，打印后用黑色签字笔签字（单位须加盖公章），拍照或扫描后上传为“${MATERIALS.verification_form.zh}”。` +
        `本核验单含个人信息，请妥善保管。打印日期：${chinaDate(opts.date)}`,
      left,
      y,
      { width },
    );
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** GET the form: the order's owner only (it carries unmasked personal data); the download is audited. */
export async function verificationForm(
  deps: Pick<Deps, 'db' | 'clock' | 'sealer' | 'config'>,
  actor: Actor,
  orderId: string,
): Promise<{ pdf: Buffer; fileName: string }> {
  if (actor.role !== 'applicant') throw new AppError('FORBIDDEN', '真实性核验单只能由备案订单的申请人下载。');
  const order = await loadOrderForActor(deps.db, actor, orderId);
  const data = obj(openAll(order.data, deps.sealer));
  const now = deps.clock.now();
  const font = loadPdfFont(deps.config.pdfFont);
  const pdf = await renderVerificationForm(data, {
    orderId: order.id,
    date: now,
    font,
    fontName: deps.config.pdfFont.name,
  });
  await auditRead(deps.db, actor, 'verification_form', order.id, {}, now);
  return { pdf, fileName: `真实性核验单-${order.id.slice(0, 8)}.pdf` };
}
