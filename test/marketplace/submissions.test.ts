/** Plugin submissions: submit as the user, review, reject and approve as an admin; wrong states refused. */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  PluginOwnershipError,
  SubmissionStateError,
  UnknownSubmissionError,
} from '../../src/modules/marketplace/errors.js';
import { approvePluginSubmission } from '../../src/modules/marketplace/functions.js';
import { pluginSubmissions } from '../../src/modules/marketplace/plugin-submissions.js';
import { plugins } from '../../src/modules/marketplace/plugins.js';
import {
  rejectSubmission,
  startSubmissionReview,
  submitPlugin,
} from '../../src/modules/marketplace/queries/submissions.js';
import { withUser } from '../../src/with-user.js';
import { createTestDatabase, dbMessage, type TestDatabase } from '../support/database.js';
import { createUser, type TestUser } from '../support/fixtures.js';

let t: TestDatabase;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestDatabase();
  admin = await createUser(t.db, { role: 'admin' });
});
afterAll(() => t.close());

const slug = () => `sub-${randomUUID().slice(0, 8)}`;
const asAdmin = <T>(fn: (tx: typeof t.db) => Promise<T>) => withUser(t.db, { sub: admin.id }, fn);

async function submitted(pluginId = slug()) {
  const user = await createUser(t.db);
  const submission = await withUser(t.db, { sub: user.id }, (tx) =>
    submitPlugin(tx, {
      submitterId: user.id,
      pluginId,
      displayName: 'Submitted',
      version: '0.1.0',
      price: 900,
    }),
  );
  return { user, submission };
}

const statusOf = async (id: string) =>
  (await t.db.select().from(pluginSubmissions).where(eq(pluginSubmissions.id, id)))[0]!;

describe('submitPlugin', () => {
  it("creates the signed-in user's pending submission, and refuses one in another user's name", async () => {
    const { user, submission } = await submitted();
    expect(submission).toMatchObject({ submitterId: user.id, status: 'pending', reviewerId: null });
    const other = await createUser(t.db);
    const error = await withUser(t.db, { sub: other.id }, (tx) =>
      submitPlugin(tx, { submitterId: user.id, pluginId: slug(), displayName: 'Forged', version: '1.0.0' }),
    ).catch((e: unknown) => e);
    expect(dbMessage(error)).toMatch(/row-level security/);
  });
});

describe('rejectSubmission', () => {
  it('rejects with notes, the admin as reviewer; a rejected submission can be neither rejected nor approved', async () => {
    const { submission } = await submitted();
    const rejected = await asAdmin((tx) =>
      rejectSubmission(tx, { submissionId: submission.id, notes: 'Missing a license file' }),
    );
    expect(rejected).toMatchObject({
      status: 'rejected',
      reviewerId: admin.id,
      reviewNotes: 'Missing a license file',
    });
    expect(rejected.reviewedAt).toBeInstanceOf(Date);

    await expect(
      asAdmin((tx) => rejectSubmission(tx, { submissionId: submission.id, notes: 'again' })),
    ).rejects.toThrow(new SubmissionStateError(submission.id, 'rejected', 'reject'));
    await expect(
      asAdmin((tx) => approvePluginSubmission(tx, { submissionId: submission.id })),
    ).rejects.toThrow(new SubmissionStateError(submission.id, 'rejected', 'approve'));
  });

  it('needs notes, and a submission that exists', async () => {
    const { submission } = await submitted();
    await expect(rejectSubmission(t.db, { submissionId: submission.id, notes: ' ' })).rejects.toThrow(
      ZodError,
    );
    const unknown = randomUUID();
    await expect(rejectSubmission(t.db, { submissionId: unknown, notes: 'no' })).rejects.toThrow(
      new UnknownSubmissionError(unknown),
    );
    expect((await statusOf(submission.id)).status).toBe('pending');
  });
});

describe('approvePluginSubmission', () => {
  it('takes a submission through review to a published plugin of the submitter; approving twice is refused', async () => {
    const { user, submission } = await submitted();
    const inReview = await asAdmin((tx) => startSubmissionReview(tx, { submissionId: submission.id }));
    expect(inReview).toMatchObject({ status: 'in_review', reviewerId: admin.id });
    await expect(asAdmin((tx) => startSubmissionReview(tx, { submissionId: submission.id }))).rejects.toThrow(
      new SubmissionStateError(submission.id, 'in_review', 'start reviewing'),
    );

    const plugin = await asAdmin((tx) =>
      approvePluginSubmission(tx, { submissionId: submission.id, notes: 'LGTM' }),
    );
    expect(plugin).toMatchObject({
      id: submission.pluginId,
      authorId: user.id,
      status: 'published',
      price: 900,
    });
    expect(await statusOf(submission.id)).toMatchObject({
      status: 'approved',
      reviewerId: admin.id,
      reviewNotes: 'LGTM',
    });

    await expect(approvePluginSubmission(t.db, { submissionId: submission.id })).rejects.toThrow(
      new SubmissionStateError(submission.id, 'approved', 'approve'),
    );
  });

  it("refuses a slug that is another author's plugin, and an unknown submission, writing nothing", async () => {
    const { submission } = await submitted('miyabi-operations-pro');
    await expect(approvePluginSubmission(t.db, { submissionId: submission.id })).rejects.toThrow(
      new PluginOwnershipError('miyabi-operations-pro'),
    );
    expect((await statusOf(submission.id)).status).toBe('pending');
    const [pro] = await t.db.select().from(plugins).where(eq(plugins.id, 'miyabi-operations-pro'));
    expect(pro!.displayName).not.toBe('Submitted');

    const unknown = randomUUID();
    await expect(approvePluginSubmission(t.db, { submissionId: unknown })).rejects.toThrow(
      new UnknownSubmissionError(unknown),
    );
  });
});
