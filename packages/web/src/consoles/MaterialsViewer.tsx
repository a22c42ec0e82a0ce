/**
 * 资料查看: an order's materials as thumbnails (identity documents front and back together), and a viewer that
 * shows a document's sides side by side with zoom, rotation and fit-to-window. Images come from the audited file
 * endpoint (every view is recorded on the server); nothing is cached.
 */
import {
  CompressOutlined,
  LeftOutlined,
  RightOutlined,
  RotateLeftOutlined,
  RotateRightOutlined,
  ZoomInOutlined,
  ZoomOutOutlined,
} from '@ant-design/icons';
import { MATERIALS, type MaterialCode, type RequiredMaterial, type Term } from '@beian/core';
import { Alert, Button, Empty, Modal, Skeleton, Space, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../api/api-error.js';
import { materials as materialsApi } from '../api/endpoints.js';
import { useMaterials } from '../api/queries.js';
import type { MaterialView, OrderData } from '../api/types.js';
import { useT, useTerm } from '../i18n/locale.js';
import { formatChinaTime } from './reuse.js';

export type MaterialGroup = {
  key: string;
  code: string;
  path: string | null;
  title: string;
  /** front first, then back; one item for a document without sides */
  items: MaterialView[];
};

const SIDE_ORDER = { front: 0, back: 1 } as const;

export function groupMaterials(
  list: readonly MaterialView[],
  term: (t: Term) => string = (t) => t.zh,
): MaterialGroup[] {
  const groups = new Map<string, MaterialGroup>();
  for (const m of list) {
    const key = `${m.code}|${m.path ?? ''}`;
    const g = groups.get(key) ?? {
      key,
      code: m.code,
      path: m.path,
      title:
        m.code in MATERIALS ? term(MATERIALS[m.code as MaterialCode]) : m.name.replace(/（[正反]面）$/, ''),
      items: [],
    };
    g.items.push(m);
    groups.set(key, g);
  }
  for (const g of groups.values())
    g.items.sort((a, b) => (a.side ? SIDE_ORDER[a.side] : 0) - (b.side ? SIDE_ORDER[b.side] : 0));
  return [...groups.values()];
}

/** Whose a material is: the subject, or a website by its first domain. */
export function ownerOf(path: string | null, data: OrderData, t: (zh: string, en: string) => string): string {
  if (!path) return t('主体', 'Subject');
  const m = /^websites\[(\d+)\](?:\.domains\[(\d+)\])?/.exec(path);
  if (!m) return path;
  const w = data.websites[Number(m[1])];
  const domain = m[2] !== undefined ? w?.domains[Number(m[2])] : w?.domains[0];
  return `${t('网站', 'Website')}${Number(m[1]) + 1}${domain ? ` · ${domain}` : ''}`;
}

const ZOOMS = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4];

function Pane(props: { orderId: string; m: MaterialView; rotation: number; zoom: number; label: string }) {
  const { m, rotation, zoom } = props;
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const [size, setSize] = useState({ w: 520, h: 560 });
  useEffect(() => {
    if (!frame) return;
    const measure = () => setSize({ w: frame.clientWidth - 16, h: frame.clientHeight - 16 });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(frame);
    return () => ro.disconnect();
  }, [frame]);
  const turned = rotation % 180 !== 0;
  const rw = turned ? m.height : m.width;
  const rh = turned ? m.width : m.height;
  const fit = Math.min(size.w / rw, size.h / rh);
  const scale = fit * zoom;
  return (
    <div className="viewer-pane">
      <Typography.Text strong>{props.label}</Typography.Text>
      <div className="viewer-frame" ref={setFrame}>
        <div className="viewer-box" style={{ width: rw * scale, height: rh * scale }}>
          <img
            src={materialsApi.fileUrl(props.orderId, m.id)}
            alt={m.name}
            draggable={false}
            data-rotation={rotation}
            data-zoom={zoom}
            style={{
              width: m.width * scale,
              height: m.height * scale,
              transform: `translate(-50%, -50%) rotate(${rotation}deg)`,
            }}
          />
        </div>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {m.width}×{m.height} · {(m.byteSize / 1024).toFixed(0)} KB · {m.mime} ·{' '}
        {formatChinaTime(m.uploadedAt)}
      </Typography.Text>
    </div>
  );
}

