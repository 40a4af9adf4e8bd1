/** Standard input as the prompt needs it: a terminal can be put in raw mode (no echo). */
export interface PasswordInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?(raw: boolean): unknown;
}

/** Ctrl-C at the prompt. */
export class PromptCancelled extends Error {}

/**
 * A password: typed at a terminal without echo (nothing shows, not even stars: on a projector at a
 * workshop the length is a hint too), asked twice when `confirm`; or, piped, all of standard input
 * without its final line break (`printf '%s\n' "$PASS" | pnpm cli user …`).
 */
export async function readPassword(
  prompt: string,
  {
    input = process.stdin,
    output = process.stderr,
    confirm = false,
  }: {
    input?: PasswordInput;
    output?: NodeJS.WritableStream;
    confirm?: boolean;
  } = {},
): Promise<string> {
  if (!input.isTTY || !input.setRawMode) return readAll(input);
  const password = await promptHidden(input, output, prompt);
  if (confirm && (await promptHidden(input, output, 'Again, to confirm: ')) !== password) {
    throw new Error('The two passwords differ: nothing was changed.');
  }
  return password;
}

async function readAll(input: PasswordInput): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Reads one line in raw mode, echoing nothing; Backspace and Ctrl-U edit, arrow keys are dropped, Ctrl-C cancels. */
function promptHidden(input: PasswordInput, output: NodeJS.WritableStream, prompt: string): Promise<string> {
  // Raw mode before the prompt: whatever is typed once the prompt shows is never echoed.
  input.setRawMode!(true);
  output.write(prompt);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let typed: string[] = [];
    const finish = () => {
      input.off('data', onData);
      input.setRawMode!(false);
      input.pause();
      output.write('\n');
    };
    // Inside an escape sequence (an arrow key: ESC [ D): 'esc' after ESC, 'csi' until its final byte.
    let escape: 'none' | 'esc' | 'csi' = 'none';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (escape === 'esc') escape = char === '[' || char === 'O' ? 'csi' : 'none';
        else if (escape === 'csi') escape = char >= '@' && char <= '~' ? 'none' : 'csi';
        else if (char === '\r' || char === '\n' || char === '\u0004') {
          finish();
          resolve(typed.join(''));
          return;
        } else if (char === '\u0003') {
          finish();
          reject(new PromptCancelled('Cancelled.'));
          return;
        } else if (char === '\u007f' || char === '\b') typed.pop();
        else if (char === '\u0015') typed = [];
        else if (char === '\u001b') escape = 'esc';
        else if (char >= ' ') typed.push(char); // other control characters are ignored
      }
    };
    input.on('data', onData);
  });
}
