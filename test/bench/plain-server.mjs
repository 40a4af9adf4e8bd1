// The baseline: a plain node:http server that answers every request with the same bytes and
// content type as the Atlas did. It runs in a process of its own, like the Atlas, so that it does
// not share the load generator's event loop.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';

/** Starts the plain server in a child process; resolves with its URL, its pid and `stop()`. */
export async function startPlainServer(body, contentType) {
  const child = fork(import.meta.filename, ['--serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  child.send({ body: body.toString('base64'), contentType });
  const [message] = await once(child, 'message');
  return {
    url: `http://127.0.0.1:${message.port}`,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill();
      await once(child, 'exit');
    },
  };
}

if (process.argv[2] === '--serve') {
  const [message] = await once(process, 'message');
  const body = Buffer.from(message.body, 'base64');
  const headers = { 'content-type': message.contentType, 'content-length': body.length };
  const server = http.createServer((request, response) => {
    // Read the request body (as the Atlas must) before answering.
    request.resume();
    request.on('end', () => {
      response.writeHead(200, headers);
      response.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('disconnect', () => process.exit(0));
}
