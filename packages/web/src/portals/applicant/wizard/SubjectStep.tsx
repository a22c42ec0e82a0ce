/**
 * 主体信息: the subject (unit or individual) and its 负责人. Province, nature and certificate come from 验证备案类型;
 * a 变更主体 (`identityEditable`) may change the nature and the certificate, the province staying.
 */
import {
  NATURES,
  PERSON_CERT_TYPES,
  PERSON_REGIONS,
  PROVINCES,
  UNIT_CERT_TYPES,
  type NatureCode,
  type PersonCertTypeCode,
  type ProvinceCode,
  type UnitCertTypeCode,
} from '@beian/core';
import { Card, Col, Descriptions, Row, Select } from 'antd';
import { useT, useTerm } from '../../../i18n/locale.js';
import { ProvinceSelect } from '../components/ProvinceSelect.js';
import { getIn, withNature } from './draft.js';
import { useDraft } from './draft-context.js';
import { Field, GroupFindings } from './Field.js';
import { fieldId } from './findings.js';
import { TermSelect, TextInput } from './inputs.js';
import { PersonFields } from './PersonFields.js';

function ProvinceInput({ path, allowClear }: { path: string; allowClear?: boolean }) {
  const { data, set, readOnly } = useDraft();
  const value = getIn(data, path);
  return (
    <ProvinceSelect
      id={fieldId(path)}
      value={typeof value === 'string' && value ? (value as ProvinceCode) : undefined}
      allowClear={allowClear}
      disabled={readOnly}
      onChange={(v) => set(path, v ?? undefined)}
    />
  );
}

/** Fixed by 验证备案类型: their findings show above the form. */
const FIXED = [
  'subject.province',
  'subject.nature',
  'subject.certificate.type',
  'subject.certificate.number',
];

/** 主办单位性质 as a choice: switching between 单位 and 个人 brings that nature's fields (`withNature`). */
function NatureInput() {
  const term = useTerm();
  const { data, update, readOnly } = useDraft();
  return (
    <Select<NatureCode>
      id={fieldId('subject.nature')}
      value={data.subject.nature as NatureCode}
      disabled={readOnly}
      onChange={(v) => update((d) => withNature(d, v))}
      options={(Object.keys(NATURES) as NatureCode[]).map((c) => ({ value: c, label: term(NATURES[c]) }))}
    />
  );
}

