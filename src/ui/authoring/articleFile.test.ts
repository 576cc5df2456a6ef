// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { htmlToText, readArticleFile } from './articleFile';

const PAGE = `<!doctype html><html><head><title>Site</title><style>p{}</style><script>window.hit=1</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div id="cookie-banner"><p>We use cookies. Accept all?</p></div>
<article><h1>Air strike hits Sabratha</h1>
<p>TRIPOLI (Reuters) – U.S. warplanes struck <b>on Friday</b>,
 killing 40.</p><script>alert(1)</script>
<p onclick="alert(2)">The mayor said so.</p><aside>Related: other stories</aside></article>
<footer>© Outlet</footer></body></html>`;

describe('HTML reduced to its readable text', () => {
  it('keeps headline and paragraphs, one to a block, and drops scripts, styles, navigation and cookie banners', () => {
    expect(htmlToText(PAGE)).toBe(
      'Air strike hits Sabratha\n\nTRIPOLI (Reuters) – U.S. warplanes struck on Friday, killing 40.\n\nThe mayor said so.',
    );
  });

  it('drops a cookie banner on a page without an <article>, and takes the title when there is no h1', () => {
    const page = `<html><head><title>Story</title></head><body><div class="cc-consent-banner"><p>Accept cookies?</p></div>
      <div><p>First paragraph.</p><p>Second   paragraph.</p></div><div hidden><p>Hidden.</p></div></body></html>`;
    expect(htmlToText(page)).toBe('Story\n\nFirst paragraph.\n\nSecond paragraph.');
  });
});

describe('an article file read, or refused with the reason', () => {
  const file = (parts: BlobPart[], name: string) => new File(parts, name);

  it('reads a .txt file as it is, and an .html file as its readable text', async () => {
    expect(await readArticleFile(file(['Line one.\r\nLine two.'], 'a.txt'))).toEqual({
      ok: true,
      text: 'Line one.\nLine two.',
      cleaning: 'text of the file a.txt, as it is',
    });
    const html = await readArticleFile(file([PAGE], 'story.html'));
    expect(html.ok && html.text.startsWith('Air strike hits Sabratha')).toBe(true);
  });

  it.each([
    [['%PDF-1.4\0\0binary'], 'a.txt', /holds binary data, not text/],
    [['x'], 'photo.png', /is not a \.txt, \.md or \.html file/],
    [[new Uint8Array([0xff, 0xfe, 0x41])], 'a.txt', /is not UTF-8 text/],
    [[''], 'a.md', /is empty/],
  ])('%s as %s', async (parts, name, said) => {
    const read = await readArticleFile(file(parts as BlobPart[], name));
    expect(read.ok ? '' : read.reason).toMatch(said);
  });
});
