import Markdown, { type Components } from 'react-markdown';
import styles from './markdown.module.css';

// Links written by organisations leave the site in a new tab and pass on no referrer or ranking.
const components: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer nofollow ugc" />,
};

/**
 * Markdown written by people (a position's description), rendered safely: raw HTML is dropped,
 * `javascript:` and other unsafe URLs are removed, and images are not loaded (no tracking pixels).
 */
export function SafeMarkdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={className ? `${styles.markdown} ${className}` : styles.markdown}>
      <Markdown skipHtml disallowedElements={['img']} unwrapDisallowed components={components}>
        {children}
      </Markdown>
    </div>
  );
}