export function MaterialViewer(props: {
  orderId: string;
  groups: readonly MaterialGroup[];
  index: number | null;
  onIndex: (i: number | null) => void;
  data: OrderData;
}) {
  const t = useT();
  const [rotation, setRotation] = useState(0);
  const [zoom, setZoom] = useState(1);
  const group = props.index === null ? undefined : props.groups[props.index];
  const fitAll = useCallback(() => {
    setZoom(1);
    setRotation(0);
  }, []);
  useEffect(fitAll, [props.index, fitAll]);
  const zoomBy = (dir: 1 | -1) =>
    setZoom((z) => {
      const i = ZOOMS.findIndex((s) => s >= z - 1e-9);
      const next = ZOOMS[Math.min(ZOOMS.length - 1, Math.max(0, (i === -1 ? ZOOMS.length - 1 : i) + dir))]!;
      return next;
    });
  const rotate = (deg: number) => setRotation((r) => (((r + deg) % 360) + 360) % 360);
  const go = (dir: 1 | -1) => {
    if (props.index === null) return;
    const next = props.index + dir;
    if (next >= 0 && next < props.groups.length) props.onIndex(next);
  };
  // shortcuts while the viewer is open, wherever the focus is inside it
  const keys = useRef({ zoomBy, rotate, fitAll, go });
  keys.current = { zoomBy, rotate, fitAll, go };
  const open = !!group;
  useEffect(() => {
    if (!open) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const k = keys.current;
      if (e.key === '+' || e.key === '=') k.zoomBy(1);
      else if (e.key === '-') k.zoomBy(-1);
      else if (e.key === 'r') k.rotate(90);
      else if (e.key === 'R') k.rotate(-90);
      else if (e.key === '0') k.fitAll();
      else if (e.key === 'ArrowRight') k.go(1);
      else if (e.key === 'ArrowLeft') k.go(-1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <Modal
      open={!!group}
      onCancel={() => props.onIndex(null)}
      footer={null}
      width={1200}
      centered
      title={group ? `${group.title} · ${ownerOf(group.path, props.data, t)}` : ''}
      destroyOnHidden
    >
      {group && (
        <div data-testid="material-viewer">
          <div className="viewer-toolbar" role="toolbar" aria-label={t('查看工具', 'Viewer tools')}>
            <Space.Compact>
              <Tooltip title={t('缩小（-）', 'Zoom out (-)')}>
                <Button
                  icon={<ZoomOutOutlined />}
                  onClick={() => zoomBy(-1)}
                  aria-label={t('缩小', 'Zoom out')}
                />
              </Tooltip>
              <Button disabled style={{ width: 72 }} data-testid="viewer-zoom">
                {Math.round(zoom * 100)}%
              </Button>
              <Tooltip title={t('放大（+）', 'Zoom in (+)')}>
                <Button
                  icon={<ZoomInOutlined />}
                  onClick={() => zoomBy(1)}
                  aria-label={t('放大', 'Zoom in')}
                />
              </Tooltip>
            </Space.Compact>
            <Space.Compact>
              <Tooltip title={t('向左旋转（Shift+R）', 'Rotate left (Shift+R)')}>
                <Button
                  icon={<RotateLeftOutlined />}
                  onClick={() => rotate(-90)}
                  aria-label={t('向左旋转', 'Rotate left')}
                />
              </Tooltip>
              <Tooltip title={t('向右旋转（R）', 'Rotate right (R)')}>
                <Button
                  icon={<RotateRightOutlined />}
                  onClick={() => rotate(90)}
                  aria-label={t('向右旋转', 'Rotate right')}
                />
              </Tooltip>
            </Space.Compact>
            <Button icon={<CompressOutlined />} onClick={fitAll}>
              {t('适应窗口（0）', 'Fit (0)')}
            </Button>
            <span style={{ flex: 1 }} />
            <Typography.Text type="secondary">
              {(props.index ?? 0) + 1} / {props.groups.length}
            </Typography.Text>
            <Space.Compact>
              <Button
                icon={<LeftOutlined />}
                disabled={!props.index}
                onClick={() => go(-1)}
                aria-label={t('上一份资料', 'Previous')}
              />
              <Button
                icon={<RightOutlined />}
                disabled={props.index === props.groups.length - 1}
                onClick={() => go(1)}
                aria-label={t('下一份资料', 'Next')}
              />
            </Space.Compact>
          </div>
          <div className="viewer-panes">
            {group.items.map((m) => (
              <Pane
                key={m.id}
                orderId={props.orderId}
                m={m}
                rotation={rotation}
                zoom={zoom}
                label={m.side ? (m.side === 'front' ? t('正面', 'Front') : t('反面', 'Back')) : m.name}
              />
            ))}
          </div>
          {group.items.length === 2 && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t(
                `正反面比例：${ratio(group.items[0]!)} / ${ratio(group.items[1]!)}（应相近）`,
                `Front/back proportions: ${ratio(group.items[0]!)} / ${ratio(group.items[1]!)} (should be close)`,
              )}
            </Typography.Paragraph>
          )}
        </div>
      )}
    </Modal>
  );
}

