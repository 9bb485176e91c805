// Where a fetch may connect: every host name is resolved through a lookup that refuses forbidden
// addresses (see address-policy.ts), and the socket's actual remote address is checked again on
// connect, so neither DNS rebinding between two lookups nor an IP literal in a redirect gets through.
// `allowPrivate` lifts the refusal; `trustedHosts` lifts it for exact "host:port" origins only (a
// local test server), never for a redirect elsewhere on the same machine.
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress, LookupAllOptions, LookupOneOptions } from 'node:dns';
import type { Socket } from 'node:net';
import { StorylineError } from '../../core/errors.js';
import { forbiddenReason } from './address-policy.js';

/** Resolves a host name to its addresses (injectable so tests can play a hostile DNS). */
export type ResolveFn = (hostname: string) => Promise<LookupAddress[]>;

export interface ConnectPolicy {
  allowPrivate: boolean;
  /** Exact "host:port" origins that may be private (e.g. "127.0.0.1:43125"). */
  trustedHosts: ReadonlySet<string>;
  resolve: ResolveFn;
}

export const systemResolve: ResolveFn = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export function makePolicy(options: { allowPrivate?: boolean; trustedHosts?: Iterable<string>; resolve?: ResolveFn }): ConnectPolicy {
  return {
    allowPrivate: options.allowPrivate === true,
    trustedHosts: new Set([...(options.trustedHosts ?? [])].map((h) => h.toLowerCase())),
    resolve: options.resolve ?? systemResolve,
  };
}

function exempt(policy: ConnectPolicy, url: URL): boolean {
  return policy.allowPrivate || policy.trustedHosts.has(`${url.hostname}:${portOf(url)}`.toLowerCase());
}

export function portOf(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

export function assertAllowed(policy: ConnectPolicy, url: URL, address: string): void {
  if (exempt(policy, url)) return;
  const why = forbiddenReason(address);
  if (why) {
    throw new StorylineError(
      'E_FETCH_PRIVATE_ADDRESS',
      `refused to fetch ${url.href}: ${url.hostname === address ? `${address} is` : `${url.hostname} is ${address},`} a ${why} address (use --allow-private to fetch from private networks)`,
    );
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for http.request that resolves through the policy and refuses forbidden addresses. */
export function guardedLookup(policy: ConnectPolicy, url: URL) {
  return (hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void => {
    policy
      .resolve(hostname)
      .then((found) => {
        const wanted = options.family === 4 || options.family === 6 ? found.filter((a) => a.family === options.family) : found;
        if (wanted.length === 0) throw new StorylineError('E_FETCH_NETWORK', `${hostname}: no address found`);
        // Every address is checked, not only the first: the socket may fall back to any of them.
        for (const a of wanted) assertAllowed(policy, url, a.address);
        if (options.all) callback(null, wanted);
        else callback(null, wanted[0].address, wanted[0].family);
      })
      .catch((err: NodeJS.ErrnoException) => callback(err, ''));
  };
}

/** Checks the address the socket really connected to; destroys it with the refusal otherwise. */
export function guardSocket(policy: ConnectPolicy, url: URL, socket: Socket): void {
  const check = () => {
    try {
      if (socket.remoteAddress) assertAllowed(policy, url, socket.remoteAddress);
    } catch (err) {
      socket.destroy(err as Error);
    }
  };
  if (socket.remoteAddress && !socket.connecting) check();
  else socket.once('connect', check);
}
