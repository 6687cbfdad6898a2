import { describe, expect, it } from 'vitest';
import { failureText, UserError } from '../../src/lib/errors.ts';

describe('UserError: a message is for the user because it was thrown as one, not because of its script', () => {
  const unexpected = (detail: string) => `程序意外出错(${detail})`;
  it('shows a UserError as it is, and anything else as an unexpected failure', () => {
    expect(failureText(new UserError('文件是空的。'), unexpected)).toBe('文件是空的。');
    // A Chinese text in a plain Error (from a library, a cell quoted in an exception) is not taken for a message to the user.
    expect(failureText(new Error('第 3 行'), unexpected)).toBe('程序意外出错(Error: 第 3 行)');
    expect(failureText('x'.repeat(500), unexpected).length).toBeLessThan(220);
  });
});
