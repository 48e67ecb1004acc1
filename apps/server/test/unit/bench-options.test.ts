import { describe, expect, it } from 'vitest';
import { parseOptions, UsageError } from '../../../../bench/options';

function usageError(argv: string[]): UsageError {
  try {
    parseOptions(argv);
  } catch (err) {
    if (err instanceof UsageError) return err;
    throw err;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
}

describe('npm run bench options', () => {
  it('runs the whole read mix and writes the docs at full scale by default', () => {
    const o = parseOptions([]);
    expect(o.mix).toBeNull();
    expect(o.docs).toBe(true);
    expect(o.only).toContain('throughput');
  });

  it('--mix restricts the throughput to the named kinds and never writes the docs', () => {
    const o = parseOptions(['--only=throughput', '--mix=household, case-page']);
    expect(o.mix).toEqual(['household', 'case-page']);
    expect(o.docs).toBe(false);
  });

  it('an unknown kind, or --mix with --docs, is a usage error that names the kinds', () => {
    const unknown = usageError(['--mix=household,nope']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.message).toMatch(
      /--mix must be one or more of person-search, household, .*\(got household,nope\)/,
    );
    expect(usageError(['--mix=household', '--docs']).message).toMatch(/cannot write docs\/benchmarks\.md/);
  });
});
