/** Points on the earth and distances between them: pure functions, no I/O. */

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_KM = 6371.0088;

function radians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

/** Great-circle distance in kilometres (haversine formula, mean earth radius). */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLng = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Rounds a distance for display (10 m precision). */
export function roundKm(km: number): number {
  return Math.round(km * 100) / 100;
}

export function isValidPoint(point: GeoPoint): boolean {
  return (
    Number.isFinite(point.latitude) &&
    Number.isFinite(point.longitude) &&
    Math.abs(point.latitude) <= 90 &&
    Math.abs(point.longitude) <= 180
  );
}

/**
 * An approximate point for each French département, keyed by the first two digits of the postal
 * code (three for the overseas départements). The point is the préfecture: good enough to rank
 * warehouses and stores by distance when the client sends no coordinates.
 */
export const DEPARTEMENT_POINTS: Readonly<Record<string, GeoPoint>> = {
  '01': { latitude: 46.205, longitude: 5.225 },
  '02': { latitude: 49.564, longitude: 3.62 },
  '03': { latitude: 46.566, longitude: 3.333 },
  '04': { latitude: 44.092, longitude: 6.236 },
  '05': { latitude: 44.559, longitude: 6.079 },
  '06': { latitude: 43.71, longitude: 7.262 },
  '07': { latitude: 44.735, longitude: 4.599 },
  '08': { latitude: 49.762, longitude: 4.726 },
  '09': { latitude: 42.965, longitude: 1.607 },
  '10': { latitude: 48.297, longitude: 4.074 },
  '11': { latitude: 43.213, longitude: 2.349 },
  '12': { latitude: 44.35, longitude: 2.575 },
  '13': { latitude: 43.296, longitude: 5.37 },
  '14': { latitude: 49.183, longitude: -0.371 },
  '15': { latitude: 44.926, longitude: 2.44 },
  '16': { latitude: 45.649, longitude: 0.156 },
  '17': { latitude: 46.16, longitude: -1.151 },
  '18': { latitude: 47.081, longitude: 2.399 },
  '19': { latitude: 45.267, longitude: 1.77 },
  // Corsica (2A and 2B) shares the 20 prefix: a point between Ajaccio and Bastia.
  '20': { latitude: 42.15, longitude: 9.05 },
  '21': { latitude: 47.322, longitude: 5.041 },
  '22': { latitude: 48.514, longitude: -2.765 },
  '23': { latitude: 46.171, longitude: 1.871 },
  '24': { latitude: 45.184, longitude: 0.721 },
  '25': { latitude: 47.238, longitude: 6.024 },
  '26': { latitude: 44.933, longitude: 4.892 },
  '27': { latitude: 49.024, longitude: 1.151 },
  '28': { latitude: 48.446, longitude: 1.489 },
  '29': { latitude: 47.996, longitude: -4.097 },
  '30': { latitude: 43.837, longitude: 4.36 },
  '31': { latitude: 43.605, longitude: 1.444 },
  '32': { latitude: 43.646, longitude: 0.586 },
  '33': { latitude: 44.838, longitude: -0.579 },
  '34': { latitude: 43.611, longitude: 3.877 },
  '35': { latitude: 48.117, longitude: -1.678 },
  '36': { latitude: 46.811, longitude: 1.686 },
  '37': { latitude: 47.394, longitude: 0.685 },
  '38': { latitude: 45.188, longitude: 5.724 },
  '39': { latitude: 46.675, longitude: 5.555 },
  '40': { latitude: 43.89, longitude: -0.5 },
  '41': { latitude: 47.586, longitude: 1.336 },
  '42': { latitude: 45.44, longitude: 4.387 },
  '43': { latitude: 45.043, longitude: 3.885 },
  '44': { latitude: 47.218, longitude: -1.554 },
  '45': { latitude: 47.903, longitude: 1.909 },
  '46': { latitude: 44.448, longitude: 1.441 },
  '47': { latitude: 44.203, longitude: 0.616 },
  '48': { latitude: 44.518, longitude: 3.5 },
  '49': { latitude: 47.478, longitude: -0.563 },
  '50': { latitude: 49.116, longitude: -1.091 },
  '51': { latitude: 48.957, longitude: 4.363 },
  '52': { latitude: 48.111, longitude: 5.139 },
  '53': { latitude: 48.073, longitude: -0.77 },
  '54': { latitude: 48.692, longitude: 6.184 },
  '55': { latitude: 48.773, longitude: 5.16 },
  '56': { latitude: 47.658, longitude: -2.76 },
  '57': { latitude: 49.119, longitude: 6.176 },
  '58': { latitude: 46.99, longitude: 3.159 },
  '59': { latitude: 50.629, longitude: 3.057 },
  '60': { latitude: 49.43, longitude: 2.081 },
  '61': { latitude: 48.432, longitude: 0.091 },
  '62': { latitude: 50.291, longitude: 2.777 },
  '63': { latitude: 45.778, longitude: 3.087 },
  '64': { latitude: 43.295, longitude: -0.371 },
  '65': { latitude: 43.233, longitude: 0.078 },
  '66': { latitude: 42.699, longitude: 2.895 },
  '67': { latitude: 48.573, longitude: 7.752 },
  '68': { latitude: 48.079, longitude: 7.358 },
  '69': { latitude: 45.764, longitude: 4.836 },
  '70': { latitude: 47.622, longitude: 6.155 },
  '71': { latitude: 46.307, longitude: 4.829 },
  '72': { latitude: 48.006, longitude: 0.199 },
  '73': { latitude: 45.564, longitude: 5.918 },
  '74': { latitude: 45.899, longitude: 6.129 },
  '75': { latitude: 48.857, longitude: 2.352 },
  '76': { latitude: 49.443, longitude: 1.099 },
  '77': { latitude: 48.54, longitude: 2.66 },
  '78': { latitude: 48.805, longitude: 2.12 },
  '79': { latitude: 46.323, longitude: -0.465 },
  '80': { latitude: 49.894, longitude: 2.296 },
  '81': { latitude: 43.929, longitude: 2.148 },
  '82': { latitude: 44.018, longitude: 1.355 },
  '83': { latitude: 43.124, longitude: 5.928 },
  '84': { latitude: 43.949, longitude: 4.806 },
  '85': { latitude: 46.67, longitude: -1.426 },
  '86': { latitude: 46.58, longitude: 0.34 },
  '87': { latitude: 45.834, longitude: 1.261 },
  '88': { latitude: 48.173, longitude: 6.449 },
  '89': { latitude: 47.798, longitude: 3.567 },
  '90': { latitude: 47.64, longitude: 6.863 },
  '91': { latitude: 48.629, longitude: 2.441 },
  '92': { latitude: 48.892, longitude: 2.207 },
  '93': { latitude: 48.908, longitude: 2.44 },
  '94': { latitude: 48.79, longitude: 2.455 },
  '95': { latitude: 49.036, longitude: 2.076 },
  '971': { latitude: 16.241, longitude: -61.533 },
  '972': { latitude: 14.616, longitude: -61.059 },
  '973': { latitude: 4.937, longitude: -52.326 },
  '974': { latitude: -20.879, longitude: 55.448 },
  '976': { latitude: -12.781, longitude: 45.228 },
};

