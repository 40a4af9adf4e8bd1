import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PromptCancelled, readPassword, type PasswordInput } from './read-password';

/** A terminal as the prompt sees it: keys go in, what it writes comes out, raw mode is recorded. */
function fakeTerminal() {
  const input = Object.assign(new PassThrough(), { isTTY: true, modes: [] as boolean[] }) as PassThrough &
    PasswordInput & { modes: boolean[] };
  input.setRawMode = (raw: boolean) => input.modes.push(raw);
  const output = new PassThrough();
  let screen = '';
  output.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  /** Types keys once the prompt has asked for them (the n-th prompt shown). */
  const type = async (keys: string, prompt = 1) => {
    while (screen.split(':').length - 1 < prompt) await new Promise((resolve) => setImmediate(resolve));
    input.write(keys);
  };
  return { input, output, type, screen: () => screen };
}

describe('readPassword at a terminal', () => {
  it('shows the prompt but nothing typed, in raw mode that it turns off again', async () => {
    const terminal = fakeTerminal();
    const read = readPassword('Password: ', { input: terminal.input, output: terminal.output });
    await terminal.type('a secret pass phrase\r');
    expect(await read).toBe('a secret pass phrase');
    expect(terminal.screen()).toBe('Password: \n');
    expect(terminal.input.modes).toEqual([true, false]);
  });

  it('edits with Backspace and Ctrl-U, and drops arrow keys', async () => {
    const terminal = fakeTerminal();
    const read = readPassword('Password: ', { input: terminal.input, output: terminal.output });
    await terminal.type('wrong\u0015rigxx\u007f\u007fht pass\u001b[D phrase\r');
    expect(await read).toBe('right pass phrase');
  });

  it('asks twice to confirm, and refuses two different passwords', async () => {
    const same = fakeTerminal();
    const confirmed = readPassword('Password: ', { input: same.input, output: same.output, confirm: true });
    await same.type('twice the same\r');
    await same.type('twice the same\r', 2);
    expect(await confirmed).toBe('twice the same');
    expect(same.screen()).toBe('Password: \nAgain, to confirm: \n');

    const differ = fakeTerminal();
    const refused = readPassword('Password: ', { input: differ.input, output: differ.output, confirm: true });
    await differ.type('the first one\r');
    await differ.type('another one\r', 2);
    await expect(refused).rejects.toThrow('The two passwords differ');
  });

  it('stops at Ctrl-C, leaving raw mode', async () => {
    const terminal = fakeTerminal();
    const read = readPassword('Password: ', { input: terminal.input, output: terminal.output });
    await terminal.type('half\u0003');
    await expect(read).rejects.toBeInstanceOf(PromptCancelled);
    expect(terminal.input.modes).toEqual([true, false]);
  });
});

describe('readPassword from a pipe', () => {
  it('reads all of standard input without its final line break, and prompts nothing', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let screen = '';
    output.on('data', (chunk: Buffer) => (screen += chunk.toString()));
    input.end('a piped pass phrase\n');
    expect(await readPassword('Password: ', { input, output, confirm: true })).toBe('a piped pass phrase');
    expect(screen).toBe('');
  });
});
