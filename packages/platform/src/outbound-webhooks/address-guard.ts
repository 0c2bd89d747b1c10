/**
 * Where outbound webhooks may go. Any administrator (or a stolen admin token) chooses the URLs, so
 * without a guard the OMS could be made to call the services of its own network: the cloud
 * metadata service, the database, an admin port. The guard is applied when the connection is made:
 * the socket connects to the very addresses the guard has just accepted, so a name that resolved
 * to a public address at registration and to a private one now (DNS rebinding) is refused.
 */
import { lookup as systemLookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { z } from 'zod';
import { parseConfig } from '../config.ts';
import { DomainError } from '../errors.ts';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has; tests inject their own. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: HostResolver = async (hostname) =>
  (await systemLookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));

/**
 * Loopback, private (RFC 1918), carrier-grade NAT, link-local (cloud metadata lives there),
 * "this network" and unspecified, multicast, documentation and reserved ranges; for IPv6 the same
 * kinds plus unique local (fc00::/7) and the deprecated site-local range. IPv4-mapped IPv6
 * addresses (::ffff:a.b.c.d) are checked against the IPv4 ranges by `BlockList` itself.
 */
const PRIVATE_NETWORKS = (() => {
  const list = new BlockList();
  for (const [network, prefix] of [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.0.0.0', 24],
    ['192.0.2.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    ['198.51.100.0', 24],
    ['203.0.113.0', 24],
    ['224.0.0.0', 4],
    ['240.0.0.0', 4],
  ] as const) {
    list.addSubnet(network, prefix, 'ipv4');
  }
  for (const [network, prefix] of [
    ['::', 128],
    ['::1', 128],
    ['100::', 64],
    ['2001:db8::', 32],
    ['fc00::', 7],
    ['fe80::', 10],
    ['fec0::', 10],
    ['ff00::', 8],
  ] as const) {
    list.addSubnet(network, prefix, 'ipv6');
  }
  return list;
})();

const familyOf = (address: string): 'ipv4' | 'ipv6' | null => {
  const family = isIP(address);
  return family === 4 ? 'ipv4' : family === 6 ? 'ipv6' : null;
};

/** True for an address no webhook may reach unless it is allowed explicitly. */
export function isPrivateAddress(address: string): boolean {
  const family = familyOf(address);
  return family === null || PRIVATE_NETWORKS.check(address, family);
}

/** The OMS would not send to this target: trying again cannot help, so the delivery fails for good. */
export class WebhookTargetRefused extends Error {
  override readonly name = 'WebhookTargetRefused';
}

/** Where webhooks may go, the same for every service. */
export interface WebhookTargetSettings {
  /** Production: only https URLs. */
  requireHttps: boolean;
  /** Private networks webhooks may reach all the same (CIDRs): loopback outside production, none in it. */
  allowedNetworks: readonly string[];
}

const DEVELOPMENT_ALLOWED_NETWORKS = ['127.0.0.0/8', '::1/128'];

const cidr = z.string().refine((value) => {
  const [address = '', prefix, extra] = value.split('/');
  const family = isIP(address);
  const bits = prefix === undefined ? (family === 4 ? 32 : 128) : /^\d{1,3}$/.test(prefix) ? Number(prefix) : -1;
  return family !== 0 && extra === undefined && bits >= 0 && bits <= (family === 4 ? 32 : 128);
}, 'must list addresses or CIDR networks (e.g. 127.0.0.0/8,::1/128), or be "none"');

const targetSettings = z.object({
  NODE_ENV: z.string().optional(),
  WEBHOOK_ALLOWED_NETWORKS: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? (value.trim() === 'none' ? [] : value.split(',').map((entry) => entry.trim())) : undefined),
    z.array(cidr).optional(),
  ),
});

/** `WEBHOOK_ALLOWED_NETWORKS` and `NODE_ENV`, parsed once at start-up by each service that sends webhooks. */
export function loadWebhookTargetSettings(env: NodeJS.ProcessEnv = process.env): WebhookTargetSettings {
  const settings = parseConfig(targetSettings, env);
  const production = settings.NODE_ENV === 'production';
  return { requireHttps: production, allowedNetworks: settings.WEBHOOK_ALLOWED_NETWORKS ?? (production ? [] : DEVELOPMENT_ALLOWED_NETWORKS) };
}

/** True for an address webhooks may not reach: private and outside the allowed networks (or not an address at all). */
export function addressGuard(allowedNetworks: readonly string[]): (address: string) => boolean {
  const allowed = new BlockList();
  for (const network of allowedNetworks) {
    const [address = '', prefix] = network.split('/');
    const family = familyOf(address);
    if (family) allowed.addSubnet(address, prefix === undefined ? (family === 'ipv4' ? 32 : 128) : Number(prefix), family);
  }
  return (address) => {
    const family = familyOf(address);
    return family === null || (isPrivateAddress(address) && !allowed.check(address, family));
  };
}

/** Why a refused address is refused, for the delivery log and the administrator. */
export function refusedAddressReason(address: string, host: string = address): string {
  const where = host === address ? address : `${host} resolves to ${address}, which`;
  return `${where} is in a private, loopback, link-local or reserved network; webhooks are not sent there`;
}

const normalizeFamily = (family: number | string | undefined): 0 | 4 | 6 => (family === 4 || family === 'IPv4' ? 4 : family === 6 || family === 'IPv6' ? 6 : 0);

/**
 * A `lookup` for `net.connect`: resolves with `resolve`, and fails the connection with
 * `WebhookTargetRefused` when any address of the name is refused (a name with both public and
 * private addresses is refused: the one connected to is not ours to choose).
 */
export function guardedLookup(refuses: (address: string) => boolean, resolve: HostResolver = systemResolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const refused = addresses.find((entry) => refuses(entry.address));
        if (refused) {
          callback(new WebhookTargetRefused(refusedAddressReason(refused.address, hostname)), '');
          return;
        }
        const family = normalizeFamily(options.family);
        const usable = addresses.filter((entry) => family === 0 || entry.family === family);
        const first = usable[0];
        if (!first) callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
        else if (options.all) callback(null, usable);
        else callback(null, first.address, first.family);
      },
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), ''),
    );
  };
}

/** The URL's host without IPv6 brackets. */
export const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * A webhook endpoint as given by an administrator: https (http too outside production), no
 * credentials, at most 2,000 characters, and a host whose every address may be reached. The same
 * guard runs again when each request connects; this check tells the administrator at once.
 * Errors are BAD_USER_INPUT naming `argument`.
 */
export async function checkWebhookUrl(value: string, argument: string, settings: WebhookTargetSettings, resolve: HostResolver = systemResolver): Promise<string> {
  const invalid = (message: string) => new DomainError('BAD_USER_INPUT', `${argument} ${message}`, { argument });
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw invalid('is not a URL');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && !settings.requireHttps)) throw invalid(settings.requireHttps ? 'must use https' : 'must use http or https');
  if (url.username || url.password) throw invalid('must not contain credentials');
  if (url.href.length > 2000) throw invalid('must be at most 2000 characters');
  const refuses = addressGuard(settings.allowedNetworks);
  const host = hostOf(url);
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await resolve(host)).map((entry) => entry.address);
  } catch {
    addresses = [];
  }
  if (addresses.length === 0) throw invalid(`must name a host that resolves: ${host} does not`);
  const refused = addresses.find(refuses);
  if (refused) throw invalid(`must be reachable on the public internet: ${refusedAddressReason(refused, host)}`);
  return url.href;
}
