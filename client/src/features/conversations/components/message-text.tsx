import { Fragment } from 'react';

const URL_PATTERN = /(https?:\/\/[^\s<>"'，。、）】]+)/giu;

interface Segment {
  at: number;
  text: string;
  link: boolean;
}

/** The text cut into plain parts and http(s) addresses, each keyed by where it starts. */
function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [i, part] of text.split(URL_PATTERN).entries()) {
    if (part) out.push({ at, text: part, link: i % 2 === 1 && /^https?:\/\//i.test(part) });
    at += part.length;
  }
  return out;
}

/**
 * A message as plain text: React escapes it, so nothing in it can become markup. Only http(s)
 * addresses become links, opened in a new tab without access back to this page.
 */
export function MessageText({ text }: { text: string }) {
  return (
    <>
      {segments(text).map((s) =>
        s.link ? (
          <a key={s.at} href={s.text} target="_blank" rel="noopener noreferrer nofollow">
            {s.text}
          </a>
        ) : (
          <Fragment key={s.at}>{s.text}</Fragment>
        ),
      )}
    </>
  );
}
