import { use, type ReactNode } from 'react';
import { loadWhenIdle } from './load-when-idle';

/**
 * React.lazy for a part loaded by loadWhenIdle. Once the part's code is in, it renders in the same
 * render: React.lazy suspends a part's first render even then, and its fallback was painted for
 * 17 frames on the first document opened after start (load 9). Before then it suspends, as lazy does.
 */
export function lazyWhenIdle<P extends object>(load: () => Promise<(props: P) => ReactNode>): (props: P) => ReactNode {
  const loadOnce = loadWhenIdle(load);
  return function LazyPart(props: P) {
    const Part = use(loadOnce());
    return <Part {...props} />;
  };
}
