/** The ring colour of authored layers (Okabe–Ito bluish green), apart from the category fills. */
export const AUTHORED_COLOUR = '#009E73';
