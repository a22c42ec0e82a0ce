/**
 * The order being written: exactly the server's order data (OrderData: the core's subject and website schemas),
 * edited immutably by JSON path ('websites[0].leader.mobile', the paths the precheck reports).
 */
import type { NatureCode, Person, ProvinceCode, Website } from '@beian/core';
import type { OrderData } from '../../../api/types.js';
import { namePath } from '../../../api/form-errors.js';

/** '长期' (no expiry) as the contract writes it. */
export const NO_EXPIRY = '9999-12-31';

export function emptyPerson(): Person {
  return {
    name: '',
    region: 'mainland',
    certificateType: 'resident_id',
    certificateNumber: '',
    certificateValidUntil: '',
    mobile: '',
    email: '',
  };
}

export function emptyWebsite(domain = ''): Website {
  return {
    name: '',
    domains: [domain],
    homepage: domain ? `https://${domain}` : '',
    serviceContent: 'general',
    leader: 'subject_leader',
    access: { serviceNumber: '' },
  };
}

/** The order as 验证备案类型 left it: who files, where, and the domains. */
export function newOrderData(v: {
  province: ProvinceCode;
  nature: NatureCode;
  certificateType: string;
  certificateNumber: string;
  domains: string[];
}): OrderData {
  const individual = v.nature === 'individual';
  const leader = emptyPerson();
  if (individual) {
    leader.certificateType = v.certificateType;
    leader.certificateNumber = v.certificateNumber;
  }
  return {
    subject: {
      nature: v.nature,
      province: v.province,
      name: '',
      certificate: { type: v.certificateType, number: v.certificateNumber, address: '' },
      mailingAddress: { province: v.province, text: '' },
      ...(individual ? {} : { investor: '', legalRepresentative: { name: '', region: 'mainland' } }),
      leader,
    },
    websites: v.domains.map((d) => emptyWebsite(d)),
  };
}

export function getIn(root: unknown, path: string): unknown {
  let node = root;
  for (const key of namePath(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with the value at `path` replaced (undefined deletes an object key). */
export function setIn<T>(root: T, path: string, value: unknown): T {
  const keys = namePath(path);
  const write = (node: unknown, i: number): unknown => {
    const key = keys[i]!;
    const copy: Record<string | number, unknown> = Array.isArray(node)
      ? ([...node] as unknown as Record<number, unknown>)
      : { ...(node as Record<string, unknown>) };
    if (i === keys.length - 1) {
      if (value === undefined && !Array.isArray(copy)) Reflect.deleteProperty(copy, key);
      else copy[key] = value;
    } else copy[key] = write(copy[key] ?? (typeof keys[i + 1] === 'number' ? [] : {}), i + 1);
    return copy;
  };
  return write(root, 0) as T;
}

/** Individuals: the subject is the person; their name and certificate are also the leader's. */
export function syncIndividual(data: OrderData): OrderData {
  if (data.subject.nature !== 'individual') return data;
  const s = data.subject;
  if (
    s.leader.name === s.name &&
    s.leader.certificateType === s.certificate.type &&
    s.leader.certificateNumber === s.certificate.number
  )
    return data;
  return {
    ...data,
    subject: {
      ...s,
      leader: {
        ...s.leader,
        name: s.name,
        certificateType: s.certificate.type,
        certificateNumber: s.certificate.number,
      },
    },
  };
}

/**
 * The subject of another nature (变更主体 only: a new filing's nature comes from 验证备案类型), with the fields that
 * nature has, as the wizard's subject step shows them. The leader stays: an individual is their own leader, so a
 * unit becoming an individual takes the leader's name and certificate; an individual becoming a unit keeps them as
 * its leader (a unit's name, certificate, investor and legal representative to fill in). Between two unit
 * natures only the nature changes.
 */
export function withNature(data: OrderData, nature: NatureCode): OrderData {
  const s = data.subject;
  const wasIndividual = s.nature === 'individual';
  const individual = nature === 'individual';
  if (wasIndividual === individual) return { ...data, subject: { ...s, nature } };
  // a unit's own fields go with it
  const common = { ...s };
  delete common.investor;
  delete common.legalRepresentative;
  delete common.businessScope;
  if (individual) {
    const leader = { ...s.leader };
    delete leader.isLegalRepresentative;
    return syncIndividual({
      ...data,
      subject: {
        ...common,
        nature,
        name: leader.name,
        certificate: { type: leader.certificateType, number: leader.certificateNumber, address: '' },
        leader,
      },
    });
  }
  return {
    ...data,
    subject: {
      ...common,
      nature,
      name: '',
      certificate: { type: 'business_license', number: '', address: '' },
      investor: '',
      legalRepresentative: { name: '', region: 'mainland' },
      leader: s.leader,
    },
  };
}
