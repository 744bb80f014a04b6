import { DEFAULT_POLICY, PolicySchema, type Policy } from '../../core/policy/policy';
import { canonicalJson } from './canonical-json';
import { inTransaction } from './db-helpers';
import type { StoreContext } from './store-context';
import { storageError } from './to-storage-error';
import type { PolicyInput, PolicyRecord, SavedPolicy } from './types';
import { formatIssues } from './zod-issues';

interface PolicyRow {
  version: number;
  name: string;
  json: string;
  created_at: number;
}

const toRecord = (row: PolicyRow): PolicyRecord => ({
  version: row.version,
  name: row.name,
  // Parsing fills settings that later versions of the policy schema added, with their defaults.
  policy: PolicySchema.parse(JSON.parse(row.json)),
  createdAt: row.created_at,
});

const latestRow = (ctx: StoreContext): PolicyRow | undefined =>
  ctx.sql.get('SELECT * FROM policies ORDER BY version DESC LIMIT 1').get() as PolicyRow | undefined;

const insert = (ctx: StoreContext, policy: Policy, version: number): PolicyRow => {
  const row: PolicyRow = { version, name: policy.name, json: JSON.stringify(policy), created_at: ctx.now() };
  ctx.sql
    .get('INSERT INTO policies (version, name, json, created_at) VALUES (?, ?, ?, ?)')
    .run(row.version, row.name, row.json, row.created_at);
  return row;
};

/** A fresh database starts with policy.md's defaults as version 1. */
export const ensureDefaultPolicy = (ctx: StoreContext): void => {
  if (!latestRow(ctx)) inTransaction(ctx.db, () => latestRow(ctx) ?? insert(ctx, DEFAULT_POLICY, 1));
};

export const currentPolicy = (ctx: StoreContext): PolicyRecord => {
  ensureDefaultPolicy(ctx);
  return toRecord(latestRow(ctx)!);
};

export const getPolicy = (ctx: StoreContext, version: number): PolicyRecord | null => {
  const row = ctx.sql.get('SELECT * FROM policies WHERE version = ?').get(version) as PolicyRow | undefined;
  return row ? toRecord(row) : null;
};

export const listPolicies = (ctx: StoreContext): PolicyRecord[] =>
  (ctx.sql.get('SELECT * FROM policies ORDER BY version').all() as unknown as PolicyRow[]).map(toRecord);

export const requirePolicyVersion = (ctx: StoreContext, version: number): void => {
  if (!ctx.sql.get('SELECT 1 FROM policies WHERE version = ?').get(version)) {
    throw storageError('policy-not-found', { version }, { file: ctx.file });
  }
};

/**
 * Saves a policy as the new current version. Policies are never edited in place: a meeting keeps
 * pointing at the exact rules it was checked and run under. Saving the current policy again
 * creates nothing.
 */
export const savePolicy = (ctx: StoreContext, input: PolicyInput | Policy): SavedPolicy => {
  const parsed = PolicySchema.safeParse(input);
  if (!parsed.success) {
    throw storageError('invalid-policy', { detail: formatIssues(parsed.error) }, { file: ctx.file });
  }
  const policy = parsed.data;
  return inTransaction(ctx.db, () => {
    const latest = latestRow(ctx);
    if (latest && canonicalJson(JSON.parse(latest.json)) === canonicalJson(policy)) {
      return { ...toRecord(latest), created: false };
    }
    return { ...toRecord(insert(ctx, policy, (latest?.version ?? 0) + 1)), created: true };
  });
};
