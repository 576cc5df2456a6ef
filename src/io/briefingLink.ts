/**
 * A briefing in a link: its JSON, compressed with the browser's own CompressionStream
 * ('deflate-raw') and written base64url in the hash, `#briefing=…`, so it never reaches a server
 * (the hash is not sent with the request). A link longer than MAX_LINK_CHARS is not offered:
 * the briefing goes as a `.briefing.json` file instead. Opening a link checks the briefing with
 * the same validator as a file.
 */
import type { Briefing } from '../data/briefing/briefing';
import { describeProblem, validateBriefing, type BriefingCheck } from '../data/briefing/validateBriefing';
import type { AppStore } from '../store/appStore';

/**
 * The longest link offered, in characters, the address included: 8,000 is well inside what
 * browsers take (Chromium 2 MB, Firefox and Safari more than 64 kB) and what most mail and chat
 * programs pass on whole; a longer briefing is shared as a file.
 */
export const MAX_LINK_CHARS = 8000;
export const LINK_KEY = 'briefing';

async function throughStream(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/**
 * Inflate a link's bytes, stopping past `limit`: a crafted link of a few kB can inflate to
 * gigabytes, and reading it whole would take the tab down. Over the limit, it throws.
 */
async function inflateAtMost(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error(`inflates past ${limit} bytes`);
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('the link’s briefing has characters base64url does not use');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The hash that holds the briefing, `#briefing=…`. */
export async function briefingHash(briefing: Briefing): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(briefing));
  return `#${LINK_KEY}=${toBase64Url(await throughStream(json, new CompressionStream('deflate-raw')))}`;
}

/** The link for a briefing on this page's address, or null with its length when it is too long for one. */
export async function briefingLink(briefing: Briefing, base: string): Promise<{ link: string | null; length: number }> {
  const link = `${base.split('#')[0]}${await briefingHash(briefing)}`;
  return { link: link.length <= MAX_LINK_CHARS ? link : null, length: link.length };
}

/** The briefing a hash holds, checked; null when the hash holds none. A broken one says what is wrong. */
export async function readBriefingHash(hash: string): Promise<BriefingCheck | null> {
  const match = new RegExp(`(?:^#|&)${LINK_KEY}=([^&]*)`).exec(hash);
  if (!match) return null;
  const fail = (message: string): BriefingCheck => ({ briefing: null, problems: [{ where: 'the link', message }] });
  let json: string;
  try {
    const bytes = await inflateAtMost(fromBase64Url(match[1]), MAX_FILE_BYTES);
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('inflates past'))
      return fail(
        `holds more than a briefing file may (${MAX_FILE_BYTES.toLocaleString('en')} bytes); it was not opened`,
      );
    return fail('holds a briefing that is cut short or damaged; ask for the link again, or for the file');
  }
  try {
    return validateBriefing(JSON.parse(json));
  } catch {
    return fail('holds text that is not JSON');
  }
}

/** Files larger than this are refused before they are read: a briefing of 200 long steps stays far below it. */
export const MAX_FILE_BYTES = 5_000_000;

/** "february-events.briefing.json": the title, made safe for a file name. */
export function briefingFileName(briefing: Briefing): string {
  const stem = briefing.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${stem || 'briefing'}.briefing.json`;
}

export const briefingFileBlob = (briefing: Briefing) =>
  new Blob([`${JSON.stringify(briefing, null, 2)}\n`], { type: 'application/json' });

/** A dropped or picked `.briefing.json`, read and checked; what is wrong names the file. */
export async function readBriefingFile(file: File): Promise<BriefingCheck> {
  const fail = (message: string): BriefingCheck => ({ briefing: null, problems: [{ where: file.name, message }] });
  if (!/\.json$/i.test(file.name)) return fail('is not a .briefing.json file');
  if (file.size > MAX_FILE_BYTES)
    return fail(`is ${file.size.toLocaleString('en')} bytes; a briefing file is at most 5 MB`);
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch (error) {
    return fail(`is not valid JSON (${(error as Error).message.slice(0, 120)})`);
  }
  return validateBriefing(value);
}

/** Open the briefing a page's link holds (read before the app rewrites the address), saying what was left out. */
export async function openBriefingFromHash(store: AppStore, hash: string): Promise<void> {
  const check = await readBriefingHash(hash);
  if (!check) return;
  if (check.briefing) store.getState().addBriefing(check.briefing);
  for (const problem of check.problems.slice(0, 5))
    store.getState().addNotice(`The briefing in this link: ${describeProblem(problem)}`);
}
