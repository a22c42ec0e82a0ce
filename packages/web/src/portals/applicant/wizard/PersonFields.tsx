/** A 负责人 (the subject's or a website's): identity, certificate and its validity, 联系方式1, email. */
import { PERSON_CERT_TYPES, PERSON_REGIONS } from '@beian/core';
import { Col, Row } from 'antd';
import { useT } from '../../../i18n/locale.js';
import { Field, GroupFindings } from './Field.js';
import { CheckInput, DateInput, TermSelect, TextInput } from './inputs.js';

export function PersonFields(props: {
  path: string;
  /** An individual subject: name and certificate are the subject's own, filled in above. */
  identityAbove?: boolean;
  /** A unit's 主体负责人: whether this person is the 法定代表人. */
  askLegalRepresentative?: boolean;
  /** Findings about the person as a whole are shown elsewhere (a website's 负责人 field). */
  noGroupFindings?: boolean;
}) {
  const t = useT();
  const p = (k: string) => `${props.path}.${k}`;
  return (
    <>
      {!props.noGroupFindings && <GroupFindings path={props.path} />}
      <Row gutter={16}>
        {!props.identityAbove && (
          <>
            <Col xs={24} md={12}>
              <Field path={p('name')} label={t('姓名', 'Name')} required>
                <TextInput path={p('name')} maxLength={50} autoComplete="name" />
              </Field>
            </Col>
            <Col xs={24} md={12}>
              <Field path={p('region')} label={t('负责人身份', 'Residency')} required>
                <TermSelect path={p('region')} table={PERSON_REGIONS} />
              </Field>
            </Col>
            <Col xs={24} md={12}>
              <Field path={p('certificateType')} label={t('证件类型', 'Certificate type')} required>
                <TermSelect path={p('certificateType')} table={PERSON_CERT_TYPES} />
              </Field>
            </Col>
            <Col xs={24} md={12}>
              <Field path={p('certificateNumber')} label={t('证件号码', 'Certificate number')} required>
                <TextInput path={p('certificateNumber')} maxLength={40} />
              </Field>
            </Col>
          </>
        )}
        {props.identityAbove && (
          <Col xs={24} md={12}>
            <Field path={p('region')} label={t('身份', 'Residency')} required>
              <TermSelect path={p('region')} table={PERSON_REGIONS} />
            </Field>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Field
            path={p('certificateValidUntil')}
            label={t('证件有效期至', 'Certificate valid until')}
            required
            extra={t('有效期须在3个月以上。', 'Must be valid for more than 3 months.')}
          >
            <DateInput path={p('certificateValidUntil')} allowNoExpiry />
          </Field>
        </Col>
        <Col xs={24} md={12}>
          <Field
            path={p('mobile')}
            label={t('联系方式1（手机号码）', 'Mobile number')}
            required
            extra={t(
              '审核期间会拨打此号码核实，请保持畅通。',
              'Reviewers call this number: keep it reachable.',
            )}
          >
            <TextInput path={p('mobile')} inputMode="tel" maxLength={20} autoComplete="tel" />
          </Field>
        </Col>
        <Col xs={24} md={12}>
          <Field path={p('email')} label={t('电子邮箱', 'Email')} required>
            <TextInput path={p('email')} inputMode="email" maxLength={254} autoComplete="email" />
          </Field>
        </Col>
        {props.askLegalRepresentative && (
          <Col xs={24} md={12}>
            <Field path={p('isLegalRepresentative')} label={t('是否法定代表人', 'Legal representative?')}>
              <CheckInput path={p('isLegalRepresentative')}>
                {t('该负责人是单位的法定代表人', 'This person is the legal representative')}
              </CheckInput>
            </Field>
          </Col>
        )}
      </Row>
    </>
  );
}
