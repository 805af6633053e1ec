import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { openStore, type Store } from '../../src/store/db.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { tempStore } from '../support/tempStore.js';

/**
 * No Docker runs on the test machines, so the deploy files are checked against each other and against the README's
 * "Deploy" section: the same commands, ports and paths everywhere, options the CLI knows, and a HEALTHCHECK that works.
 */

interface Instruction { op: string; args: string }

/** Dockerfile instructions of the final stage (after the last FROM), continuation lines joined. */
function dockerfile(): { all: Instruction[]; final: Instruction[] } {
  const lines = readFileSync('Dockerfile', 'utf8').replace(/\\\n/g, ' ').split('\n');
  const all = lines.filter((l) => /^[A-Z]+\s/.test(l)).map((l) => ({ op: l.split(/\s/)[0]!, args: l.slice(l.indexOf(' ') + 1).trim() }));
  const lastFrom = all.map((i) => i.op).lastIndexOf('FROM');
  return { all, final: all.slice(lastFrom) };
}

const one = (final: Instruction[], op: string): string => {
  const found = final.filter((i) => i.op === op);
  expect(found, `one ${op} in the final stage`).toHaveLength(1);
  return found[0]!.args;
};
const jsonArray = (s: string): string[] => JSON.parse(s.replace(/^CMD\s+/, '')) as string[];

/** The README's "## Deploy" section, and the commands of its sh code blocks (one per line, comments off). */
function readmeDeploy(): { text: string; commands: string[] } {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('\n## Deploy\n');
  expect(start, 'README has a "## Deploy" section').toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + 5);
  const text = readme.slice(start, end === -1 ? undefined : end);
  const commands = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter(Boolean));
  return { text, commands };
}

