import { loadConfig } from '../config';
import { sealAuditChain, verifyAuditChain } from '../platform/audit/chain';
import { DataDirLockedError } from '../platform/db/data-dir-lock';
import { openConfiguredDatabase } from '../platform/db/open';

/** npm run audit:verify — seals pending events, checks every tenant's hash chain, names the first broken row. */
async function run() {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await sealAuditChain(database.db);
    const result = await verifyAuditChain(database.db);
    if (result.ok) {
      process.stdout.write(
        `監査ログの検証: 正常 (${result.checked} 件) / audit chain OK: ${result.checked} events checked\n`,
      );
      return 0;
    }
    process.stdout.write(
      `監査ログの検証: 改ざんを検出 / audit chain BROKEN at event id ${result.firstBrokenEventId}: ${result.reason}` +
        ` (${result.checked} events verified before it)\n`,
    );
    return 1;
  } finally {
    await database.close();
    database.release();
  }
}

run()
  .then((code) => process.exit(code))
  .catch((e: unknown) => {
    if (e instanceof DataDirLockedError) {
      process.stderr.write(`${e.message}\nStop the server first, or use 監査ログ → 改ざん検証 in the app.\n`);
    } else process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  });
