/**
 * Proves that an upload is an image the bureau accepts (seed 004 §6: JPG/JPEG/PNG/GIF, 200 KB–4 MB): the
 * type is sniffed from the bytes (file-type), never taken from the name or the declared type, and the whole
 * image is decoded (sharp) so that a truncated or disguised file is refused. The file is kept as uploaded:
 * it is the applicant's photo of an original document, and re-encoding would alter it.
 */
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { AppError } from '../../http/errors.js';

export const IMAGE_TYPES = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/gif': 'gif',
} as const;
export type ImageMime = keyof typeof IMAGE_TYPES;

const HEIF = new Set(['image/heic', 'image/heif', 'image/heic-sequence', 'image/heif-sequence']);

/** Larger images are refused before decoding (a small file can hold a huge image). 100 MP: any phone camera. */
export const MAX_PIXELS = 100_000_000;

export type InspectedImage = {
  mime: ImageMime;
  byteSize: number;
  /** as displayed, after the EXIF orientation */
  width: number;
  height: number;
  sha256: string;
};

const size = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.ceil(n / 1024)} KB`;

export function sizeRange(limits: { minBytes: number; maxBytes: number }): string {
  return `${size(limits.minBytes)}～${size(limits.maxBytes)}`;
}

export function tooLarge(
  byteSize: number | undefined,
  limits: { minBytes: number; maxBytes: number },
): AppError {
  return new AppError(
    'PAYLOAD_TOO_LARGE',
    `图片过大${byteSize === undefined ? '' : `（${size(byteSize)}）`}：每张图片须在 ${sizeRange(limits)} 之间，请压缩后重新上传。`,
    'file',
  );
}

export async function inspectImage(
  bytes: Buffer,
  limits: { minBytes: number; maxBytes: number },
): Promise<InspectedImage> {
  if (bytes.length === 0) throw new AppError('INVALID_INPUT', '请选择要上传的图片文件。', 'file');
  if (bytes.length > limits.maxBytes) throw tooLarge(bytes.length, limits);

  const sniffed = await fileTypeFromBuffer(bytes);
  if (sniffed && HEIF.has(sniffed.mime))
    throw new AppError(
      'UNSUPPORTED_MEDIA',
      '不支持 HEIC/HEIF 格式的照片（苹果手机的默认格式）：请在手机“设置 > 相机 > 格式”中选择“兼容性最佳”后重新拍摄，或将照片转换为 JPG 后上传。',
      'file',
    );
  if (!sniffed || !(sniffed.mime in IMAGE_TYPES))
    throw new AppError(
      'UNSUPPORTED_MEDIA',
      `文件不是 JPG、JPEG、PNG 或 GIF 图片${sniffed ? `（实际为 ${sniffed.ext.toUpperCase()} 格式）` : ''}：请上传证件原件的彩色照片。`,
      'file',
    );
  const mime = sniffed.mime as ImageMime;
  if (bytes.length < limits.minBytes)
    throw new AppError(
      'INVALID_INPUT',
      `图片过小（${size(bytes.length)}）：每张图片须在 ${sizeRange(limits)} 之间，请上传清晰、完整的原件照片。`,
      'file',
    );

  const unreadable = () =>
    new AppError('INVALID_INPUT', '图片已损坏或不完整，无法打开：请重新拍摄或导出后上传。', 'file');
  let width: number;
  let height: number;
  try {
    const image = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_PIXELS });
    const meta = await image.metadata();
    if (meta.format !== IMAGE_TYPES[mime]) throw unreadable();
    width = meta.autoOrient.width;
    height = meta.autoOrient.height;
    await image.stats(); // decodes every pixel: a truncated or corrupt file fails here
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (e instanceof Error && /pixel limit/i.test(e.message))
      throw new AppError(
        'INVALID_INPUT',
        `图片像素过多：最多 ${MAX_PIXELS / 1_000_000} 百万像素，请缩小后重新上传。`,
        'file',
      );
    throw unreadable();
  }
  return {
    mime,
    byteSize: bytes.length,
    width,
    height,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** Long side over short side: the shape of the picture whichever way it was turned. */
export function aspect(img: { width: number; height: number }): number {
  return Math.max(img.width, img.height) / Math.min(img.width, img.height);
}

/** Do two pictures have similar proportions, within a relative tolerance (0.1 = 10%)? */
export function similarProportions(
  a: { width: number; height: number },
  b: { width: number; height: number },
  tolerance: number,
): boolean {
  const ra = aspect(a);
  const rb = aspect(b);
  return Math.abs(ra - rb) / Math.min(ra, rb) <= tolerance + 1e-9;
}
