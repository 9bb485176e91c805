// The store contract on PostgreSQL (STORYLINE_TEST_POSTGRES): this file works in its own schema,
// emptied before each case, so it never meets another test file's tables.
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { storeContract } from './store-contract.js';

const url = process.env.STORYLINE_TEST_POSTGRES;
const schema = `contract_${process.pid}_${Date.now().toString(36)}`;
let admin: pg.Client | undefined;

describe.skipIf(!url)('postgres store (needs STORYLINE_TEST_POSTGRES)', () => {
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin?.end();
  });

  storeContract('postgres', async () => {
    await admin!.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    const sep = url!.includes('?') ? '&' : '?';
    return openStore(`${url}${sep}schema=${schema}`);
  });
});
