// Which addresses a fetch refuses: every private, loopback, link-local, CGNAT, multicast, reserved
// and documentation range, and the IPv6 forms that smuggle one of those IPv4 addresses inside.
import { describe, expect, it } from 'vitest';
import { forbiddenReason } from '../../src/sources/fetch/address-policy.js';

describe('forbiddenReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.1.2', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.10', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fd12:3456::1', 'unique-local'],
    ['fe80::1%eth0', 'link-local'],
    ['ff02::1', 'multicast'],
    ['[::1]', 'loopback'],
    ['::ffff:127.0.0.1', 'IPv4-mapped IPv6 of a loopback'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped IPv6 of a link-local'],
    ['::127.0.0.1', 'IPv4-compatible IPv6 of a loopback'],
    ['64:ff9b::10.0.0.1', 'NAT64 of a private'],
    ['2002:c0a8:0101::1', '6to4 of a private'],
    ['2001:db8::1', 'documentation'],
  ])('%s is refused (%s)', (ip, why) => {
    expect(forbiddenReason(ip)).toContain(why);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:2800:220:1:248:1893:25c8:1946', '::ffff:93.184.216.34', '64:ff9b::808:808', '2002:5db8:d822::1'])(
    '%s is allowed',
    (ip) => expect(forbiddenReason(ip)).toBeNull(),
  );

  it('refuses what is not an address at all', () => {
    expect(forbiddenReason('example.com')).toBe('not an IP address');
  });
});
