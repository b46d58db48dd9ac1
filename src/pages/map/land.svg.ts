// /map/land.svg: the world map's grey land, apart from the home page so that browsers cache it.
import type { APIRoute } from 'astro';
import { renderLand } from '../../lib/charts/world-map.ts';

export const GET: APIRoute = () => new Response(renderLand(), { headers: { 'Content-Type': 'image/svg+xml' } });
