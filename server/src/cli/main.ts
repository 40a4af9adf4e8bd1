import 'reflect-metadata';
import { COMMANDS } from './commands';

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const list = Object.entries(COMMANDS)
      .map(([n, c]) => `  ${n.padEnd(12)} ${c.summary}`)
      .join('\n');
    console.error(`${name ? `Unknown command "${name}".\n` : ''}Usage: pnpm cli <command>\n\nCommands:\n${list}`);
    return name ? 2 : 0;
  }
  return command.run(args);
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
