// Keeping Node's readline out of the way of prompts that do their own line editing.
import { useEffect } from '@inquirer/core';

/**
 * Under every Inquirer prompt, Node's readline also edits a line of its own, and on Ctrl+D with
 * that line empty it takes the key as end of input and closes itself: the prompt would then stop
 * without an answer. A prompt that binds Ctrl+D (and never uses readline's line) registers this
 * before readline sees the key, so readline finds a character to delete instead of closing.
 */
export function useCtrlDGuard(): void {
  useEffect((rl) => {
    const guard = (_input: unknown, key?: { name?: string; ctrl?: boolean }) => {
      if (key?.ctrl && key.name === 'd' && rl.line === '') rl.line = ' ';
    };
    rl.input.prependListener('keypress', guard);
    return () => {
      rl.input.removeListener('keypress', guard);
    };
  }, []);
}
