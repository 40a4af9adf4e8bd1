import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Debian's PostgreSQL programs (initdb, pg_ctl), newest version installed. */
function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions
    .map((version) => path.join(root, version, 'bin'))
    .find((bin) => fs.existsSync(path.join(bin, 'pg_ctl')));
  if (!found)
    throw new Error('PostgreSQL server programs not found under /usr/lib/postgresql (apt-get install postgresql)');
  return found;
}

/**
 * A PostgreSQL server of its own, in a temporary folder on its own port, that a test may stop and
 * start without touching the machine's server. As root, it runs as the `postgres` user (PostgreSQL
 * refuses to run as root).
 */
export class ThrowawayPostgres {
  private readonly bin = postgresBin();
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-pg-'));
  private readonly data = path.join(this.dir, 'data');

  constructor(readonly port: number) {
    if (this.asRoot) fs.chownSync(this.dir, ...this.postgresIds());
    this.run('initdb', ['-D', this.data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  start(): void {
    this.run('pg_ctl', [
      '-D',
      this.data,
      '-l',
      path.join(this.dir, 'log'),
      '-w',
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1`,
      'start',
    ]);
  }

  stop(): void {
    this.run('pg_ctl', ['-D', this.data, '-m', 'fast', '-w', 'stop']);
  }

  dispose(): void {
    try {
      this.stop();
    } catch {
      // already stopped
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private get asRoot(): boolean {
    return process.getuid?.() === 0;
  }

  private postgresIds(): [number, number] {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString());
    return [id('-u'), id('-g')];
  }

  private run(program: string, args: string[]): void {
    const command = path.join(this.bin, program);
    if (this.asRoot) execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' });
    else execFileSync(command, args, { stdio: 'pipe' });
  }
}
