// How many choices a select may hold before the choosing starts with a search on the server: a
// school's routes fit; a board's or the inspecteur's do not.
export const ROUTES_IN_EEN_LIJST = 100;

/** Rows a table of routes shows at once; more are found by name. */
export const ROUTES_IN_TABEL = 50;
