/** License keys: shown once, stored as a hash, verified with a reason, revocable. */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/db.js';
import { issueLicense, revokeLicense, verifyLicense } from '../../src/modules/marketplace/functions.js';
import { licenses } from '../../src/modules/marketplace/licenses.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createUser, type TestUser } from '../support/fixtures.js';

let t: TestDatabase;
let user: TestUser;
beforeAll(async () => {
  t = await createTestDatabase();
  user = await createUser(t.db);
});
afterAll(() => t.close());

const PRO = 'miyabi-operations-pro';

describe('license keys', () => {
  it('are returned once and stored only as a SHA-256 and a prefix', async () => {
    const issued = await issueLicense(t.db, { userId: user.id, pluginId: PRO });
    expect(issued.licenseKey).toMatch(/^mkp_[0-9a-f]{64}$/);
    const [row] = await t.db.select().from(licenses).where(eq(licenses.id, issued.licenseId));
    expect(row!.keyPrefix).toBe(issued.licenseKey.slice(0, 10));
    expect(row!.keyHash).not.toContain(issued.licenseKey.slice(4, 20));
    const stored = JSON.stringify(
      await rows(t.db, sql`select * from licenses where id = ${issued.licenseId}`),
    );
    expect(stored).not.toContain(issued.licenseKey);
  });

  it('verify as valid, and as unknown for another plugin', async () => {
    const { licenseKey, licenseId } = await issueLicense(t.db, { userId: user.id, pluginId: PRO });
    expect(await verifyLicense(t.db, licenseKey)).toMatchObject({
      verdict: 'valid',
      licenseId,
      userId: user.id,
    });
    expect((await verifyLicense(t.db, licenseKey, 'miyabi-security-scanner')).verdict).toBe('unknown');
  });

  it('cannot be forged from a leaked licenses table', async () => {
    await issueLicense(t.db, { userId: user.id, pluginId: PRO });
    const leaked = await t.db.select().from(licenses);
    for (const row of leaked) {
      for (const guess of [
        row.keyHash,
        row.keyPrefix,
        `${row.keyPrefix}${row.keyHash}`,
        `mkp_${row.keyHash}`,
      ]) {
        expect((await verifyLicense(t.db, guess)).verdict).toBe('unknown');
      }
    }
  });

  it('verify as expired after their expiry, with the reason', async () => {
    const { licenseKey, licenseId } = await issueLicense(t.db, {
      userId: user.id,
      pluginId: PRO,
      expiresAt: new Date(Date.now() + 60_000),
    });
    await t.db.execute(
      sql`update licenses set issued_at = now() - interval '2 days', expires_at = now() - interval '1 day' where id = ${licenseId}`,
    );
    const check = await verifyLicense(t.db, licenseKey);
    expect(check.verdict).toBe('expired');
    expect(check.reason).toMatch(/^expired at /);
  });

  it('verify as revoked once revoked, even if the license row is set back to active', async () => {
    const { licenseKey, licenseId } = await issueLicense(t.db, { userId: user.id, pluginId: PRO });
    await revokeLicense(t.db, { licenseId, reason: 'chargeback' });
    expect(await verifyLicense(t.db, licenseKey)).toMatchObject({
      verdict: 'revoked',
      reason: 'revoked: chargeback',
    });
    await t.db.update(licenses).set({ status: 'active' }).where(eq(licenses.id, licenseId));
    expect((await verifyLicense(t.db, licenseKey)).verdict).toBe('revoked');
  });

  it('verify an unknown key as unknown', async () => {
    expect(await verifyLicense(t.db, 'mkp_not-a-key')).toMatchObject({ verdict: 'unknown', licenseId: null });
  });

  it('need a reason to be revoked', async () => {
    const { licenseId } = await issueLicense(t.db, { userId: user.id, pluginId: PRO });
    await expect(revokeLicense(t.db, { licenseId, reason: ' ' })).rejects.toThrow(/needs a reason/);
  });
});
