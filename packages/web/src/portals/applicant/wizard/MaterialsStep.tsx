/**
 * 上传资料: the materials this order needs (the precheck's requiredMaterials, for this province and scenario),
 * each with its reason and rule, upload slots with previews (front and back for identity documents), and the
 * prefilled 真实性核验单 to download, print, sign and upload.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { MATERIALS, type MaterialCode, type RequiredMaterial } from '@beian/core';
import { ID_MATERIALS } from '@beian/server/dist/usecases/materials/material-view.js';
import { Alert, Button, Card, List, Skeleton, Space, Tag, Typography } from 'antd';
import { errorMessage } from '../../../api/api-error.js';
import { materials } from '../../../api/endpoints.js';
import { useMaterials } from '../../../api/queries.js';
import type { MaterialView, OrderData } from '../../../api/types.js';
import { useT, useTerm } from '../../../i18n/locale.js';
import { materialFindingPath } from './findings.js';
import { ownerLabel } from './material-labels.js';
import { MaterialSlot } from './MaterialSlot.js';

const SIDES = [
  { side: 'front', zh: '正面', en: 'Front' },
  { side: 'back', zh: '反面', en: 'Back' },
] as const;

export function MaterialsStep(props: {
  orderId: string | undefined;
  data: OrderData;
  required: readonly RequiredMaterial[];
  dirty: boolean;
}) {
  const t = useT();
  const term = useTerm();
  const list = useMaterials(props.orderId);
  if (!props.orderId)
    return (
      <Alert
        type="info"
        showIcon
        title={t('请先完成主体信息和网站信息', 'Fill in the subject and websites first')}
        description={t(
          '订单保存到服务器后才能上传资料：请把前两步的必填项填写完整（包括证件有效期），系统会自动保存。',
          'Materials can be uploaded once the order is saved: complete the required fields of the first two steps (certificate validity included); it saves by itself.',
        )}
      />
    );
  const orderId = props.orderId;
  const uploaded = list.data?.materials ?? [];
  const canEdit = list.data?.actions.upload ?? false;
  const find = (code: string, path: string | undefined, side?: string): MaterialView | undefined =>
    uploaded.find((m) => m.code === code && (m.path ?? undefined) === path && (m.side ?? undefined) === side);
  const requiredKeys = new Set(props.required.map((r) => `${r.code}|${r.path ?? ''}`));
  const others = uploaded.filter((m) => !requiredKeys.has(`${m.code}|${m.path ?? ''}`));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        title={t('上传要求', 'Requirements')}
        description={t(
          '证件原件的彩色照片或扫描件：JPG、PNG 或 GIF，200 KB～4 MB，四角完整、清晰可辨；身份证件须上传正反两面，比例相近。',
          'Colour photos or scans of the originals: JPG, PNG or GIF, 200 KB–4 MB, all four corners visible; identity documents front and back, of similar proportions.',
        )}
      />
      <Card
        title={t('真实性核验单', 'Authenticity verification form')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            href={materials.verificationFormUrl(orderId)}
            disabled={props.dirty}
            title={props.dirty ? t('请等待订单保存后下载', 'Wait for the order to be saved') : undefined}
          >
            {t('下载预填的核验单（PDF）', 'Download the prefilled form (PDF)')}
          </Button>
        }
      >
        <Typography.Paragraph style={{ margin: 0 }}>
          {t(
            '下载后打印，用黑色签字笔签字（单位须加盖公章），再拍照或扫描后在下方上传。',
            'Print it, sign it in black ink (units also stamp it), then photograph or scan it and upload it below.',
          )}
        </Typography.Paragraph>
      </Card>
      <Card title={t('本订单所需资料', 'Materials this order needs')}>
        {list.isPending ? (
          <Skeleton active />
        ) : list.isError ? (
          <Alert type="error" showIcon title={errorMessage(list.error)} />
        ) : (
          <List
            dataSource={[...props.required]}
            locale={{
              emptyText: t(
                '按当前填写的信息，暂无需要上传的资料。',
                'Nothing to upload for the order as it stands.',
              ),
            }}
            renderItem={(r) => {
              const name = term(MATERIALS[r.code]);
              const sides = ID_MATERIALS.has(r.code as MaterialCode) ? SIDES : [undefined];
              const done = sides.every((s) => find(r.code, r.path, s?.side));
              return (
                <List.Item
                  data-required={r.code}
                  data-path={materialFindingPath(r.path ?? 'materials')}
                  data-done={done ? 'true' : 'false'}
                >
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    <Space wrap>
                      <Typography.Text strong>{name}</Typography.Text>
                      <Typography.Text type="secondary">{ownerLabel(r.path, props.data, t)}</Typography.Text>
                      {done ? (
                        <Tag color="success">{t('已上传', 'Uploaded')}</Tag>
                      ) : (
                        <Tag color="warning">{t('待上传', 'To upload')}</Tag>
                      )}
                    </Space>
                    <Typography.Text type="secondary">
                      {r.reason}
                      {r.citation ? `（${t('依据', 'Rule')}：${r.citation}）` : ''}
                    </Typography.Text>
                    <Space wrap size="large" align="start">
                      {sides.map((s) => (
                        <MaterialSlot
                          key={s?.side ?? 'one'}
                          orderId={orderId}
                          code={r.code}
                          {...(r.path ? { path: r.path } : {})}
                          {...(s ? { side: s.side } : {})}
                          {...(s ? { label: t(s.zh, s.en) } : {})}
                          alt={s ? `${name}（${t(s.zh, s.en)}）` : name}
                          current={find(r.code, r.path, s?.side)}
                          canEdit={canEdit}
                        />
                      ))}
                    </Space>
                  </Space>
                </List.Item>
              );
            }}
          />
        )}
      </Card>
      {others.length > 0 && (
        <Card title={t('其他已上传资料', 'Other uploaded materials')}>
          <Space wrap size="large">
            {others.map((m) => (
              <MaterialSlot
                key={m.id}
                orderId={orderId}
                code={m.code}
                {...(m.path ? { path: m.path } : {})}
                {...(m.side ? { side: m.side } : {})}
                label={`${m.name} · ${ownerLabel(m.path, props.data, t)}`}
                alt={m.name}
                current={m}
                canEdit={canEdit}
              />
            ))}
          </Space>
        </Card>
      )}
    </Space>
  );
}