/** Every `motiemonitor <command> --option …` in a text, up to a shell operator or a quote. */
function motiemonitorCommands(text: string): string[] {
  return [...text.matchAll(/\bmotiemonitor (?:[a-z]+)(?: (?!\|\||&&|;|\|)[^\s;|&'"]+)*/g)].map((m) => m[0]);
}

/** The options `motiemonitor <command> --help` lists, from the CLI itself. */
function cliOptions(command: string): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', command, '--help'], { encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('deploy: Dockerfile, compose.yaml, the GitHub workflow and the README agree', () => {
  const docker = dockerfile();
  const compose = parseYaml(readFileSync('compose.yaml', 'utf8')) as {
    services: Record<string, { command: string[]; entrypoint?: string[]; ports?: string[]; volumes: string[]; depends_on?: Record<string, { condition: string }>; healthcheck?: { test: string[] } }>;
    volumes: Record<string, unknown>;
  };
  const workflow = parseYaml(readFileSync('.github/workflows/publish.yml', 'utf8')) as {
    on: { schedule?: { cron: string }[]; workflow_dispatch?: unknown };
    jobs: Record<string, { steps?: { run?: string; uses?: string; with?: Record<string, string>; if?: string }[]; needs?: string }>;
  };
  const readme = readmeDeploy();

  const cmd = jsonArray(one(docker.final, 'CMD'));
  const port = Number(one(docker.final, 'EXPOSE'));
  const volume = JSON.parse(`"${one(docker.final, 'VOLUME')}"`) as string;
  const serveCommand = `motiemonitor ${cmd.join(' ')}`;
  const site = cmd[cmd.indexOf('--site') + 1]!;

  it('the image: Debian with poppler and tesseract, not root, the store on the volume, serve on the exposed port', () => {
    expect(one(docker.final, 'FROM')).toMatch(/bookworm/);
    const apt = docker.final.filter((i) => i.op === 'RUN' && i.args.includes('apt-get install')).map((i) => i.args).join(' ');
    for (const pkg of ['poppler-utils', 'tesseract-ocr', 'tesseract-ocr-nld', 'antiword']) expect(apt.split(/\s+/)).toContain(pkg);
    expect(one(docker.final, 'USER')).not.toMatch(/^(root|0)(:|$)/);
    expect(JSON.parse(one(docker.final, 'ENTRYPOINT'))).toEqual(['motiemonitor']);
    expect(cmd.slice(0, 1)).toEqual(['serve']);
    expect(cmd[cmd.indexOf('--port') + 1]).toBe(String(port));
    expect(cmd[cmd.indexOf('--host') + 1]).toBe('0.0.0.0');
    expect(site.startsWith(`${volume}/`)).toBe(true);
    expect(one(docker.final, 'ENV')).toBe(`MOTIEMONITOR_DB=${volume}/motiemonitor.db`);
    expect(one(docker.final, 'HEALTHCHECK')).toContain(`http://127.0.0.1:${port}/healthz`);
  });

  it('compose runs the image\'s server command and the daily job on one volume, the server after the first build', () => {
    const { serve, daily } = compose.services;
    expect(serve && daily, 'services serve and daily').toBeTruthy();
    expect(serve!.command).toEqual(cmd);
    expect(serve!.ports).toEqual([`127.0.0.1:${port}:${port}`]);
    const named = Object.keys(compose.volumes);
    expect(serve!.volumes).toEqual([`${named[0]}:${volume}`]);
    expect(daily!.volumes).toEqual(serve!.volumes);
    expect(serve!.depends_on?.daily?.condition).toBe('service_healthy');
    expect(daily!.healthcheck?.test).toEqual(['CMD', 'test', '-f', `${site}/index.html`]);
    const job = motiemonitorCommands(daily!.command.join(' '));
    expect(job).toEqual([`motiemonitor run --out ${site}`]);
  });

  it('the workflow runs daily and by hand, keeps the store, publishes what the job built, with the image\'s packages', () => {
    expect(workflow.on.schedule?.[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    const steps = workflow.jobs.build!.steps!;
    const runs = steps.flatMap((s) => (s.run ? [s.run] : []));
    expect(runs).toContain('npm ci');
    const job = runs.find((r) => r.includes('motiemonitor run'))!;
    const out = /--out (\S+)/.exec(job)![1]!;
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe(out);
    // The store is data/ (the default --db is data/motiemonitor.db): restored before the job, saved after it, also on failure.
    const restore = steps.findIndex((s) => s.uses?.startsWith('actions/cache/restore'));
    const save = steps.findIndex((s) => s.uses?.startsWith('actions/cache/save'));
    const jobIndex = steps.findIndex((s) => s.run === job);
    expect(restore).toBeGreaterThanOrEqual(0);
    expect(restore).toBeLessThan(jobIndex);
    expect(save).toBeGreaterThan(jobIndex);
    expect(steps[restore]!.with!.path).toBe('data');
    expect(steps[save]!.with!.path).toBe('data');
    expect(steps[save]!.if).toMatch(/^always\(\)/);
    expect(workflow.jobs.deploy!.needs).toBe('build');
    const apt = runs.find((r) => r.includes('apt-get install'))!.split(/\s+/);
    for (const pkg of ['poppler-utils', 'tesseract-ocr', 'tesseract-ocr-nld', 'antiword']) expect(apt).toContain(pkg);
  });

  it('every command of the workflow, the Dockerfile and compose is in the README\'s Deploy section, as written', () => {
    const used = [
      serveCommand,
      ...motiemonitorCommands(compose.services.daily!.command.join(' ')),
      ...workflow.jobs.build!.steps!.flatMap((s) => (s.run?.includes('motiemonitor') ? [s.run] : [])),
    ];
    expect(used.length).toBeGreaterThanOrEqual(3);
    for (const c of used) expect(readme.commands, c).toContain(c);
    // The README's docker commands use the same port, volume path and site.
    for (const c of readme.commands.filter((l) => l.startsWith('docker run'))) {
      expect(c).toContain(`:${volume}`);
      if (c.includes(' -p ')) expect(c).toContain(`127.0.0.1:${port}:${port}`);
    }
    for (const fact of [`/healthz`, volume, `${volume}/motiemonitor.db`, site, `127.0.0.1:${port}`]) expect(readme.text).toContain(fact);
  });

  it('the CLI knows every command and option these files use', () => {
    const all = [serveCommand, ...motiemonitorCommands(compose.services.daily!.command.join(' ')), ...readme.commands.flatMap(motiemonitorCommands)];
    for (const c of new Set(all)) {
      const [, command, ...rest] = c.split(' ');
      const help = cliOptions(command!);
      for (const option of rest.filter((a) => a.startsWith('--'))) expect(help, `${c}: ${option}`).toContain(option);
    }
  });

  describe('the HEALTHCHECK command, run for real against the server', () => {
    let t: ReturnType<typeof tempStore>;
    let ro: Store;
    let server: RunningServer;
    beforeAll(async () => {
      t = tempStore();
      ro = openStore(t.store.path, { readonly: true });
      server = await startServer({ store: ro, siteDir: t.dir, port: 0 });
    });
    afterAll(async () => {
      await server?.close();
      ro?.close();
      t?.cleanup();
    });

    /** The HEALTHCHECK's exec form, aimed at the test server's port instead of the image's; its exit code. */
    const healthcheck = (targetPort: number): Promise<number | null> => {
      const exec = jsonArray(one(docker.final, 'HEALTHCHECK').replace(/^.*?CMD\s+/, ''));
      const args = exec.map((a) => a.replace(`127.0.0.1:${port}`, `127.0.0.1:${targetPort}`));
      expect(args[0]).toBe('node');
      // Not spawnSync: the server runs in this process and must go on answering.
      return new Promise((resolve) => spawn(process.execPath, args.slice(1), { stdio: 'ignore', timeout: 30_000 }).on('close', resolve));
    };

    it('passes while the server answers /healthz, fails when nothing listens', async () => {
      const serverPort = Number(new URL(server.url).port);
      expect(await healthcheck(serverPort)).toBe(0);
      await server.close();
      expect(await healthcheck(serverPort)).toBe(1);
    });
  });
});
