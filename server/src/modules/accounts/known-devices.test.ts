import { describe, expect, it } from 'vitest';
import { networkSourceOf } from './known-devices.js';

describe('networkSourceOf', () => {
  it('when the client is IPv4 (plain or mapped), then the source is its address', () => {
    expect(networkSourceOf('203.0.113.7')).toBe('ip:203.0.113.7');
    expect(networkSourceOf('::ffff:203.0.113.7')).toBe('ip:203.0.113.7');
  });

  it('when the client is IPv6, then every address of one /64 is one source', () => {
    const a = networkSourceOf('2001:db8:1:2:aaaa::1');
    expect(a).toBe('ip6:2001:db8:1:2');
    expect(networkSourceOf('2001:0db8:0001:0002:ffff:ffff:ffff:fffe')).toBe(a);
    expect(networkSourceOf('2001:db8:1:3::1')).not.toBe(a);
    expect(networkSourceOf('::1')).toBe('ip6:0:0:0:0');
  });

  it('when the address is missing, then all such requests share one source', () => {
    expect(networkSourceOf(undefined)).toBe('ip:unknown');
  });
});
