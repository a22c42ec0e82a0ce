/**
 * The strings that tie a website to a server: 备案服务号 'BA' + 12 and 备案授权码 'AC' + 16 random characters from
 * an alphabet without look-alikes (no 0/O, 1/I/L), so they can be read out over the phone and typed back.
 */
import { randomInt } from 'node:crypto';
import { z } from 'zod';

export const ACCESS_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export const SERVICE_NUMBER_PATTERN = /^BA[2-9A-HJKMNP-Z]{12}$/;
export const AUTHORIZATION_CODE_PATTERN = /^AC[2-9A-HJKMNP-Z]{16}$/;

function randomString(length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += ACCESS_ALPHABET[randomInt(ACCESS_ALPHABET.length)];
  return s;
}

export const newServiceNumber = (): string => `BA${randomString(12)}`;
export const newAuthorizationCode = (): string => `AC${randomString(16)}`;

/** As typed: spaces and hyphens dropped, upper case. */
const normalised = (v: string) => v.replace(/[\s-]/g, '').toUpperCase();

export const serviceNumberSchema = z
  .string({ error: '请填写备案服务号' })
  .transform(normalised)
  .pipe(
    z
      .string()
      .regex(SERVICE_NUMBER_PATTERN, '备案服务号格式不正确：应为 BA 开头的14位字母数字，请核对后重新输入'),
  );

export const authorizationCodeSchema = z
  .string({ error: '请填写备案授权码' })
  .transform(normalised)
  .pipe(
    z
      .string()
      .regex(
        AUTHORIZATION_CODE_PATTERN,
        '备案授权码格式不正确：应为 AC 开头的18位字母数字，请核对后重新输入',
      ),
  );
