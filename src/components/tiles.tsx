import type { ReactNode } from 'react';

interface TileGridProps {
  /** Accessible name of the list of tiles. */
  label: string;
  children: ReactNode;
}

export function TileGrid({ label, children }: TileGridProps) {
  return (
    <ul className="app-tiles" aria-label={label}>
      {children}
    </ul>
  );
}

interface TileProps {
  label: string;
  figure: string;
  /** Smaller text after the figure, such as 'of 24' in '17 of 24'. */
  figureSuffix?: string;
  detail?: string;
  /** 'attention' draws the eye to a figure that needs action, such as ECTs without a mentor. */
  tone?: 'neutral' | 'attention';
}

/** Renders one headline figure of a dashboard, its label above and optional detail below. */
export function Tile({ label, figure, figureSuffix, detail, tone = 'neutral' }: TileProps) {
  return (
    <li className={`app-tile app-tile--${tone}`}>
      <h3 className="app-tile__label">{label}</h3>
      <p className="app-tile__figure">
        {figure}
        {figureSuffix && <span className="app-tile__figure-suffix"> {figureSuffix}</span>}
      </p>
      {detail && <p className="app-tile__detail">{detail}</p>}
    </li>
  );
}
