import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../src/domain/password.ts';

describe('staff passwords', () => {
  it('hashes with scrypt and a per-user salt, in a self-describing format', async () => {
    const [first, second] = await Promise.all([hashPassword('correct-horse-battery'), hashPassword('correct-horse-battery')]);
    expect(first).toMatch(/^scrypt\$32768\$8\$3\$[\w-]{22}\$[\w-]{43}$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('correct-horse-battery');
  });

  it('verifies the right password only', async () => {
    const stored = await hashPassword('correct-horse-battery');
    expect(await verifyPassword('correct-horse-battery', stored)).toBe(true);
    expect(await verifyPassword('correct-horse-batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('treats malformed or absurd stored hashes as a mismatch, not an error', async () => {
    for (const stored of ['', 'plain', 'scrypt$16384$8$1$salt', 'scrypt$1000$8$1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA', `scrypt$${2 ** 30}$8$1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA`]) {
      expect(await verifyPassword('anything-at-all', stored), stored).toBe(false);
    }
  });
});
