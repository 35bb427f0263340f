// The tests' own web server (lib.mjs, serve()): two test files run at once (run.mjs), each starting
// servers, and each must get its own. Before serve() let the server pick its port, it asked the
// system for a free port and handed it on: two files asking at the same moment were often given the
// same one (Linux hands out free ports in turn), the second server could not listen, and its file
// used the first file's server, until that file stopped it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serve } from './lib.mjs';

const LIB = new URL('./lib.mjs', import.meta.url).href;

// In a process of its own, as a test file is: `rounds` servers of `folder`, one after another, each
// asked for its marker file and stopped; prints what each answered.
function serveInTurn(folder, rounds) {
  const script = `
    const { serve } = await import(${JSON.stringify(LIB)});
    const answers = [];
    for (let i = 0; i < ${rounds}; i++) {
      const server = await serve(${JSON.stringify(folder)});
      try {
        answers.push(await (await fetch(server.url + 'marker.txt')).text());
      } catch (error) {
        answers.push('no answer: ' + error.message);
      } finally {
        server.close();
      }
    }
    console.log(JSON.stringify(answers));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk) => { out += chunk; });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`the process serving ${folder} exited with ${code}`))));
  });
}

test('servers started at the same moment by two processes each serve their own folder', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'phasecheck-serve-'));
  try {
    const folders = ['first', 'second'].map((name) => {
      const folder = path.join(root, name);
      fs.mkdirSync(folder);
      fs.writeFileSync(path.join(folder, 'marker.txt'), name);
      return folder;
    });
    const rounds = 15;
    const answers = await Promise.all(folders.map((folder) => serveInTurn(folder, rounds)));
    for (const [i, folder] of folders.entries()) {
      const mine = path.basename(folder);
      assert.deepEqual(answers[i], Array(rounds).fill(mine), `the servers of "${mine}" answered: ${answers[i].join(', ')}`);
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a folder that is not there is refused with the server\'s own words', async () => {
  const missing = path.join(fileURLToPath(new URL('.', import.meta.url)), 'no-such-folder');
  await assert.rejects(serve(missing), /exited \(2\).*no folder .*no-such-folder/s);
});
