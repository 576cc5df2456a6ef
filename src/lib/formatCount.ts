/**
 * A count as the app writes it: grouped in thousands ("25,038"), the same in every panel, so a
 * figure read in the list, the time bar or the layer panel can be compared at a glance.
 */
export const formatCount = (n: number): string => n.toLocaleString('en-GB');