export function SubjectStep({ identityEditable = false }: { identityEditable?: boolean }) {
  const t = useT();
  const term = useTerm();
  const { data } = useDraft();
  const s = data.subject;
  const individual = s.nature === 'individual';
  const certName =
    (UNIT_CERT_TYPES as Record<string, { zh: string; en: string }>)[s.certificate.type as UnitCertTypeCode] ??
    (PERSON_CERT_TYPES as Record<string, { zh: string; en: string }>)[
      s.certificate.type as PersonCertTypeCode
    ];
  return (
    <>
      <Card
        title={
          individual ? t('备案主体（个人）', 'Subject (individual)') : t('主办单位信息', 'Subject (unit)')
        }
      >
        <GroupFindings path="subject" />
        <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('主办单位所属区域', 'Province')}>
            {term(PROVINCES[s.province as ProvinceCode])}
          </Descriptions.Item>
          {!identityEditable && (
            <>
              <Descriptions.Item label={t('主办单位性质', 'Nature')}>
                {term(NATURES[s.nature as NatureCode] ?? { zh: s.nature, en: s.nature })}
              </Descriptions.Item>
              <Descriptions.Item label={t('证件类型', 'Certificate type')}>
                {certName ? term(certName) : s.certificate.type}
              </Descriptions.Item>
              <Descriptions.Item label={t('证件号码', 'Certificate number')}>
                <span id={fieldId('subject.certificate.number')}>{s.certificate.number}</span>
              </Descriptions.Item>
            </>
          )}
        </Descriptions>
        {(identityEditable ? FIXED.slice(0, 1) : FIXED).map((p) => (
          <GroupFindings key={p} path={p} />
        ))}
        <Row gutter={16}>
          {identityEditable && (
            <>
              <Col xs={24} md={12}>
                <Field path="subject.nature" label={t('主办单位性质', 'Nature of the subject')} required>
                  <NatureInput />
                </Field>
              </Col>
              <Col xs={24} md={12}>
                <Field
                  path="subject.certificate.type"
                  label={
                    individual
                      ? t('证件类型', 'Certificate type')
                      : t('主办单位证件类型', 'Unit certificate type')
                  }
                  required
                >
                  <TermSelect
                    path="subject.certificate.type"
                    table={individual ? PERSON_CERT_TYPES : UNIT_CERT_TYPES}
                  />
                </Field>
              </Col>
              <Col xs={24} md={12}>
                <Field path="subject.certificate.number" label={t('证件号码', 'Certificate number')} required>
                  <TextInput path="subject.certificate.number" maxLength={40} />
                </Field>
              </Col>
            </>
          )}
          <Col xs={24} md={12}>
            <Field
              path="subject.name"
              label={individual ? t('姓名', 'Name') : t('主办单位名称', 'Unit name')}
              required
              extra={individual ? undefined : t('与证件上的名称完全一致。', 'Exactly as on the certificate.')}
            >
              <TextInput path="subject.name" maxLength={100} />
            </Field>
          </Col>
          {!individual && (
            <Col xs={24} md={12}>
              <Field
                path="subject.investor"
                label={t('投资人或主管单位', 'Investor or supervising body')}
                required
              >
                <TextInput path="subject.investor" maxLength={100} />
              </Field>
            </Col>
          )}
          <Col xs={24} md={12}>
            <Field path="subject.certificate.address" label={t('证件住所', 'Certificate address')} required>
              <TextInput path="subject.certificate.address" maxLength={200} />
            </Field>
          </Col>
          <Col xs={24} md={12}>
            <Field
              path="subject.certificate.addressProvince"
              label={t('证件住所所在省份', 'Province of the certificate address')}
              extra={t('不填则按证件号码判断。', 'Left empty: taken from the certificate number.')}
            >
              <ProvinceInput path="subject.certificate.addressProvince" allowClear />
            </Field>
          </Col>
          <Col xs={24} md={12}>
            <Field
              path="subject.mailingAddress.province"
              label={t('通信地址所在省份', 'Province of the mailing address')}
              required
            >
              <ProvinceInput path="subject.mailingAddress.province" />
            </Field>
          </Col>
          <Col xs={24} md={12}>
            <Field
              path="subject.mailingAddress.text"
              label={t('通信地址', 'Mailing address')}
              required
              extra={t(
                '精确到门牌号；没有门牌号请在备注中说明。',
                'Down to the door number; if there is none, say so in the remark.',
              )}
            >
              <TextInput path="subject.mailingAddress.text" maxLength={200} />
            </Field>
          </Col>
          {!individual && (
            <>
              <Col xs={24} md={12}>
                <Field
                  path="subject.legalRepresentative.name"
                  label={t('法定代表人姓名', 'Legal representative')}
                >
                  <TextInput path="subject.legalRepresentative.name" maxLength={50} />
                </Field>
              </Col>
              <Col xs={24} md={12}>
                <Field
                  path="subject.legalRepresentative.region"
                  label={t('法定代表人身份', 'Their residency')}
                >
                  <TermSelect path="subject.legalRepresentative.region" table={PERSON_REGIONS} />
                </Field>
              </Col>
            </>
          )}
          <Col xs={24}>
            <Field path="subject.remark" label={t('主体备注', 'Remark')}>
              <TextInput path="subject.remark" maxLength={500} multiline />
            </Field>
          </Col>
        </Row>
      </Card>
      <Card
        title={individual ? t('个人信息', 'Your details') : t('主体负责人', 'Subject leader')}
        style={{ marginTop: 16 }}
      >
        <PersonFields path="subject.leader" identityAbove={individual} askLegalRepresentative={!individual} />
      </Card>
    </>
  );
}
