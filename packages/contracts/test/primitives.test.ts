import { describe, expect, it } from 'vitest';
import { hasLoneSurrogate, lineText, multiLineText } from '../src/common/primitives';

describe('text that has no UTF-8 form is refused, not stored as U+FFFD', () => {
  it('finds a lone high or low surrogate anywhere, and not a pair', () => {
    for (const text of ['\uD800', 'a\uD83D', '\uDE42b', 'x\uDFFFy', '\uDE42\uD83D'])
      expect(hasLoneSurrogate(text), JSON.stringify(text)).toBe(true);
    for (const text of ['', '🙂', '𠮷野家', '👨\u200D👩\u200D👧', '🇯🇵', 'e\u0301', 'ｶﾀｶﾅ'])
      expect(hasLoneSurrogate(text), JSON.stringify(text)).toBe(false);
  });

  it('single-line and multi-line text refuse it with a message in both languages', () => {
    for (const schema of [lineText(50), multiLineText(50)]) {
      const result = schema.safeParse('山田\uD800');
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/文字コード.*\/ .*invalid character/);
      expect(schema.safeParse('𠮷田🙂').success).toBe(true);
    }
  });
});