/** Rough centres of the countries we deliver to, for addresses we cannot place more precisely. */
export const COUNTRY_POINTS: Readonly<Record<string, GeoPoint>> = {
  FR: { latitude: 46.603, longitude: 1.888 },
  BE: { latitude: 50.641, longitude: 4.668 },
  LU: { latitude: 49.815, longitude: 6.13 },
  DE: { latitude: 51.166, longitude: 10.452 },
  NL: { latitude: 52.133, longitude: 5.291 },
  CH: { latitude: 46.818, longitude: 8.228 },
  IT: { latitude: 41.872, longitude: 12.567 },
  ES: { latitude: 40.464, longitude: -3.749 },
  PT: { latitude: 39.4, longitude: -8.224 },
  GB: { latitude: 54.702, longitude: -3.276 },
  IE: { latitude: 53.413, longitude: -8.244 },
  AT: { latitude: 47.516, longitude: 14.55 },
  MC: { latitude: 43.738, longitude: 7.424 },
};

/**
 * The point of a French postal code's département (`75011` → Paris), or undefined when the code
 * does not look like a French postal code or its département is unknown.
 */
export function departementPoint(postalCode: string): GeoPoint | undefined {
  const code = postalCode.replace(/\s+/g, '');
  if (!/^\d{5}$/.test(code)) return undefined;
  const key = code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
  return DEPARTEMENT_POINTS[key];
}

export interface DeliveryAddressHint {
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  postalCode?: string | null | undefined;
  country?: string | null | undefined;
}

/**
 * Where a parcel goes, as precisely as the request tells: its coordinates; else the département of
 * a French postal code; else the centre of the country (France when no country is given); else
 * undefined (sourcing then ranks locations by code).
 */
export function deliveryPoint(hint: DeliveryAddressHint): GeoPoint | undefined {
  if (hint.latitude != null && hint.longitude != null) {
    const point = { latitude: hint.latitude, longitude: hint.longitude };
    if (isValidPoint(point)) return point;
  }
  const country = (hint.country ?? 'FR').trim().toUpperCase();
  if (country === 'FR' && hint.postalCode) {
    const point = departementPoint(hint.postalCode);
    if (point) return point;
  }
  return COUNTRY_POINTS[country];
}
