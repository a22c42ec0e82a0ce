/**
 * One upload slot (a material, whose, which side): the current image as a preview, upload or replace, delete.
 * The server decodes the file to prove it is a JPG/PNG/GIF of 200 KB–4 MB; its answer is shown under the slot.
 */
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Image, Popconfirm, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/api-error.js';
import { materials } from '../../../api/endpoints.js';
import { keys } from '../../../api/queries.js';
import type { MaterialView } from '../../../api/types.js';
import { useT } from '../../../i18n/locale.js';

const ACCEPT = 'image/jpeg,image/png,image/gif,.jpg,.jpeg,.png,.gif';

export function MaterialSlot(props: {
  orderId: string;
  code: string;
  path?: string;
  side?: 'front' | 'back';
  /** The slot's own name (正面, 反面); none when the material has one image. */
  label?: string;
  alt: string;
  current: MaterialView | undefined;
  canEdit: boolean;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: keys.materials(props.orderId) });
  const upload = useMutation({
    mutationFn: (file: File) =>
      materials.upload(
        props.orderId,
        {
          code: props.code,
          ...(props.path ? { path: props.path } : {}),
          ...(props.side ? { side: props.side } : {}),
        },
        file,
      ),
    onSuccess: () => {
      setError(undefined);
      void refresh();
    },
    onError: (e) => setError(errorMessage(e)),
  });
  const remove = useMutation({
    mutationFn: (id: string) => materials.remove(props.orderId, id),
    onSuccess: () => void refresh(),
    onError: (e) => setError(errorMessage(e)),
  });
  const m = props.current;
  return (
    <div className="material-slot" data-material={props.code} data-side={props.side ?? ''}>
      {props.label && <Typography.Text strong>{props.label}</Typography.Text>}
      <div className="material-preview">
        {m ? (
          <Image
            src={materials.fileUrl(props.orderId, m.id)}
            alt={props.alt}
            width={132}
            height={96}
            style={{ objectFit: 'cover', borderRadius: 4 }}
          />
        ) : (
          <Typography.Text type="secondary">{t('未上传', 'Not uploaded')}</Typography.Text>
        )}
      </div>
      {m && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {m.width}×{m.height} · {Math.round(m.byteSize / 1024)} KB
        </Typography.Text>
      )}
      {props.canEdit && (
        <Space wrap size={4}>
          <Upload
            accept={ACCEPT}
            showUploadList={false}
            customRequest={({ file }) => upload.mutate(file as File)}
          >
            <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
              {m ? t('替换', 'Replace') : t('上传', 'Upload')}
            </Button>
          </Upload>
          {m && (
            <Popconfirm
              title={t('删除这张图片？', 'Delete this image?')}
              okText={t('删除', 'Delete')}
              cancelText={t('取消', 'Cancel')}
              onConfirm={() => remove.mutate(m.id)}
            >
              <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('删除', 'Delete')} />
            </Popconfirm>
          )}
        </Space>
      )}
      {error && (
        <Typography.Text type="danger" style={{ fontSize: 12 }} role="alert">
          {error}
        </Typography.Text>
      )}
    </div>
  );
}