const ratio = (m: MaterialView) => (m.width / m.height).toFixed(2);

/** The order's materials: what the precheck required (missing ones marked), each opening in the viewer. */
export function MaterialsPanel(props: {
  orderId: string;
  data: OrderData;
  required: readonly RequiredMaterial[];
}) {
  const t = useT();
  const term = useTerm();
  const list = useMaterials(props.orderId);
  const [index, setIndex] = useState<number | null>(null);
  const groups = useMemo(() => groupMaterials(list.data?.materials ?? [], term), [list.data, term]);
  if (list.isPending) return <Skeleton active />;
  if (list.isError) return <Alert type="error" showIcon title={errorMessage(list.error)} />;
  const missing = props.required.filter(
    (r) => !groups.some((g) => g.code === r.code && (g.path ?? undefined) === (r.path ?? undefined)),
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('以下资料尚未上传', 'Not uploaded yet')}
          description={
            <ul className="finding-list">
              {missing.map((r, i) => (
                <li key={i}>
                  {term(MATERIALS[r.code as MaterialCode])} · {ownerOf(r.path ?? null, props.data, t)}
                  {r.citation ? (
                    <span className="finding-citation">
                      {t('依据', 'Rule')}：{r.citation}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {groups.length === 0 ? (
        <Empty description={t('该订单没有上传资料', 'No materials were uploaded')} />
      ) : (
        <div className="material-thumbs">
          {groups.map((g, i) => (
            <button
              type="button"
              key={g.key}
              className="material-thumb"
              onClick={() => setIndex(i)}
              data-material={g.code}
              aria-label={`${t('查看', 'View')} ${g.title}`}
            >
              <span className="material-thumb-pair">
                {g.items.map((m) => (
                  <img
                    key={m.id}
                    className="material-thumb-img"
                    src={materialsApi.fileUrl(props.orderId, m.id)}
                    alt={m.name}
                    loading="lazy"
                  />
                ))}
              </span>
              <Typography.Text strong ellipsis style={{ maxWidth: 168 }}>
                {g.title}
              </Typography.Text>
              <Space size={4} wrap>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {ownerOf(g.path, props.data, t)}
                </Typography.Text>
                {g.items.length === 2 && <Tag style={{ fontSize: 11 }}>{t('正反面', 'Both sides')}</Tag>}
              </Space>
            </button>
          ))}
        </div>
      )}
      <MaterialViewer
        orderId={props.orderId}
        groups={groups}
        index={index}
        onIndex={setIndex}
        data={props.data}
      />
    </Space>
  );
}
