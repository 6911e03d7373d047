import { describe, expect, it } from 'vitest';
import { htmlToText } from './htmlText';

describe('htmlToText', () => {
  it('keeps paragraphs and line breaks, and collapses spaces', () => {
    expect(htmlToText('<p>One   <b>two</b></p>\n<p>Three<br>four</p>').text).toBe(
      'One two\n\nThree\nfour',
    );
  });

  it('keeps the words of links and hands back the http(s) ones', () => {
    expect(
      htmlToText(
        'Read <a href="https://example.org/a?b=1&amp;c=2">the report</a>, <a href="javascript:alert(1)">this</a>, <a href="/x">that</a>',
      ),
    ).toEqual({
      text: 'Read the report, this, that',
      links: [{ url: 'https://example.org/a?b=1&c=2', text: 'the report' }],
    });
  });

  it('drops scripts, styles and frames with their content, and decodes entities', () => {
    expect(
      htmlToText(
        '<style>p{}</style><script>alert(1)</script><iframe src="x">y</iframe>Fish &amp; chips &lt;b&gt;',
      ).text,
    ).toBe('Fish & chips <b>');
  });

  it('leaves plain text as it is, paragraphs and all', () => {
    expect(htmlToText('Line one\nline two\n\nNext')).toEqual({
      text: 'Line one\nline two\n\nNext',
      links: [],
    });
  });

  it('uses the address as the words of a link without any', () => {
    expect(htmlToText('<a href="https://example.org/"></a>')).toEqual({
      text: 'https://example.org/',
      links: [{ url: 'https://example.org/', text: 'https://example.org/' }],
    });
  });
});
