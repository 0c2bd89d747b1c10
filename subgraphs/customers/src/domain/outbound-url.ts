import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { DomainError } from '@oms/platform';

/**
 * Addresses a webhook must never reach in production: loopback, private (RFC 1918, unique local),
 * link-local (cloud metadata services live there), carrier-grade NAT, "this network", multicast
 * and reserved ranges. Otherwise any administrator, or a stolen admin token, could make the OMS
 * probe and call the services of its own network.
 */
const INTERNAL_NETWORKS = (() => {
  const list = new BlockList();
  for (const [network, prefix] of [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.0.0.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    ['224.0.0.0', 4],
    ['240.0.0.0', 4],
  ] as const) {
    list.addSubnet(network, prefix, 'ipv4');
  }
  for (const [network, prefix] of [
    ['::', 128],
    ['::1', 128],
    ['fc00::', 7],
    ['fe80::', 10],
    ['ff00::', 8],
  ] as const) {
    list.addSubnet(network, prefix, 'ipv6');
  }
  return list;
})();

/** True for an address of a private, loopback, link-local or reserved network (IPv4-mapped IPv6 included). */
export function isInternalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return INTERNAL_NETWORKS.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 4) return INTERNAL_NETWORKS.check(address, 'ipv4');
  if (family === 6) return INTERNAL_NETWORKS.check(address, 'ipv6');
  return false;
}

/**
 * Throws unless the host is public: every address it resolves to must be outside the internal
 * networks (a name that resolves to both is refused too).
 */
export async function assertPublicHost(url: URL): Promise<void> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (host === 'localhost' || host.endsWith('.localhost')) throw new Error(`${host} is a local address`);
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
  const internal = addresses.find(isInternalAddress);
  if (internal) throw new Error(`${host} resolves to ${internal}, an address of a private network`);
}

/**
 * A webhook endpoint as given by an administrator: http(s) only, no credentials in the URL, at
 * most 2,000 characters; with `allowPrivateNetworks` false (production), public hosts only.
 */
export async function checkWebhookUrl(value: string, allowPrivateNetworks: boolean): Promise<string> {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new DomainError('BAD_USER_INPUT', 'url is not a URL', { argument: 'url' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DomainError('BAD_USER_INPUT', 'url must use http or https', { argument: 'url' });
  }
  if (url.username || url.password) throw new DomainError('BAD_USER_INPUT', 'url must not contain credentials', { argument: 'url' });
  if (url.href.length > 2000) throw new DomainError('BAD_USER_INPUT', 'url must be at most 2000 characters', { argument: 'url' });
  if (!allowPrivateNetworks) {
    try {
      await assertPublicHost(url);
    } catch (error) {
      throw new DomainError('BAD_USER_INPUT', `url must be reachable on the public internet: ${error instanceof Error ? error.message : 'unknown host'}`, { argument: 'url' });
    }
  }
  return url.href;
}
