import { siteRoutes } from '../lib/view/routes.ts';

/** The addresses of this build's site, under its configured base path (`src/lib/view/routes.ts`). */
export const routes = siteRoutes(import.meta.env.BASE_URL);

export const { articleHref, claimHref, eventHref, eventFeedHref, eventImageHref, sourceHref } = routes;
