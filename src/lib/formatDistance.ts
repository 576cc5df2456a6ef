/** Distances as the app writes them: two decimals under 10, one above ("8.42 km", "425.1 km"). */
const fixed = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
export const formatKm = (km: number) => `${fixed(km)} km`;
export const formatMiles = (miles: number) => `${fixed(miles)} mi`;
