import type { ReactNode } from 'react';

export type TagColour =
  | 'grey'
  | 'green'
  | 'turquoise'
  | 'teal'
  | 'purple'
  | 'magenta'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

interface TagProps {
  colour?: TagColour;
  children: ReactNode;
}

export function Tag({ colour, children }: TagProps) {
  return (
    <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ''}`}>{children}</strong>
  );
}
