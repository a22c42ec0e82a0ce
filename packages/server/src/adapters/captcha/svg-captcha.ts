/**
 * 验证码 images, drawn here with no outside service: each character is a stroke glyph from a small built-in
 * font, jittered, scaled, rotated and placed at random, crossed by noise curves and dots. The SVG holds only
 * paths (no <text>), so the answer cannot be read from the markup. The alphabet leaves out look-alikes
 * (0/O, 1/I/L, 5/S, 8/B, 2/Z, G/6, Q).
 */
import { randomInt } from 'node:crypto';

export interface CaptchaImages {
  /** A new random answer. */
  newCode(): string;
  /** The image of an answer: SVG markup. */
  render(code: string): string;
}

export const CAPTCHA_ALPHABET = '34679ACDEFHJKMNPRTUVWXY';
export const CAPTCHA_LENGTH = 5;

/** Stroke glyphs on a 4 × 6 grid (x right, y down): polylines; 'Z' after a polyline closes it. */
const GLYPHS: Record<string, readonly string[]> = {
  '3': ['0,0 4,0 2,2.5 3.5,3 4,4.5 3,6 1,6 0,5'],
  '4': ['3,6 3,0 0,4 4,4'],
  '6': ['3.5,0 1,0 0,2 0,5 1,6 3,6 4,5 4,3.5 3,2.5 0,2.5'],
  '7': ['0,0 4,0 1.5,6'],
  '9': ['4,3.5 1,3.5 0,2.5 0,1 1,0 3,0 4,1 4,4 3,6 0.5,6'],
  A: ['0,6 2,0 4,6', '0.7,4 3.3,4'],
  C: ['4,1 3,0 1,0 0,1 0,5 1,6 3,6 4,5'],
  D: ['0,0 0,6 2.5,6 4,4.5 4,1.5 2.5,0 Z'],
  E: ['4,0 0,0 0,6 4,6', '0,3 3,3'],
  F: ['4,0 0,0 0,6', '0,3 3,3'],
  H: ['0,0 0,6', '4,0 4,6', '0,3 4,3'],
  J: ['1,0 4,0 4,5 3,6 1,6 0,5'],
  K: ['0,0 0,6', '4,0 0,3.5', '1.3,2.7 4,6'],
  M: ['0,6 0,0 2,3 4,0 4,6'],
  N: ['0,6 0,0 4,6 4,0'],
  P: ['0,6 0,0 3,0 4,1 4,2 3,3 0,3'],
  R: ['0,6 0,0 3,0 4,1 4,2 3,3 0,3', '2,3 4,6'],
  T: ['0,0 4,0', '2,0 2,6'],
  U: ['0,0 0,5 1,6 3,6 4,5 4,0'],
  V: ['0,0 2,6 4,0'],
  W: ['0,0 1,6 2,2 3,6 4,0'],
  X: ['0,0 4,6', '4,0 0,6'],
  Y: ['0,0 2,3 4,0', '2,3 2,6'],
};

const WIDTH = 150;
const HEIGHT = 50;
const COLORS = ['#1f4e79', '#7b2d26', '#2e6b30', '#5b3a8c', '#8a5a00', '#23395d', '#6b1f4e'];

const rnd = (min: number, max: number) => min + Math.random() * (max - min);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
const f1 = (n: number) => n.toFixed(1);

function glyphPath(char: string, cx: number, cy: number): string {
  const strokes = GLYPHS[char];
  if (!strokes) throw new RangeError(`no captcha glyph for ${char}`);
  const scale = rnd(4.1, 4.8);
  const angle = (rnd(-22, 22) * Math.PI) / 180;
  const skew = rnd(-0.25, 0.25);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const place = (x: number, y: number) => {
    const gx = (x - 2 + rnd(-0.22, 0.22) + skew * (y - 3)) * scale;
    const gy = (y - 3 + rnd(-0.22, 0.22)) * scale;
    return `${f1(cx + gx * cos - gy * sin)},${f1(cy + gx * sin + gy * cos)}`;
  };
  return strokes
    .map((stroke) => {
      const closed = stroke.endsWith(' Z');
      const points = (closed ? stroke.slice(0, -2) : stroke).split(' ').map((p) => {
        const [x, y] = p.split(',').map(Number);
        return place(x!, y!);
      });
      return `M${points.join('L')}${closed ? 'Z' : ''}`;
    })
    .join('');
}

function noiseCurve(): string {
  const y = () => f1(rnd(5, HEIGHT - 5));
  return (
    `<path d="M${f1(rnd(0, 20))},${y()}C${f1(rnd(30, 60))},${y()} ${f1(rnd(90, 120))},${y()} ` +
    `${f1(rnd(130, WIDTH))},${y()}" stroke="${pick(COLORS)}" stroke-width="${f1(rnd(1, 2))}" fill="none"/>`
  );
}

export const svgCaptcha: CaptchaImages = {
  newCode() {
    let code = '';
    for (let i = 0; i < CAPTCHA_LENGTH; i++) code += CAPTCHA_ALPHABET[randomInt(CAPTCHA_ALPHABET.length)];
    return code;
  },

  render(code) {
    const parts: string[] = [`<rect width="${WIDTH}" height="${HEIGHT}" fill="#f4f1ea"/>`];
    for (let i = 0; i < 40; i++)
      parts.push(
        `<circle cx="${f1(rnd(0, WIDTH))}" cy="${f1(rnd(0, HEIGHT))}" r="${f1(rnd(0.6, 1.6))}" fill="${pick(COLORS)}" opacity="0.5"/>`,
      );
    parts.push(noiseCurve(), noiseCurve());
    const step = (WIDTH - 20) / code.length;
    [...code].forEach((char, i) => {
      const d = glyphPath(char, 10 + step * (i + 0.5) + rnd(-3, 3), HEIGHT / 2 + rnd(-3, 3));
      parts.push(
        `<path d="${d}" stroke="${pick(COLORS)}" stroke-width="${f1(rnd(2.4, 3.4))}" fill="none" stroke-linecap="round" stroke-linejoin="round"/>`,
      );
    });
    parts.push(noiseCurve());
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">` +
      `${parts.join('')}</svg>`
    );
  },
};
