/**
 * One website: name, domain(s), homepage, service content, pre-approvals, its 负责人 (同主体负责人 or another
 * person), the 备案服务号 and a remark.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { PRE_APPROVAL_TYPES, type Website } from '@beian/core';
import { Button, Card, Checkbox, Col, Input, Popconfirm, Row, Space, Typography } from 'antd';
import { useT } from '../../../i18n/locale.js';
import { AccessField } from './AccessField.js';
import { emptyPerson } from './draft.js';
import { useDraft } from './draft-context.js';
import { Field, GroupFindings } from './Field.js';
import { fieldId } from './findings.js';
import { TermSelect, TextInput } from './inputs.js';
import { PersonFields } from './PersonFields.js';
import { SERVICE_CONTENTS } from './service-content.js';

export function WebsiteCard({
  index,
  website,
  canRemove,
  fixed,
}: {
  index: number;
  website: Website;
  canRemove: boolean;
  /** A filed website's change (变更网站): its domains and its access stay as filed, shown but not editable. */
  fixed?: { domains: string; access: string };
}) {
  const t = useT();
  const { data, set, update, readOnly } = useDraft();
  const w = `websites[${index}]`;
  const sameLeader = website.leader === 'subject_leader';
  const individual = data.subject.nature === 'individual';
  const preApprovals = website.preApprovals ?? [];
  return (
    <Card
      title={`${t('网站', 'Website')} ${index + 1}${website.name ? ` · ${website.name}` : ''}`}
      extra={
        canRemove &&
        !readOnly && (
          <Popconfirm
            title={t('删除这个网站？', 'Remove this website?')}
            okText={t('删除', 'Remove')}
            cancelText={t('取消', 'Cancel')}
            onConfirm={() => update((d) => ({ ...d, websites: d.websites.filter((_, i) => i !== index) }))}
          >
            <Button danger type="text" icon={<DeleteOutlined />}>
              {t('删除', 'Remove')}
            </Button>
          </Popconfirm>
        )
      }
      style={{ marginBottom: 16 }}
      data-website={index}
    >
      <GroupFindings path={w} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Field
            path={`${w}.name`}
            label={t('网站名称', 'Website name')}
            required
            extra={t(
              '体现网站内容，不能使用域名、纯数字或与主体无关的名称。',
              'Describes the content: not a domain, not digits only.',
            )}
          >
            <TextInput path={`${w}.name`} maxLength={100} />
          </Field>
        </Col>
        <Col xs={24} md={12}>
          <Field path={`${w}.serviceContent`} label={t('网站服务内容', 'Service content')} required>
            <TermSelect path={`${w}.serviceContent`} table={SERVICE_CONTENTS} />
          </Field>
        </Col>
        {website.domains.map((_, di) => (
          <Col xs={24} md={12} key={di}>
            <Field
              path={`${w}.domains[${di}]`}
              label={di === 0 ? t('网站域名', 'Domain') : t(`域名${di + 1}`, `Domain ${di + 1}`)}
              required
              extra={
                fixed && di === 0
                  ? fixed.domains
                  : di === 0
                    ? t('填写注册的主域名，如 example.com。', 'The registered domain, e.g. example.com.')
                    : undefined
              }
            >
              <Space.Compact style={{ width: '100%' }}>
                <TextInput path={`${w}.domains[${di}]`} maxLength={253} inputMode="url" disabled={!!fixed} />
                {website.domains.length > 1 && !readOnly && !fixed && (
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('删除该域名', 'Remove this domain')}
                    onClick={() =>
                      set(
                        `${w}.domains`,
                        website.domains.filter((_d, i) => i !== di),
                      )
                    }
                  />
                )}
              </Space.Compact>
            </Field>
          </Col>
        ))}
        <Col xs={24} md={12}>
          <Field path={`${w}.homepage`} label={t('网站首页 URL', 'Homepage URL')}>
            <TextInput path={`${w}.homepage`} maxLength={300} inputMode="url" placeholder="https://" />
          </Field>
        </Col>
      </Row>
      {!readOnly && !fixed && (
        <Button
          type="dashed"
          size="small"
          icon={<PlusOutlined />}
          style={{ marginBottom: 16 }}
          onClick={() => set(`${w}.domains`, [...website.domains, ''])}
        >
          {t('为该网站添加域名', 'Add a domain to this website')}
        </Button>
      )}

      <Typography.Title level={5}>{t('前置或专项审批', 'Pre-approvals')}</Typography.Title>
      <Field
        path={`${w}.preApprovals`}
        label={t('涉及的前置审批内容', 'Pre-approval content')}
        extra={t(
          '网站涉及新闻、出版、药品、文化、金融、教育、医疗等内容时，须先取得主管部门的审批文件；不涉及则不填。',
          'News, publishing, drugs, culture, finance, education, health and similar content needs the authority’s approval first; leave empty if none applies.',
        )}
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          {preApprovals.map((_, pi) => (
            <Row gutter={8} key={pi} align="top">
              <Col xs={24} md={10}>
                <Field path={`${w}.preApprovals[${pi}].type`} label={t('类型', 'Type')}>
                  <TermSelect path={`${w}.preApprovals[${pi}].type`} table={PRE_APPROVAL_TYPES} />
                </Field>
              </Col>
              <Col xs={20} md={12}>
                <Field path={`${w}.preApprovals[${pi}].number`} label={t('审批文号', 'Approval number')}>
                  <TextInput path={`${w}.preApprovals[${pi}].number`} maxLength={100} />
                </Field>
              </Col>
              <Col xs={4} md={2} style={{ paddingTop: 30 }}>
                {!readOnly && (
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('删除该前置审批', 'Remove this pre-approval')}
                    onClick={() =>
                      set(
                        `${w}.preApprovals`,
                        preApprovals.filter((_p, i) => i !== pi),
                      )
                    }
                  />
                )}
              </Col>
            </Row>
          ))}
          {!readOnly && (
            <Button
              type="dashed"
              size="small"
              icon={<PlusOutlined />}
              onClick={() => set(`${w}.preApprovals`, [...preApprovals, { type: 'news', number: '' }])}
            >
              {t('添加前置审批', 'Add a pre-approval')}
            </Button>
          )}
        </Space>
      </Field>

      <Typography.Title level={5}>{t('网站负责人', 'Website leader')}</Typography.Title>
      <Field path={`${w}.leader`} label={t('负责人', 'Leader')}>
        <Checkbox
          id={`f-${w.replace(/[[\]]/g, '-')}-same-leader`}
          checked={sameLeader}
          disabled={readOnly || individual}
          onChange={(e) => set(`${w}.leader`, e.target.checked ? 'subject_leader' : emptyPerson())}
        >
          {t('同主体负责人', 'Same as the subject leader')}
        </Checkbox>
      </Field>
      {!sameLeader && <PersonFields path={`${w}.leader`} noGroupFindings />}

      <Row gutter={16}>
        <Col xs={24} md={12}>
          {fixed ? (
            <Field
              path={`${w}.access.serviceNumber`}
              label={t('备案服务号', 'Service number')}
              extra={fixed.access}
            >
              <Input
                id={fieldId(`${w}.access.serviceNumber`)}
                value={website.access?.serviceNumber ?? website.access?.authorizationCode ?? ''}
                disabled
              />
            </Field>
          ) : (
            <AccessField index={index} />
          )}
        </Col>
        <Col xs={24} md={12}>
          <Field path={`${w}.remark`} label={t('网站备注', 'Website remark')}>
            <TextInput path={`${w}.remark`} maxLength={500} multiline />
          </Field>
        </Col>
      </Row>
    </Card>
  );
}
