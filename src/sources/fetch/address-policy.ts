// Which IP addresses a fetch may connect to. Refuses loopback, private (RFC 1918, unique-local),
// link-local (cloud metadata at 169.254.169.254 included), CGNAT, multicast, unspecified, reserved
// and documentation ranges, and IPv6 forms that embed such an IPv4 address (IPv4-mapped ::ffff:a.b.c.d,
// IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16).
import { BlockList, isIP } from 'node:net';

interface Range {
  net: string;
  prefix: number;
  why: string;
}

const V4: Range[] = [
  { net: '0.0.0.0', prefix: 8, why: 'unspecified ("this network")' },
  { net: '10.0.0.0', prefix: 8, why: 'private' },
  { net: '100.64.0.0', prefix: 10, why: 'carrier-grade NAT' },
  { net: '127.0.0.0', prefix: 8, why: 'loopback' },
  { net: '169.254.0.0', prefix: 16, why: 'link-local' },
  { net: '172.16.0.0', prefix: 12, why: 'private' },
  { net: '192.0.0.0', prefix: 24, why: 'IETF protocol assignments' },
  { net: '192.0.2.0', prefix: 24, why: 'documentation' },
  { net: '192.88.99.0', prefix: 24, why: '6to4 relay' },
  { net: '192.168.0.0', prefix: 16, why: 'private' },
  { net: '198.18.0.0', prefix: 15, why: 'benchmarking' },
  { net: '198.51.100.0', prefix: 24, why: 'documentation' },
  { net: '203.0.113.0', prefix: 24, why: 'documentation' },
  { net: '224.0.0.0', prefix: 4, why: 'multicast' },
  { net: '240.0.0.0', prefix: 4, why: 'reserved (and broadcast)' },
];

const V6: Range[] = [
  { net: '::', prefix: 128, why: 'unspecified' },
  { net: '::1', prefix: 128, why: 'loopback' },
  { net: '100::', prefix: 64, why: 'discard-only' },
  { net: '2001::', prefix: 23, why: 'IETF protocol assignments (Teredo included)' },
  { net: '2001:db8::', prefix: 32, why: 'documentation' },
  { net: 'fc00::', prefix: 7, why: 'unique-local (private)' },
  { net: 'fe80::', prefix: 10, why: 'link-local' },
  { net: 'fec0::', prefix: 10, why: 'site-local (deprecated)' },
  { net: 'ff00::', prefix: 8, why: 'multicast' },
];

// One BlockList per range so the refusal can say which range matched.
const v4Lists = V4.map((r) => ({ r, list: listOf(r, 'ipv4') }));
const v6Lists = V6.map((r) => ({ r, list: listOf(r, 'ipv6') }));

function listOf(r: Range, type: 'ipv4' | 'ipv6'): BlockList {
  const list = new BlockList();
  list.addSubnet(r.net, r.prefix, type);
  return list;
}

/** Why `address` must not be fetched from, or null when it is a public unicast address. */
export function forbiddenReason(address: string): string | null {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(ip);
  if (family === 4) return v4Reason(ip);
  if (family !== 6) return 'not an IP address';
  const embedded = embeddedIpv4(ip);
  if (embedded) {
    const why = v4Reason(embedded.v4);
    return why ? `${embedded.form} of a ${why} address (${embedded.v4})` : null;
  }
  for (const { r, list } of v6Lists) if (list.check(ip, 'ipv6')) return r.why;
  return null;
}

function v4Reason(ip: string): string | null {
  for (const { r, list } of v4Lists) if (list.check(ip, 'ipv4')) return r.why;
  return null;
}

/** The IPv4 address inside an IPv6 form that carries one, with the form's name. */
function embeddedIpv4(ip: string): { v4: string; form: string } | null {
  const w = ipv6Words(ip);
  if (!w) return null;
  const quad = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeros = (from: number, to: number) => w.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && w[5] === 0xffff) return { v4: quad(w[6], w[7]), form: 'IPv4-mapped IPv6' };
  // ::a.b.c.d (deprecated IPv4-compatible); :: and ::1 themselves are handled as IPv6.
  if (zeros(0, 6) && w[6] !== 0) return { v4: quad(w[6], w[7]), form: 'IPv4-compatible IPv6' };
  if (w[0] === 0x64 && w[1] === 0xff9b && zeros(2, 6)) return { v4: quad(w[6], w[7]), form: 'NAT64' };
  if (w[0] === 0x2002) return { v4: quad(w[1], w[2]), form: '6to4' };
  return null;
}

/** The eight 16-bit words of a valid IPv6 address (isIP already said it is one). */
function ipv6Words(ip: string): number[] | null {
  let text = ip.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const part = (s: string | undefined) => (s ? s.split(':').map((h) => parseInt(h, 16)) : []);
  const left = part(head);
  const right = part(tail);
  const words = tail === undefined ? left : [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  return words.length === 8 && words.every((x) => Number.isInteger(x) && x >= 0 && x <= 0xffff) ? words : null;
}
