import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';

/** npm start as a user runs it: its exit code and what it printed. */
function npmStart(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['start', '--silent', '--', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function occupiedPort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

test('a local-org port in use is one line naming --port, and a non-zero exit', async () => {
  const { server, port } = await occupiedPort();
  try {
    const run = await npmStart(['--port', String(port), '--no-serve']);
    assert.equal(run.code, 1);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0], new RegExp(`Port ${port} is in use .* --port <port>`));
    assert.doesNotMatch(run.stderr, /ExperimentalWarning|--trace-warnings/);
  } finally {
    server.close();
  }
});

test('a preview port in use names --preview-port, after a start that printed no warnings', async () => {
  const { server, port } = await occupiedPort();
  try {
    const run = await npmStart(['--port', '0', '--preview-port', String(port), '--no-serve']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, new RegExp(`Port ${port} is in use .* --preview-port <port>`));
    assert.doesNotMatch(run.stderr, /ExperimentalWarning|--trace-warnings/);
  } finally {
    server.close();
  }
});
