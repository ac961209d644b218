import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract.ts';
import { htmlToText } from './html.ts';

const page = readFileSync(
  join(import.meta.dirname, '../../test/fixtures/articles/ministry-notice.html'),
  'utf8',
);

describe('htmlToText', () => {
  it('reads a data table as lines of tab-separated cells, keeping empty cells, and a layout table as paragraphs', () => {
    const data = htmlToText(`<p>Missions.</p>
      <table><caption>Missions in Africa</caption>
        <thead><tr><th>Host</th><th>Status</th><th>Covered by</th></tr></thead>
        <tbody>
          <tr><td>Uganda</td><td><b>Closed</b> (2023)</td><td>Embassy in <a href="#">Addis Ababa</a></td></tr>
          <tr><td>Ethiopia</td><td>Open</td><td></td></tr>
        </tbody>
      </table><p>After.</p>`).text;
    expect(data).toBe(
      'Missions.\n\nMissions in Africa\n\nHost\tStatus\tCovered by\nUganda\tClosed (2023)\tEmbassy in Addis Ababa\nEthiopia\tOpen\t\n\nAfter.',
    );
    const layout = htmlToText(
      '<table><tr><td><p>The embassy closed.</p><p>Staff left.</p></td><td>Menu</td></tr></table>',
    ).text;
    expect(layout).toBe('The embassy closed.\n\nStaff left.\n\nMenu');
  });

  it('keeps the article and drops scripts, styles, handlers and page furniture', () => {
    const { text } = htmlToText(page);
    expect(text).toContain('North Korea has closed its embassy in Kinshasa');
    expect(text).toContain('In the 1970s Pyongyang sent 150 instructors to Zaire');
    for (const gone of [
      'tracker',
      'alert',
      'steal',
      'fetch',
      'onkeydown',
      'font-family',
      'onclick',
      'Subscribe',
    ]) {
      expect(text).not.toContain(gone);
    }
  });

  it('separates blocks with blank lines so that paragraphs stay sentences apart', () => {
    const { text } = htmlToText('<h1>Embassy closes</h1><p>It shut.</p><p>Staff left.</p>');
    expect(text).toBe('Embassy closes\n\nIt shut.\n\nStaff left.');
  });

  it('reads the publication day from the page metadata', () => {
    expect(htmlToText(page).published).toBe('2024-02-15');
    expect(htmlToText('<p>No date here.</p>').published).toBeNull();
  });

  it('returns the text that claim offsets point into', () => {
    const { text, published } = htmlToText(page);
    const claims = extractClaims(text, { doc: 'ministry-notice.html', published });
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });
});
