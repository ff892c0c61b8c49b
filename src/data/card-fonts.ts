import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CardFont } from '../lib/og/event-card.ts';

let fonts: CardFont[] | undefined;

/**
 * Noto Sans from its npm package (one of the site's own UI fonts), Latin and Latin Extended in two
 * weights: shipped with the project, so no machine's system fonts change the image.
 */
export function cardFonts(): CardFont[] {
  const file = (subset: string, weight: 400 | 700) =>
    readFileSync(
      resolve(process.cwd(), `node_modules/@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`),
    );
  fonts ??= (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: 'Noto Sans',
      data: file(subset, weight),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}
