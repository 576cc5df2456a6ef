/**
 * `npx tsx scripts/drawIcons.ts`: draw the app's icons into public/icons/ from one SVG, rendered to
 * PNG with resvg (@resvg/resvg-js). The output is committed; run this again only to change the
 * design. The mark: a map sheet with a coastline, graticule and a pin, on the app's accent blue.
 * `maskable` keeps the mark inside the central 80 % circle that launchers may crop to.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const out = join(process.cwd(), 'public', 'icons');
mkdirSync(out, { recursive: true });

/** The mark on a 512 × 512 canvas; `inset` shrinks it towards the centre (for maskable icons). */
function iconSvg({ rounded, inset }: { rounded: boolean; inset: number }): string {
  const scale = 1 - inset * 2;
  const shift = 512 * inset;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${rounded ? 112 : 0}" fill="#1d4ed8"/>
  <g transform="translate(${shift} ${shift}) scale(${scale})">
    <rect x="72" y="72" width="368" height="368" rx="36" fill="#f6f4ef"/>
    <path d="M72 300 C130 280 150 330 205 318 C260 306 262 250 318 246 C370 242 392 280 440 262 L440 404 Q440 440 404 440 L108 440 Q72 440 72 404 Z" fill="#d9e2ea"/>
    <g stroke="#a3acb6" stroke-width="6" stroke-dasharray="14 10" fill="none">
      <line x1="195" y1="72" x2="195" y2="440"/><line x1="317" y1="72" x2="317" y2="440"/>
      <line x1="72" y1="195" x2="440" y2="195"/>
    </g>
    <path d="M72 300 C130 280 150 330 205 318 C260 306 262 250 318 246 C370 242 392 280 440 262" stroke="#52606d" stroke-width="8" fill="none"/>
    <path d="M256 118 C206 118 172 154 172 200 C172 258 256 340 256 340 C256 340 340 258 340 200 C340 154 306 118 256 118 Z" fill="#b91c1c" stroke="#ffffff" stroke-width="10"/>
    <circle cx="256" cy="200" r="30" fill="#ffffff"/>
  </g>
</svg>`;
}

const render = (svg: string, size: number) =>
  new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();

const plain = iconSvg({ rounded: true, inset: 0 });
const square = iconSvg({ rounded: false, inset: 0 });
const maskable = iconSvg({ rounded: false, inset: 0.1 });
writeFileSync(join(out, 'icon.svg'), plain);
writeFileSync(join(out, 'icon-192.png'), render(plain, 192));
writeFileSync(join(out, 'icon-512.png'), render(plain, 512));
writeFileSync(join(out, 'maskable-512.png'), render(maskable, 512));
writeFileSync(join(out, 'apple-touch-icon-180.png'), render(square, 180));
writeFileSync(join(out, 'favicon-32.png'), render(plain, 32));
console.log(`icons written to ${out}`);
