/** Order data for tests: the shared examples' subjects and websites (valid, real check characters), with servers. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { staff, type Agent, type TestApp } from './app.js';

type Json = Record<string, unknown>;
export type OrderInput = { subject: Json; websites: Json[] };

export function exampleOrder(id = 'base-BJ-individual'): OrderInput {
  const file = fileURLToPath(new URL(`../../../../../shared/spec/examples/${id}.json`, import.meta.url));
  const { input } = JSON.parse(readFileSync(file, 'utf8')) as { input: OrderInput };
  return { subject: input.subject, websites: input.websites };
}

const admins = new WeakMap<TestApp, Promise<Agent>>();

/**
 * Give `agent` an ECS server (an admin adds it, as after a purchase) and one 备案服务号 per website of `data`,
 * written into the websites' access (产品验证).
 */
export async function withServiceNumbers(
  t: TestApp,
  agent: Agent & { email: string },
  data: OrderInput,
): Promise<OrderInput> {
  if (!admins.has(t)) admins.set(t, staff(t, 'admin', '李管理'));
  const admin = await admins.get(t)!;
  const server = await admin.post('/api/v1/admin/servers', {
    ownerEmail: agent.email,
    typeCode: 'ecs',
    instanceName: 'i-bp1demo',
    region: 'cn-hangzhou',
    mainland: true,
    billing: 'prepaid',
    prepaidMonths: 12,
    expiresOn: '2027-11-30',
    publicBandwidthMbps: 5,
  });
  if (server.statusCode !== 201) throw new Error(`server: ${server.body}`);
  const serverId = (server.json() as { server: { id: string } }).server.id;
  const copy = structuredClone(data);
  for (const w of copy.websites) {
    const res = await agent.post(`/api/v1/servers/${serverId}/service-numbers`);
    if (res.statusCode !== 201) throw new Error(`service number: ${res.body}`);
    w.access = { serviceNumber: (res.json() as { serviceNumber: string }).serviceNumber };
  }
  return copy;
}
