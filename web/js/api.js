// Fetch helpers for the Frontline HTTP API. Every failure becomes an ApiError with a message fit to show a
// user (the RFC 9457 problem "detail" when the server sends one), so callers never show raw stack traces.

export class ApiError extends Error {
  constructor(message, { status = 0, url = '', problem = null } = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.url = url;
    this.problem = problem;
  }

  /** True when the endpoint does not exist (yet): optional layers treat that as "not available". */
  get notFound() {
    return this.status === 404;
  }
}

function query(params) {
  const usp = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') usp.set(k, v);
  }
  const s = usp.toString();
  return s ? `?${s}` : '';
}

export function apiUrl(path, params) {
  return `${path}${query(params)}`;
}

async function problemMessage(response) {
  const type = response.headers.get('content-type') || '';
  try {
    if (type.includes('json')) {
      const body = await response.json();
      if (body && (body.detail || body.title)) {
        return { message: body.detail || body.title, problem: body };
      }
    }
  } catch (_) {
    // an unreadable error body: fall back to the status line
  }
  return { message: `${response.status} ${response.statusText || 'error'}`.trim(), problem: null };
}

/** GET a JSON document; throws ApiError. `signal` lets a newer request cancel an older one. */
export async function getJson(path, params, { signal } = {}) {
  const url = apiUrl(path, params);
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/geo+json, application/json' }, signal });
  } catch (e) {
    if (e && e.name === 'AbortError') throw e;
    throw new ApiError(`Cannot reach the server (${url}).`, { url });
  }
  if (!response.ok) {
    const { message, problem } = await problemMessage(response);
    throw new ApiError(`${url}: ${message}`, { status: response.status, url, problem });
  }
  try {
    return await response.json();
  } catch (_) {
    throw new ApiError(`${url}: the server answered with something that is not JSON.`, { status: response.status, url });
  }
}

const emptyCollection = () => ({ type: 'FeatureCollection', features: [] });

function asCollection(json, url) {
  if (!json || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new ApiError(`${url}: expected a GeoJSON FeatureCollection.`, { url });
  }
  return json;
}

export const api = {
  dates: async () => {
    const json = await getJson('/api/dates');
    if (!Array.isArray(json)) throw new ApiError('/api/dates: expected a list of dates.', { url: '/api/dates' });
    return json.filter((d) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  },
  claims: async (params, opts) => asCollection(await getJson('/api/claims', params, opts), '/api/claims'),
  places: async () => asCollection(await getJson('/api/places'), '/api/places'),
  articles: async () => {
    const json = await getJson('/api/articles');
    return Array.isArray(json) ? json : [];
  },
  gazetteer: async (q, limit) => asCollection(await getJson('/api/gazetteer', { q, limit }), '/api/gazetteer'),
  oblasts: async () => asCollection(await getJson('/api/boundaries/oblasts'), '/api/boundaries/oblasts'),
  border: async () => asCollection(await getJson('/api/boundaries/border'), '/api/boundaries/border'),
  world: async () => asCollection(await getJson('basemap/world-countries-50m.geojson'), 'world outlines'),

  /**
   * An optional per-date layer (control areas, front line). Endpoints that do not exist yet answer 404:
   * that yields null ("not available"), not an error for the user.
   */
  optional: async (path, params, opts) => {
    try {
      return asCollection(await getJson(path, params, opts), path);
    } catch (e) {
      if (e instanceof ApiError && (e.notFound || e.status === 405 || e.status === 501)) return null;
      throw e;
    }
  },
  emptyCollection,
};
