// Builds the app for production with Vite and measures what the browser downloads: the
// initial JavaScript (the entry chunk and every chunk it imports statically) and each chunk
// loaded on demand, raw and gzipped.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const VITE = path.join(REPO_ROOT, 'node_modules/.bin/vite');

interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export interface ChunkSize {
  /** The module that starts the chunk (`src/...`), or the chunk's name. */
  source: string;
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleResult {
  outDir: string;
  buildSeconds: number;
  /** Chunks the page loads before anything runs: the entry and its static imports. */
  initial: ChunkSize[];
  initialGzipBytes: number;
  initialBytes: number;
  /** Chunks loaded on demand (route chunks), each with the shared chunks only it adds. */
  lazy: { chunk: ChunkSize; extraGzipBytes: number }[];
  cssGzipBytes: number;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build failed (exit ${code}):\n${stderr}`)),
    );
  });
}

function sizeOf(outDir: string, key: string, chunk: ManifestChunk): ChunkSize {
  const content = readFileSync(path.join(outDir, chunk.file));
  return {
    source: chunk.src ?? chunk.name ?? key,
    file: chunk.file,
    bytes: content.length,
    gzipBytes: gzipSync(content, { level: 9 }).length,
  };
}

/** Chunk keys reachable from `key` through static imports, `key` included. */
function staticClosure(manifest: Record<string, ManifestChunk>, key: string): Set<string> {
  const seen = new Set<string>();
  const stack = [key];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(manifest[next]?.imports ?? []));
  }
  return seen;
}

/**
 * Runs `vite build` into outDir with the API URL the app should call, and measures the
 * chunks from Vite's manifest. Sizes are gzip level 9, as a static host would serve them.
 */
export async function buildAndMeasure(outDir: string, apiUrl: string): Promise<BundleResult> {
  const started = performance.now();
  await run(
    VITE,
    ['build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn'],
    {
      ...process.env,
      VITE_SUPABASE_URL: apiUrl,
    },
  );
  const buildSeconds = (performance.now() - started) / 1000;
  const manifest = JSON.parse(
    readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;

  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entryKey) throw new Error('The Vite manifest has no entry chunk');
  const initialKeys = staticClosure(manifest, entryKey);
  const initial = [...initialKeys].map((key) => sizeOf(outDir, key, manifest[key]!));

  const lazy = Object.entries(manifest)
    .filter(([, chunk]) => chunk.isDynamicEntry)
    .map(([key, chunk]) => {
      const extra = [...staticClosure(manifest, key)].filter(
        (other) => other !== key && !initialKeys.has(other),
      );
      const extraGzipBytes = extra
        .map((other) => sizeOf(outDir, other, manifest[other]!).gzipBytes)
        .reduce((sum, bytes) => sum + bytes, 0);
      return { chunk: sizeOf(outDir, key, chunk), extraGzipBytes };
    });

  const cssFiles = new Set(Object.values(manifest).flatMap((chunk) => chunk.css ?? []));
  const cssGzipBytes = [...cssFiles]
    .map((file) => gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length)
    .reduce((sum, bytes) => sum + bytes, 0);

  return {
    outDir,
    buildSeconds,
    initial,
    initialGzipBytes: initial.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    initialBytes: initial.reduce((sum, chunk) => sum + chunk.bytes, 0),
    lazy,
    cssGzipBytes,
  };
}
